/** What every command that renders needs: the resources (templates, profiles) and an engine over them. */
import { hasErrors, internalError, type Diagnostic } from "../diagnostic";
import { createEngine, type Engine } from "../engine";
import { DEFAULT_TEMPLATES, loadResources } from "../resources";

export interface SessionOptions {
  templates?: string;
  profiles?: string[];
  /**
   * Told of every shared file (`ke_thua`) and workbook (a ```bang block's `tep`) a document
   * reads: the live loop watches them.
   */
  onRead?: (file: string) => void;
}

/**
 * An engine, or the diagnostics that say why there is none (a folder or file of --templates/--profiles that
 * cannot be read or is wrong).
 */
export function openSession(options: SessionOptions): { engine?: Engine; diagnostics: Diagnostic[] } {
  const dir = options.templates ?? DEFAULT_TEMPLATES;
  try {
    const resources = loadResources(dir, options.profiles ?? []);
    const { read, readWorkbook } = resources;
    if (options.onRead && read)
      resources.read = (file) => {
        options.onRead!(file);
        return read(file);
      };
    if (options.onRead && readWorkbook)
      resources.readWorkbook = (file) => {
        options.onRead!(file);
        return readWorkbook(file);
      };
    if (hasErrors(resources.diagnostics)) return { diagnostics: resources.diagnostics };
    return { engine: createEngine(resources), diagnostics: resources.diagnostics };
  } catch (e) {
    // loadResources reports what it cannot read; anything thrown is a bug.
    return { diagnostics: [internalError(e, dir, "load", "khi nạp mẫu và thể thức")] };
  }
}

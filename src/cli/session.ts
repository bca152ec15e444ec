/** What every command that renders needs: the resources (templates, profiles) and an engine over them. */
import { hasErrors, diagnostic, type Diagnostic } from "../diagnostic";
import { createEngine, type Engine } from "../engine";
import { DEFAULT_TEMPLATES, loadResources } from "../resources";

export interface SessionOptions {
  templates?: string;
  profiles?: string[];
}

export function openSession(options: SessionOptions): { engine?: Engine; diagnostics: Diagnostic[] } {
  const dir = options.templates ?? DEFAULT_TEMPLATES;
  try {
    const resources = loadResources(dir, options.profiles ?? []);
    if (hasErrors(resources.diagnostics)) return { diagnostics: resources.diagnostics };
    return { engine: createEngine(resources), diagnostics: resources.diagnostics };
  } catch (e) {
    const message = `không đọc được thư mục mẫu hoặc thể thức (${(e as NodeJS.ErrnoException).code ?? String(e)}); kiểm tra --templates và --profiles`;
    return { diagnostics: [diagnostic("FILE_UNREADABLE", message, { file: dir, stage: "load" })] };
  }
}

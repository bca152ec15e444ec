/**
 * Re-laying out a Word document ("chuẩn hóa"): its findings as it is (`vanthu check`), then its
 * import to YAML (import-docx.ts) rendered again by the profile it was recognised by, and the
 * findings of that copy. The same reading serves all three; nothing touches the file system.
 */
import type { Diagnostic } from "../diagnostic";
import { check, type CheckResult } from "../check/check";
import type { Engine } from "../engine";
import type { FieldPath } from "../field-path";
import { importDocx } from "./import-docx";

export interface ChuanHoaOptions {
  /** The .docx's name in findings. */
  file: string;
  /** The name the imported YAML goes by in render errors: where the caller keeps it when no copy can be made. */
  yamlName: string;
  /** The new copy's name in its findings. */
  outName: string;
  /** Lay out by this profile instead of the one the document shows. */
  profile?: string;
  today?: Date;
}

export interface ChuanHoaOutcome {
  /** Findings of the document as it was. */
  before: CheckResult;
  /** Findings of the re-laid-out copy (when it could be made). */
  after?: CheckResult;
  yaml?: string;
  docx?: Buffer;
  /** The required fields the document lacks (empty in `yaml`): why no copy was made, when one was not. */
  missing: FieldPath[];
  /**
   * The import's warnings, and why no copy was made (render errors at the imported YAML's lines);
   * a missing field is not among them, but in `missing` (one entry per field, for callers to word).
   */
  diagnostics: Diagnostic[];
}

export async function chuanHoa(
  bytes: Uint8Array,
  engine: Engine,
  options: ChuanHoaOptions,
): Promise<ChuanHoaOutcome> {
  const today = options.today ?? new Date();
  const before = check(bytes, engine.resources, { file: options.file, profile: options.profile, today });
  const imported = importDocx(bytes, engine.resources.profiles, {
    file: options.file,
    profile: options.profile,
  });
  const missing = imported.missing ?? [];
  if (!imported.yaml) return { before, missing, diagnostics: imported.diagnostics };
  const rendered = await engine.render(imported.yaml, options.yamlName, { today });
  const diagnostics = [...imported.diagnostics, ...rendered.diagnostics];
  if (!rendered.docx) {
    const named = new Set(missing.map((p) => p.join(".")));
    const others = diagnostics.filter((d) => d.path === undefined || !named.has(d.path));
    return { before, yaml: imported.yaml, missing, diagnostics: others };
  }
  const after = check(rendered.docx, engine.resources, {
    file: options.outName,
    profile: imported.recognised?.profile,
    today,
  });
  return { before, after, yaml: imported.yaml, docx: rendered.docx, missing, diagnostics };
}

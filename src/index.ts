/**
 * The library API. Typical use:
 *   const engine = createEngine(loadResources());
 *   const { docx, diagnostics } = await engine.render(yamlText, "unit.yaml");
 */
export { createEngine, type Engine, type Options, type RenderOutcome, type TreeOutcome } from "./engine";
export { loadResources, parseProfile, DEFAULT_TEMPLATES, type Resources } from "./resources";
export { formatDiagnostic, hasErrors, CODES, type Code, type Diagnostic } from "./diagnostic";
export {
  KINDS,
  type Kind,
  type DocumentInput,
  type CongVan,
  type BaoCao,
  type ThongBao,
} from "./schema/kinds";
/** `DocumentInput.ngay` is a `DocumentDate`; `writtenDate` gives it as YAML writes it ("2020-07-21"). */
export type { CalendarDate, DocumentDate } from "./schema/date";
export { writtenDate } from "./template/format";
export type { Profile, Style } from "./profile/schema";
export { check, type CheckOptions, type CheckResult } from "./check/check";
export type * from "./tree/types";
export { readDocx } from "./ooxml/read-docx";
export type * from "./ooxml/types";

/**
 * One shape for every problem any stage finds: a value with a stable code, a Vietnamese
 * message, and where it is (file, line, column, field path).
 */

import { terminalSafe } from "./text/terminal-safe";

/**
 * Stable machine codes. Each has a Vietnamese meaning and example in src/docs/code-meanings.ts, from
 * which `npm run docs` writes docs/ma-loi.md.
 */
export const CODES = [
  "FILE_UNREADABLE",
  "FILE_UNWRITABLE",
  "YAML_SYNTAX",
  "MISSING_FIELD",
  "UNKNOWN_FIELD",
  "INVALID_TYPE",
  "INVALID_VALUE",
  "INVALID_DATE",
  "UNKNOWN_KIND",
  "UNKNOWN_PROFILE",
  "KIND_NOT_IN_PROFILE",
  "PROFILE_INVALID",
  "TEMPLATE_ERROR",
  "MARKUP_INVALID",
  "MARKDOWN_UNSUPPORTED",
  "TABLE_INVALID",
  "CONTROL_CHARACTER",
  "NOI_NHAN_LUU",
  "TEXT_UNIFIED",
  "INHERIT_NOT_FOUND",
  "INHERIT_CYCLE",
  "DUPLICATE_OUTPUT",
  "PDF_FAILED",
  "TOO_LARGE",
  "INTERNAL_ERROR",
  "DOCX_UNREADABLE",
  "DOCX_PROTECTED",
  "DOCX_TOO_LARGE",
  "DOCX_PART_UNREADABLE",
  "PART_MISSING",
  "PAGE_SETUP",
  "PAGE_NUMBER",
  "FORMAT_FONT",
  "FORMAT_SIZE",
  "FORMAT_EMPHASIS",
  "FORMAT_CAPS",
  "FORMAT_ALIGN",
  "FORMAT_INDENT",
  "FORMAT_SPACING",
  "FORMAT_RULE",
  "TEXT_FORM",
  "NUMBER_FORM",
  "DATE_FORM",
  "AUTHORITY_FORM",
  "KY_HIEU_MISMATCH",
  "SIGNER_MISMATCH",
  "TRICH_YEU_VV",
  "BODY_END",
  "DATE_FUTURE",
  "IMPORT_UNPLACED",
  "IMPORT_FORMAT_LOST",
] as const;
export type Code = (typeof CODES)[number];

export type Severity = "error" | "warning";
/**
 * Where in the pipeline a problem was found: the stage that raised it (docs/architecture.md): `compose`
 * for the checks of one document as a whole (its kind in the profile, Nơi nhận, the document rules, the
 * text rewritten for consistency), `template` for a template that fails, `tree` for the body's content and
 * the markup a template makes.
 */
export type Stage =
  "load" | "validate" | "compose" | "template" | "tree" | "render" | "write" | "read" | "check" | "import";

export interface Diagnostic {
  severity: Severity;
  code: Code;
  /** Vietnamese, one sentence, says what is wrong and how to fix it. */
  message: string;
  file: string;
  /** 1-based; absent when the problem has no place in a file. */
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `nguoi_ky.ho_ten` or `noi_nhan.2`. */
  path?: string;
  stage: Stage;
  /** A finding in a .docx: the paragraph's number among the body paragraphs (1-based, tables included). */
  paragraph?: number;
  /** A finding in a .docx: the first words of that paragraph, as printed. */
  excerpt?: string;
}

export const isError = (d: Diagnostic): boolean => d.severity === "error";
export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some(isError);

/**
 * `data/x.yaml:7:7 ngay: "2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD) [INVALID_DATE]`, safe
 * to print on a terminal (a file name's escape sequences shown as codes); a finding in a .docx
 * names its paragraph and first words: `cv.docx: đoạn 7 «Số: 12/UBND-VX» so: … [NUMBER_FORM]`
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((x) => x !== undefined)
    .join(":");
  const paragraph =
    d.paragraph !== undefined ? ` đoạn ${d.paragraph}${d.excerpt ? ` «${d.excerpt}»` : ""}` : "";
  const place = d.paragraph !== undefined ? `${where}:${paragraph}` : where;
  const level = d.severity === "warning" ? "cảnh báo: " : "";
  const path = d.path ? `${d.path}: ` : "";
  return terminalSafe(`${place} ${level}${path}${d.message} [${d.code}]`);
}

export function diagnostic(
  code: Code,
  message: string,
  at: {
    file: string;
    line?: number;
    column?: number;
    path?: string;
    stage: Stage;
    severity?: Severity;
    paragraph?: number;
    excerpt?: string;
  },
): Diagnostic {
  const { severity = "error", ...rest } = at;
  const d: Diagnostic = { severity, code, message, ...rest };
  for (const k of ["line", "column", "path", "paragraph", "excerpt"] as const)
    if (d[k] === undefined || d[k] === "") delete d[k];
  return d;
}

/** What every internal failure says: not the file's fault, and where to report it. */
export const INTERNAL =
  "lỗi nội bộ của vanthu (không phải lỗi của tệp này); xin báo lỗi kèm tệp YAML và lệnh đã chạy tại trang dự án";

/** An exception that escaped a stage (a bug, or a resource the machine ran out of) as an INTERNAL_ERROR diagnostic. */
export function internalError(e: unknown, file: string, stage: Stage, what?: string): Diagnostic {
  const cause =
    e instanceof RangeError && /call stack/i.test(e.message)
      ? `${String(e)} — văn bản quá lớn hoặc lồng nhau quá sâu?`
      : String(e);
  return diagnostic("INTERNAL_ERROR", `${INTERNAL}: ${what ? `${what} ` : ""}(${cause})`, { file, stage });
}

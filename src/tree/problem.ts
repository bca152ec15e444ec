/**
 * A problem in the content of a field (its Markdown, a ```bang table): what, how bad, and where in the
 * field's text.
 */
export interface ContentProblem {
  severity: "error" | "warning";
  code: "MARKDOWN_UNSUPPORTED" | "TABLE_INVALID" | "CONTROL_CHARACTER";
  /** Vietnamese, one sentence, says what is wrong and how to fix it. */
  message: string;
  /** 0-based line in the field's text, when known. */
  line?: number;
}

export const warning = (message: string, line?: number): ContentProblem => ({
  severity: "warning",
  code: "MARKDOWN_UNSUPPORTED",
  message,
  ...(line !== undefined && { line }),
});
export const tableError = (message: string, line?: number): ContentProblem => ({
  severity: "error",
  code: "TABLE_INVALID",
  message,
  ...(line !== undefined && { line }),
});
export const controlCharacters = (count: number, line?: number): ContentProblem => ({
  severity: "warning",
  code: "CONTROL_CHARACTER",
  message: `khối bang: đã xóa ${count} ký tự điều khiển không được phép trong văn bản (viết bằng mã thoát \\u… trong dấu nháy kép)`,
  ...(line !== undefined && { line }),
});

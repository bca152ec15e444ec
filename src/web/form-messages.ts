/**
 * Diagnostics as the form shows them. The form names every field by its label and shows each
 * field's help above it, so a message that repeats the field's help after "; " loses it, and
 * "thiếu trường bắt buộc trich_yeu (trích yếu)", written for YAML, becomes "chưa điền trích yếu".
 * A template's fault names its file and line in the message (the form shows neither otherwise).
 */
import type { Diagnostic } from "../diagnostic";
import { FIELDS } from "../schema/fields";

const HELPS = [...new Set(Object.values(FIELDS).map((f) => f.help))].sort((a, b) => b.length - a.length);
const MISSING = /^thiếu trường bắt buộc [\p{L}\p{N}_.]+ \(([^)]+)\)/u;

export function formMessage(message: string): string {
  let text = message;
  const help = HELPS.find((h) => text.endsWith(`; ${h}`));
  if (help) text = text.slice(0, -(help.length + 2));
  return text.replace(MISSING, "chưa điền $1");
}

export const forForm = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.map((d) => ({
    ...d,
    message: isTemplateFault(d) ? templateMessage(d) : formMessage(d.message),
  }));

/** A fault of the template folder (`serve --templates`), not of the document typed into the form. */
export const isTemplateFault = (d: Diagnostic): boolean =>
  d.code === "TEMPLATE_ERROR" || (d.code === "MARKUP_INVALID" && /\.hbs$/i.test(d.file));

/**
 * "Lỗi ở tệp mẫu …/kinds/cong-van.hbs, dòng 10: cú pháp mẫu sai […]; …": the form shows no file or
 * line of its own, so the message carries them, and says the fault is not the typed document's.
 */
function templateMessage(d: Diagnostic): string {
  const where = `${d.file}${d.line !== undefined ? `, dòng ${d.line}` : ""}`;
  const what = d.message.replace(/^lỗi mẫu:\s*/, "");
  return `lỗi ở tệp mẫu ${where}: ${what} — lỗi của mẫu văn bản (thư mục --templates của vanthu serve), không phải của văn bản đang soạn; sửa tệp mẫu rồi lưu lại, biểu mẫu sẽ tự vẽ lại`;
}

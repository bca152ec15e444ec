/**
 * Diagnostics as the form shows them. The form names every field by its label and shows each
 * field's help above it, so a message that repeats the field's help after "; " loses it, and
 * "thiếu trường bắt buộc trich_yeu (trích yếu)", written for YAML, becomes "chưa điền trích yếu".
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
  diagnostics.map((d) => ({ ...d, message: formMessage(d.message) }));

/**
 * A finding of `vanthu check`, reported (stage "check", src/check/check.ts): where it is (the YAML
 * field, the paragraph's number and first words), and a Vietnamese message that says what is
 * wrong, what the rule asks and where the rule comes from.
 */
import type { Code, Diagnostic, Severity } from "../diagnostic";
import type { Line } from "../recognise/types";
import type { Report, Where } from "../report";
import { excerpt } from "../recognise/text";

/** Where a line of a .docx is, as a report says it: its paragraph number, first words and YAML field. */
export const lineWhere = (line: Line): Where => ({
  paragraph: line.source,
  excerpt: excerpt(line.text) || undefined,
  path: line.field.split("."),
});

/** A finding at a line (its paragraph number and first words), or at a part with no line; an error unless said. */
export function finding(
  report: Report,
  code: Code,
  message: string,
  at: { line?: Line; path: string; severity?: Severity },
): void {
  report(code, message, {
    ...(at.line && lineWhere(at.line)),
    path: at.path.split("."),
    severity: at.severity ?? "error",
  });
}

/** "12,7" — numbers as Vietnamese write them, at most two decimals. */
export const num = (n: number): string => String(Math.round(n * 100) / 100).replace(".", ",");

/** " (NĐ 30 PL I II.2)" — the rule's source, when the profile gives one; unverified rules say so. */
export const cite = (source?: string, unverified?: boolean): string =>
  source || unverified
    ? ` (${[source, unverified ? "CHƯA KIỂM CHỨNG" : ""].filter(Boolean).join("; ")})`
    : "";

/** Unverified rules only warn. */
export const severityOf = (unverified?: boolean): Severity => (unverified ? "warning" : "error");

/**
 * Findings of the same code, path and message on many paragraphs (a whole body in the wrong font)
 * become one, at the first paragraph, naming how many others there are.
 */
export function gather(ds: Diagnostic[]): Diagnostic[] {
  const byKey = new Map<string, { first: Diagnostic; more: number[] }>();
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const k = `${d.code}\u0000${d.path}\u0000${d.message}\u0000${d.severity}`;
    const seen = byKey.get(k);
    if (!seen) {
      const entry = { first: { ...d }, more: [] as number[] };
      byKey.set(k, entry);
      out.push(entry.first);
    } else if (d.paragraph !== undefined) seen.more.push(d.paragraph);
  }
  for (const { first, more } of byKey.values()) {
    if (!more.length) continue;
    const list = more.slice(0, 5).join(", ") + (more.length > 5 ? ", …" : "");
    first.message += ` (cùng lỗi ở ${more.length} đoạn khác: ${list})`;
  }
  return out;
}

/**
 * Text of read paragraphs as printed, and the comparisons the recogniser makes on it: a key
 * that ignores case, diacritics, spacing and punctuation ("Cộng hoà" = "CỘNG HÒA"), IN HOA
 * tests, and the first words of a paragraph for a finding.
 */
import type { ReadInline, ReadParagraph, ReadText } from "../ooxml/types";
import { upperVi } from "../text/upper";

/** The inline text: tabs as "\t", breaks as "\n"; notes and page numbers print nothing here. */
export function inlineText(children: readonly ReadInline[]): string {
  let s = "";
  for (const c of children) {
    if (c.type === "text") s += c.value;
    else if (c.type === "tab") s += "\t";
    else if (c.type === "break") s += "\n";
  }
  return s.normalize("NFC");
}

/** The paragraph as printed: its numbering label ("1.", "a)") first, then its text. */
export function paragraphText(p: ReadParagraph): string {
  const n = p.look.numbering;
  const label = n && n.label && n.format !== "bullet" ? `${n.label}${n.suffix === "nothing" ? "" : " "}` : "";
  return (label + inlineText(p.children)).normalize("NFC");
}

/** The text runs that print something. */
export const textRuns = (children: readonly ReadInline[]): ReadText[] =>
  children.filter((c): c is ReadText => c.type === "text" && c.value.trim() !== "" && !c.look.hidden);

/** "Cộng hoà  xã hội…" → "CONGHOAXAHOI…": letters and digits only, no diacritics, upper case. */
export function key(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/** Letters all upper case (and at least one letter). */
export const isUpper = (s: string): boolean => /\p{L}/u.test(s) && upperVi(s) === s.normalize("NFC");

/** One line of text: spaces collapsed, trimmed. */
export const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The first words of a paragraph, for a finding: at most 8 words or 60 characters. */
export function excerpt(text: string): string {
  const words = oneLine(text.replace(/[\u2010\u2011]/g, "-")).split(" ");
  let s = words.slice(0, 8).join(" ");
  if (s.length > 60) s = s.slice(0, 59).trimEnd();
  return s.length < words.join(" ").length ? `${s}…` : s;
}

/** A line of only dashes, underscores or similar ("-----", "____"): a separator typed as text. */
export const isDashLine = (s: string): boolean => /^[-–—_‒―\s]{3,}$/.test(s) && /[-–—_‒―]/.test(s);

/** A line starting with a dash of a list ("- …", "– …", "+ …"). */
export const isDashItem = (s: string): boolean => /^\s*[-–—+•]\s*\S/.test(s);

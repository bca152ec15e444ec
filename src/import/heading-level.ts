/**
 * Which Markdown heading level (1–6) a body paragraph is, or none. vanthu's own headings carry
 * the profile's heading style (`headings: [muc-1, …]`: level = place in the list + 1). A Word
 * user's heading is a "Heading n" style or an outline level, or (in a document with no heading
 * style at all) a short paragraph in bold throughout that starts with a number as printed. Its
 * level follows the printed number, as the profile's headings do: "Phần" 1, "I." 2, "1." 3,
 * "1.1." 4, "a)" 5, "Điều 1." 6.
 */
import type { ReadParagraph } from "../ooxml/types";

const BY_LABEL: [RegExp, number][] = [
  [/^phần\s+(?:[ivxlc]+|\d+|thứ)/iu, 1],
  [/^[IVXLC]+[.\-)]\s/u, 2],
  [/^\d+\.\d+\.\d+[.)]?\s/u, 5],
  [/^\d+\.\d+[.)]?\s/u, 4],
  [/^\d+[.\-)]\s/u, 3],
  [/^[a-zđ]\)\s/u, 5],
  [/^Điều\s+\d+[a-zđ]?\.(?:\s|$)/u, 6],
];
const HEADING_STYLE = /^(?:heading|tiêu đề|title)\s*(\d)$/iu;
/** A heading found by its look alone is at most this long (a sentence in bold is not a heading). */
const SHORT = 160;

export function labelLevel(text: string): number | undefined {
  return BY_LABEL.find(([re]) => re.test(text))?.[1];
}

/**
 * `text` is the paragraph's text with its printed number; `headings` the profile's heading
 * styles; `foreign`: the document has no paragraph in those styles (not vanthu's output).
 */
export function headingLevel(
  p: ReadParagraph,
  text: string,
  headings: readonly string[],
  foreign: boolean,
  names: Readonly<Record<string, string | undefined>> = {},
): number | undefined {
  const own = headings.findIndex(
    (h) =>
      h === p.style ||
      h === p.look.styleId ||
      (p.look.styleName !== undefined && [h, names[h]].includes(p.look.styleName)),
  );
  if (own >= 0) return own + 1;
  if (!foreign || !text.trim()) return undefined;
  const styled = HEADING_STYLE.exec(p.look.styleName ?? "");
  const outline = p.look.outlineLevel ?? (styled ? Number(styled[1]) - 1 : undefined);
  if (outline !== undefined && outline < 6) return labelLevel(text) ?? Math.min(outline + 2, 6);
  const texts = p.children.filter((c) => c.type === "text" && c.value.trim());
  const bold =
    texts.length > 0 && texts.every((c) => c.type === "text" && (c.marks?.includes("bold") || c.look.bold));
  return bold && text.length <= SHORT && !/[;:,]$/.test(text.trim()) ? labelLevel(text) : undefined;
}

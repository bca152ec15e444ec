/**
 * Width of a line of text in Times New Roman, from its advance widths (Liberation Serif is
 * metric-compatible), so a rule can be exactly as long as the line above it.
 */
import metrics from "./tnr-widths.json";

type Face = "regular" | "bold" | "italic" | "boldItalic";
const index = new Map([...metrics.chars].map((c, i) => [c, i]));
const FALLBACK = index.get("n")!;

/** Base letter of a Vietnamese letter: tone and shape marks dropped, horn (ơ, ư) and đ kept. */
const base = (ch: string) =>
  ch
    .normalize("NFD")
    .replace(/[\u0300-\u031A\u031C-\u036F]/g, "")
    .normalize("NFC");

/** Width in twips of `text` at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false, italic = false): number {
  const face: Face = bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
  const widths = metrics.widths[face];
  let units = 0;
  for (const ch of text.normalize("NFC")) units += widths[index.get(ch) ?? index.get(base(ch)) ?? FALLBACK];
  return Math.round((units / metrics.unitsPerEm) * sizePt * 20);
}

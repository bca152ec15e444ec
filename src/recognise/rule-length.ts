/**
 * How long the rule under a line is, in mm, as Word draws it: a bottom border runs across the
 * paragraph's box (the width it is laid out in, less its left and right indents); a drawn line
 * has its extent; an underline is as long as the underlined text; a row of "_" typed as text is
 * as long as that text. And how wide a line's text is, in mm (Times New Roman advance widths,
 * as the renderer measures it to draw the rule): its widest line.
 */
import { textWidth } from "../docx/measure";
import type { ReadInline, ReadText } from "../ooxml/types";
import type { Candidate } from "./flatten";
import { isDashLine, textRuns } from "./text";

const MM_PER_TWIP = 25.4 / 1440;

/** The width (mm) of the widest line of `inlines` (line breaks split lines; tabs count nothing). */
export function textLength(inlines: readonly ReadInline[]): number {
  const lines = [0];
  for (const k of inlines) {
    if (k.type === "break") lines.push(0);
    else if (k.type === "text" && !k.look.hidden)
      lines[lines.length - 1] += textWidth(k.value, k.look.size, k.look.bold, k.look.italic);
  }
  return Math.max(...lines) * MM_PER_TWIP;
}

/** The length (mm) of the border across candidate `c`, when the width it is laid out in is known. */
const borderLength = (c: Candidate): number | undefined =>
  c.width === undefined ? undefined : c.width - c.p.look.indent.left - c.p.look.indent.right;

const drawnLength = (c: Candidate): number | undefined =>
  c.p.look.drawings?.find((d) => d.kind === "line")?.width;

/**
 * The length (mm) of the rule `kind` under candidate `c` (with `next` the paragraph after it in
 * the same place), or undefined when it cannot be known (an underlined tab, a border in a cell of
 * unknown width, a line with no extent).
 */
export function ruleLength(
  kind: "border" | "drawing" | "underline",
  c: Candidate,
  next: Candidate | undefined,
  runs: readonly ReadText[],
): number | undefined {
  if (kind === "border") return c.p.look.borders?.bottom ? borderLength(c) : next && borderLength(next);
  if (kind === "drawing") return drawnLength(c) ?? (next && drawnLength(next));
  if (next && isDashLine(next.text) && /_/.test(next.text)) return textLength(textRuns(next.p.children));
  if (runs.length && runs.every((r) => r.look.underline)) return textLength(runs);
  return undefined;
}

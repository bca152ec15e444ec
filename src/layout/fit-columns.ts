/**
 * The columns of a layout table with `fit` (the header): the fitted column as wide as its widest
 * line plus `room`, from `min` to `max` % of the width, giving way so the other columns' widest
 * lines fit too; the others share the rest in the ratio of the layout's `columns`. An agency name
 * wider than the fitted column is then broken between its word groups (`wrap.ts`), and the column
 * narrows to the widest line that is left.
 */
import type { Profile, Style } from "../profile/schema";
import { twipFromMm } from "../docx/units";
import type { Block, LayoutTable, Paragraph } from "../tree/types";
import { MEASURE_TOLERANCE, widestLine, wrapParagraph } from "./wrap";

type Fit = NonNullable<Profile["tables"][string]["fit"]>;

/** The paragraphs directly in column `c` of `table` (nested tables are sized on their own). */
const paragraphsIn = (table: LayoutTable, c: number): Paragraph[] =>
  table.rows.flatMap((r) =>
    (r.cells[c]?.children ?? []).filter((b: Block): b is Paragraph => b.type === "paragraph"),
  );

/**
 * The widest line a column must hold, in twips, with its indents. Prose the layout balances (a
 * công văn's V/v) counts only when its author broke it into lines: the column then tries to hold
 * the author's lines, so they are not broken again into twice as many short ones.
 */
function want(paragraphs: Paragraph[], style: (id: string) => Style, room: (p: Paragraph) => number): number {
  let widest = 0;
  for (const p of paragraphs) {
    const s = style(p.style);
    if (s.wrap === "balance" && !p.children.some((c) => c.type === "break")) continue;
    widest = Math.max(widest, widestLine(p, s) / MEASURE_TOLERANCE + indents(s) + room(p));
  }
  return widest;
}

/** Where a paragraph's first line starts and how far from the right its lines end. */
const indents = (s: Style) => {
  const { left = 0, right = 0, first_line = 0, hanging = 0 } = s.indent ?? {};
  return twipFromMm(Math.max(0, left - hanging + first_line) + right);
};

/** Percentages (2 decimals) of the table's columns. */
export function fitColumns(
  table: LayoutTable,
  columns: readonly number[],
  fit: Fit,
  width: number,
  style: (id: string) => Style,
): number[] {
  const room = twipFromMm(fit.room);
  const f = fit.column;
  const min = (width * fit.min) / 100;
  const max = (width * fit.max) / 100;
  const others = columns.map((_, c) => c).filter((c) => c !== f);
  const needed = others.reduce((a, c) => a + want(paragraphsIn(table, c), style, () => room), 0);
  const own = paragraphsIn(table, f);
  let fitted = Math.min(
    Math.max(
      want(own, style, () => room),
      min,
    ),
    max,
  );
  fitted = Math.max(min, Math.min(fitted, width - needed));
  // Names too wide for the column break between their groups; the column keeps only what their lines need.
  const wrapped = own.map((p) => {
    const s = style(p.style);
    return s.wrap === "groups" ? wrapParagraph(p, s, fitted - room - indents(s)) : p;
  });
  fitted = Math.max(
    min,
    Math.min(
      fitted,
      want(wrapped, style, () => room),
    ),
  );
  const share = others.reduce((a, c) => a + columns[c], 0);
  const percents = columns.map((p, c) => (c === f ? fitted : ((width - fitted) * p) / share));
  return percents.map((w) => Math.round((w / width) * 10000) / 100);
}

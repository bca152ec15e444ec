/**
 * The columns of a layout table with `fit` (the header): the fitted column as wide as its widest
 * line plus `room`, from `min` to `max` % of the width, giving way so the other columns' widest
 * lines fit too; the others share the rest in the ratio of the layout's `columns`. An agency name
 * wider than the fitted column is then broken between its word groups (`wrap.ts`), and the column
 * narrows to the widest line that is left. A name broken only for the room kept around the other
 * column's lines that share no line with it (the date under the title) may take that room, while
 * each of its lines stays `room` apart from the centred line beside it.
 */
import type { Profile, Style } from "../profile/schema";
import { twipFromMm } from "../docx/units";
import type { Block, LayoutTable, Paragraph } from "../tree/types";
import { lineWidth, linesOf, spaceWidth } from "./paragraph-words";
import { MEASURE_TOLERANCE, widestLine, wrapParagraph } from "./wrap";

type Fit = NonNullable<Profile["tables"][string]["fit"]>;

/** The step in which a wider column is tried for a broken name, in twips (1 mm). */
const STEP = twipFromMm(1);

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
  const wrapAt = (w: number) =>
    own.map((p) => {
      const s = style(p.style);
      return s.wrap === "groups" ? wrapParagraph(p, s, w - indents(s)) : p;
    });
  let wrapped = wrapAt(fitted - room);
  let widest = fitted;
  // The room keeps a name apart from the text beside it on the same line (the title); a name broken
  // for the room the other column keeps beside lines it does not share (the date, under the title) may
  // take that room, as far as the other column's own lines allow, while every line stays `room` apart
  // from the line beside it — when the name then needs fewer lines.
  if (wrapped.some((p, k) => p !== own[k])) {
    const bare = others.reduce((a, c) => a + want(paragraphsIn(table, c), style, () => 0), 0);
    let fewest = lineCount(wrapped);
    for (let w = Math.min(max, width - bare); w > fitted - room; w -= STEP) {
      const tried = wrapAt(w);
      const lines = lineCount(tried);
      if (lines < fewest && apart(table, f, tried, style, width - 2 * room)) {
        [wrapped, widest, fewest] = [tried, Math.max(w, fitted), lines];
      }
    }
  }
  fitted = Math.max(
    min,
    Math.min(
      widest,
      want(wrapped, style, () => room),
    ),
  );
  const share = others.reduce((a, c) => a + columns[c], 0);
  const percents = columns.map((p, c) => (c === f ? fitted : ((width - fitted) * p) / share));
  return percents.map((w) => Math.round((w / width) * 10000) / 100);
}

/** How many lines the paragraphs have (line breaks + 1 each). */
const lineCount = (ps: readonly Paragraph[]) =>
  ps.reduce((n, p) => n + 1 + p.children.filter((c) => c.type === "break").length, 0);

/**
 * The widths of a paragraph's lines as it stands, in twips, by our metrics: a word processor that sets
 * both lines a little wider (MEASURE_TOLERANCE) takes that from the gap, which stays about the room.
 */
function lineWidths(p: Paragraph, s: Style): number[] {
  const space = spaceWidth(s);
  return (linesOf(p, s) ?? []).map((l) => lineWidth(l, space));
}

/**
 * Whether, row by row, each line of column `f` (its paragraphs `laid`, in the table's order) and the
 * line of the other columns printed beside it (the same line of the row) are together at most
 * `together` wide: the header's lines are centred, so what stays between them is the width less theirs.
 */
function apart(
  table: LayoutTable,
  f: number,
  laid: readonly Paragraph[],
  style: (id: string) => Style,
  together: number,
): boolean {
  let next = 0;
  return table.rows.every((r) => {
    const count = (r.cells[f]?.children ?? []).filter((b) => b.type === "paragraph").length;
    const mine = laid.slice(next, (next += count)).flatMap((p) => lineWidths(p, style(p.style)));
    const beside: number[] = [];
    r.cells.forEach((c, i) => {
      if (i === f) return;
      c.children
        .flatMap((b) => (b.type === "paragraph" ? lineWidths(b, style(b.style)) : []))
        .forEach((w, k) => (beside[k] = Math.max(beside[k] ?? 0, w)));
    });
    // A line with nothing beside it is the column's own (a long V/v is set to the column later).
    return mine.every((w, k) => beside[k] === undefined || w + beside[k] <= together);
  });
}

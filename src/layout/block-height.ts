/**
 * How tall a block prints, in twips, estimated from the font's advance widths: each author line
 * set word by word into its room, at its style's line height, plus the style's space before and
 * after; a layout table as the sum of its rows, each as tall as its tallest cell. An estimate for
 * decisions about whole pages (is this block a large share of one?), not a pagination.
 */
import { twipFromMm, twipFromPt } from "../docx/units";
import { columnWidths } from "../docx/columns";
import type { Style } from "../profile/schema";
import type { Block, DataTable, LayoutTable, Paragraph, Row } from "../tree/types";
import type { LayoutContext } from "./context";
import { linesOf, spaceWidth } from "./paragraph-words";

/** A single-spaced line of Times New Roman (Liberation Serif): ascent, descent and line gap, per pt of size. */
const SINGLE_LINE = 1.15;

/** The height of one printed line of `style`, in twips. */
export function lineHeight(style: Style): number {
  const s = style.spacing ?? {};
  const single = (style.size ?? 14) * SINGLE_LINE;
  if (s.line_exact !== undefined) return twipFromPt(s.line_exact);
  if (s.line_at_least !== undefined) return twipFromPt(Math.max(s.line_at_least, single));
  return twipFromPt(single * (s.line ?? 1));
}

/** How many lines `p` takes in `width` twips (a paragraph with notes or tabs: one line per author line). */
export function lineCount(p: Paragraph, style: Style, width: number): number {
  const { left = 0, right = 0, first_line = 0, hanging = 0 } = style.indent ?? {};
  const room = Math.max(1, width - twipFromMm(left + right));
  const first = Math.max(1, room - twipFromMm(first_line - hanging));
  const lines = linesOf(p, style);
  if (!lines) return 1 + p.children.filter((c) => c.type === "break").length;
  const space = spaceWidth(style);
  let count = 0;
  for (const words of lines) {
    let used = 0;
    let n = 1;
    for (const w of words) {
      const free = n === 1 && count === 0 ? first : room;
      const needed = used === 0 ? w.width : used + space + w.width;
      if (used > 0 && needed > free) {
        n++;
        used = w.width;
      } else used = needed;
    }
    count += n;
  }
  return count;
}

export function paragraphHeight(p: Paragraph, width: number, context: LayoutContext): number {
  const style = context.style(p.style);
  const s = style.spacing ?? {};
  return (
    lineCount(p, style, width) * lineHeight(style) + twipFromPt(s.before ?? 0) + twipFromPt(s.after ?? 0)
  );
}

/** One measure per block type (a new type must have one); a page break takes no room. */
const HEIGHTS: {
  [K in Block["type"]]: (b: Extract<Block, { type: K }>, width: number, context: LayoutContext) => number;
} = {
  paragraph: (p, width, context) => paragraphHeight(p, width, context),
  layoutTable: (t, width, context) => layoutTableHeight(t, width, context),
  dataTable: (t, _width, context) => dataTableHeight(t, context),
  pageBreak: () => 0,
};

export const blockHeight = (b: Block, width: number, context: LayoutContext): number =>
  (HEIGHTS[b.type] as (b: Block, width: number, context: LayoutContext) => number)(b, width, context);

/** The heights of a row's cells (their blocks stacked, the first row with its layout's space before). */
export function cellHeights(
  table: LayoutTable,
  row: Row,
  r: number,
  width: number,
  context: LayoutContext,
): number[] {
  const widths = columnWidths(context.profile, table.layout, width, table.widths) ?? [width];
  const top = r === 0 ? twipFromPt(context.profile.tables[table.layout]?.space_before ?? 0) : 0;
  return widths.map(
    (w, i) => top + (row.cells[i]?.children ?? []).reduce((sum, b) => sum + blockHeight(b, w, context), 0),
  );
}

/** A data table as one body line a row (an estimate: its rows are short lines of figures). */
const dataTableHeight = (table: DataTable, context: LayoutContext): number =>
  table.rows.length * lineHeight(context.style(context.profile.body_style));

function layoutTableHeight(table: LayoutTable, width: number, context: LayoutContext): number {
  return table.rows.reduce(
    (sum, row, r) => sum + Math.max(0, ...cellHeights(table, row, r, width, context)),
    0,
  );
}

/**
 * A layout table's row too tall to move as a whole: the signature block beside a long Nơi nhận
 * list. Kept in one piece and with the paragraph before it, such a row either leaves the page
 * before it blank under that paragraph or, taller than a page, starts a page of its own anyway.
 * It is split: its first row holds, of each cell, the blocks beside the others (the signature and
 * the list's first lines), kept with the text above; then each further block of the list has a
 * `loose` row of its own, kept with nothing, so the table breaks between two recipients wherever
 * the page ends (LibreOffice breaks a row that may split inside a recipient's lines, whatever its
 * paragraphs' keep and widow settings).
 */
import { twipFromMm } from "../docx/units";
import { columnWidths } from "../docx/columns";
import type { Block, Cell, LayoutTable, Row } from "../tree/types";
import { blockHeight, cellHeights } from "./block-height";
import type { LayoutContext } from "./context";

/** A row taller than this share of the page's text height is split. */
export const LONG_ROW = 1 / 3;
/** The first row keeps at least this many blocks of the long cell ("Nơi nhận:" and a first line). */
const AT_LEAST = 2;

/** The page's text height, in twips. */
export const textHeight = ({ profile }: LayoutContext): number =>
  twipFromMm(profile.page.height - profile.page.margins.top - profile.page.margins.bottom);

/** `table` with each long row split; a table kept with the next block (the header) stays whole. */
export function splitLongRows(table: LayoutTable, width: number, context: LayoutContext): LayoutTable {
  if (table.keepNext) return table;
  const limit = textHeight(context) * LONG_ROW;
  let changed = false;
  const rows = table.rows.flatMap((row, r): Row[] => {
    if (row.loose) return [row];
    const heights = cellHeights(table, row, r, width, context);
    const tallest = heights.indexOf(Math.max(...heights));
    if (heights[tallest] <= limit) return [row];
    const beside = Math.max(0, ...heights.filter((_, i) => i !== tallest));
    const widths = columnWidths(context.profile, table.layout, width, table.widths) ?? [width];
    const top = heights[tallest] - cellHeight(row.cells[tallest], widths[tallest], context);
    const first = row.cells.map((cell, i) => kept(cell, widths[i] ?? width, beside - top, context));
    const rest = (row.cells[tallest]?.children ?? []).slice(first[tallest].children.length);
    if (!rest.length) return [row];
    changed = true;
    const empty = (cell: Cell): Cell => ({ ...cell, children: [] });
    return [
      { ...row, cells: first },
      ...rest.map((b): Row => ({
        ...row,
        cells: row.cells.map((cell, i) => (i === tallest ? { ...cell, children: [b] } : empty(cell))),
        loose: true,
      })),
    ];
  });
  return changed ? { ...table, rows } : table;
}

const cellHeight = (cell: Cell | undefined, width: number, context: LayoutContext) =>
  (cell?.children ?? []).reduce((sum, b) => sum + blockHeight(b, width, context), 0);

/**
 * A cell with the leading blocks that fill `room` twips (the last one reaching past it, so no gap
 * opens under them beside a taller cell; at least AT_LEAST of them).
 */
function kept(cell: Cell, width: number, room: number, context: LayoutContext): Cell {
  let used = 0;
  let k = 0;
  const blocks: readonly Block[] = cell.children;
  while (k < blocks.length && (k < AT_LEAST || used < room)) used += blockHeight(blocks[k++], width, context);
  return { ...cell, children: blocks.slice(0, k) };
}

/**
 * A read document as one list of paragraphs in reading order, each with where it sits: its
 * section, and for a paragraph in a table, the table (numbered per document), the row and the
 * column of the top-level cell, and of a nested cell when there is one. Empty paragraphs stay in
 * the list: a bordered empty paragraph is the rule under the line before it.
 */
import type { ReadBlock, ReadParagraph, ReadRoot, ReadRow, ReadTable } from "../ooxml/types";
import { paragraphText, textRuns } from "./text";

export interface Place {
  /** Index of the top-level table in the whole document. */
  table: number;
  row: number;
  col: number;
  /** The table is a data table (cells ruled on every side), not a layout table. */
  data: boolean;
  /** The row is a header row of a data table. */
  headerRow: boolean;
  /** The cell inside a nested table (a brace group of Nơi nhận), when the paragraph is in one. */
  nested?: { table: number; row: number; col: number };
}

export interface Candidate {
  p: ReadParagraph;
  text: string;
  section: number;
  place?: Place;
  /** Nothing printed (no text, no tab leader). */
  empty: boolean;
  /** A page break comes before this paragraph. */
  afterBreak: boolean;
  /** The width (mm) the paragraph is laid out in: its cell's, less the cell margins, or the page's text width. */
  width?: number;
}

/** Every paragraph of the body of every section, in order. */
export function flatten(tree: ReadRoot): Candidate[] {
  const out: Candidate[] = [];
  let tables = 0;
  let nestedTables = 0;
  let pendingBreak = false;
  const para = (p: ReadParagraph, section: number, place?: Place, width?: number) => {
    const text = paragraphText(p);
    out.push({
      p,
      text,
      section,
      place,
      empty: textRuns(p.children).length === 0 && !p.look.numbering,
      afterBreak: pendingBreak || p.look.pageBreakBefore,
      ...(width !== undefined && width > 0 && { width }),
    });
    pendingBreak = false;
  };
  const walk = (blocks: readonly ReadBlock[], section: number, width: number | undefined, outer?: Place) => {
    for (const b of blocks) {
      if (b.type === "pageBreak") pendingBreak = true;
      else if (b.type === "paragraph") para(b, section, outer, width);
      else if (outer) walkNested(b, section, outer);
      else walkTable(b, section, tables++);
    }
  };
  const walkTable = (t: ReadTable, section: number, index: number) => {
    const data = isDataTable(t);
    t.rows.forEach((row, r) =>
      cellWidths(t, row).forEach((width, c) =>
        walk(row.cells[c].children, section, width, {
          table: index,
          row: r,
          col: c,
          data,
          headerRow: data && (row.header === true || r < (t.headerRows ?? 0)),
        }),
      ),
    );
  };
  const walkNested = (t: ReadTable, section: number, outer: Place) => {
    const table = nestedTables++;
    t.rows.forEach((row, r) => {
      const widths = cellWidths(t, row);
      row.cells.forEach((cell, c) => {
        for (const b of cell.children) {
          if (b.type === "paragraph")
            para(b, section, { ...outer, nested: { table, row: r, col: c } }, widths[c]);
          else if (b.type === "table") walkNested(b, section, outer);
        }
      });
    });
  };
  tree.sections.forEach((s, i) => {
    pendingBreak = i > 0;
    const m = s.page.margins;
    walk(s.children, i, s.page.width - m.left - m.right - m.gutter);
  });
  return out;
}

/** The width (mm) each cell of `row` lays its text in: its own width or its grid columns', less its margins. */
function cellWidths(t: ReadTable, row: ReadRow): (number | undefined)[] {
  let col = 0;
  return row.cells.map((cell) => {
    const span = cell.colSpan ?? 1;
    const grid = t.look.grid.slice(col, col + span) ?? [];
    col += span;
    const whole = cell.width ?? (grid.length === span ? grid.reduce((a, b) => a + b, 0) : undefined);
    return whole === undefined ? undefined : whole - (cell.margins?.left ?? 0) - (cell.margins?.right ?? 0);
  });
}

/** A data table has more than half of its cells ruled on all four sides (a layout table has none, a draft box one). */
function isDataTable(t: ReadTable): boolean {
  const cells = t.rows.flatMap((r) => r.cells);
  const boxed = cells.filter((c) => (c.borders ?? []).length === 4).length;
  return cells.length > 1 && boxed * 2 > cells.length;
}

/**
 * A data table (Markdown or ```bang in the body) → a fixed-layout docx table across the width it
 * has, with the profile layout's single borders and cell margins. Its header rows repeat at the
 * top of every page (w:tblHeader) and keep with the next row; rows never split; merged cells are
 * grid spans and vertical merges (a continuing cell in each covered row, as Word writes them).
 * Body cells take their column's alignment; a table kept with the next block keeps its last row.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
} from "docx";
import { placeCells, type PlacedCell } from "../../tree/grid";
import type { DataTable } from "../../tree/types";
import { dataColumnWidths } from "../data-columns";
import type { State } from "../state";
import { eighthsFromPt, twipFromMm } from "../units";

export function dataTable(node: DataTable, state: State): Table {
  const layout = state.profile.tables[node.layout];
  const columns = node.columns;
  const padding = twipFromMm(layout.padding ?? 0);
  const widths = dataColumnWidths(columns, node.rows, state.width, {
    style: state.style,
    padding: 2 * padding,
  });
  const line: IBorderOptions = layout.borders
    ? { style: BorderStyle.SINGLE, size: eighthsFromPt(layout.borders), color: "000000" }
    : { style: BorderStyle.NONE, size: 0, color: "auto" };
  const grid = placeCells(node.rows, columns.length);
  const headerRows = node.headerRows;
  const last = node.rows.length - 1;
  const span = (p: { column: number; colSpan: number }) =>
    widths.slice(p.column, p.column + p.colSpan).reduce((a, b) => a + b, 0);
  const emptyParagraph = () => new Paragraph({ style: layout.cell_style });
  const cell = (
    width: number,
    children: (Paragraph | Table)[],
    merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType],
    colSpan = 1,
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: padding, right: padding, top: 0, bottom: 0 },
      ...(colSpan > 1 && { columnSpan: colSpan }),
      ...(merge && { verticalMerge: merge }),
      children: children.length ? children : [emptyParagraph()],
    });

  const rows = grid.rows.map((placed, r) => {
    const header = r < headerRows;
    const keepNext = header || (r === last && (node.keepNext || state.keepNext));
    const at = new Map<number, PlacedCell>(placed.map((p) => [p.column, p]));
    const children: TableCell[] = [];
    for (let c = 0; c < columns.length;) {
      const own = at.get(c);
      const above = grid.coveredFrom[r][c];
      if (own) {
        const align = own.cell.align ?? (header ? undefined : columns[c].align);
        const inherited = { keepNext, align, breakBefore: state.breakBefore && r === 0 && c === 0 };
        const blocks = state.blocks(own.cell.children, span(own) - 2 * padding, inherited);
        children.push(
          cell(span(own), blocks, own.rowSpan > 1 ? VerticalMergeType.RESTART : undefined, own.colSpan),
        );
        c += own.colSpan;
      } else if (above) {
        children.push(cell(span(above), [emptyParagraph()], VerticalMergeType.CONTINUE, above.colSpan));
        c += above.colSpan;
      } else {
        children.push(cell(widths[c], [emptyParagraph()]));
        c += 1;
      }
    }
    return new TableRow({ cantSplit: true, ...(header && { tableHeader: true }), children });
  });

  return new Table({
    width: { size: state.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows,
  });
}

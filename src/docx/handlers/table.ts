/**
 * A layout table → a borderless, fixed-layout docx table across the whole text width; column
 * widths are the profile's percentages. Rows never split across pages.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { Table as TableNode } from "../../tree/types";
import type { State } from "../state";
import { twipFromPt } from "../units";

export function table(node: TableNode, state: State): Table {
  const layout = state.profile.tables[node.layout];
  const total = layout.columns.reduce((a, b) => a + b, 0);
  const widths = layout.columns.map((c) => Math.floor((state.width * c) / total));
  widths[widths.length - 1] += state.width - widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: state.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: node.rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: widths.map((w, i) => {
            const blocks = state.blocks(row.cells[i]?.children ?? [], w);
            return new TableCell({
              width: { size: w, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.TOP,
              margins: { left: 0, right: 0, top: r === 0 ? twipFromPt(layout.space_before) : 0, bottom: 0 },
              children: blocks.length ? blocks : [new Paragraph({})],
            });
          }),
        }),
    ),
  });
}

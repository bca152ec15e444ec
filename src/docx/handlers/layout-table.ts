/**
 * A layout table → a borderless, fixed-layout docx table across the whole text width; column
 * widths are the profile's percentages. Rows never split across pages; a table kept with the
 * next block (`keepNext`, the header before the title) keeps every paragraph with the next, but
 * in a `loose` row (a line of a long Nơi nhận list), where none keeps with the next.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { Cell, LayoutTable } from "../../tree/types";
import { columnWidths } from "../columns";
import type { State } from "../state";
import { eighthsFromPt, twipFromPt } from "../units";

export function layoutTable(node: LayoutTable, state: State): Table {
  const layout = state.profile.tables[node.layout];
  // The tree stage lets markup use only layouts with columns.
  const widths = columnWidths(state.profile, node.layout, state.width, node.widths) ?? [state.width];
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
            const inherited = {
              keepNext: !row.loose && (node.keepNext || state.keepNext),
              loose: row.loose || state.loose,
              breakBefore: state.breakBefore && r === 0 && i === 0,
            };
            const cell = row.cells[i];
            const blocks = state.blocks(cell?.children ?? [], w, inherited);
            // Word requires a cell to end with a paragraph (a nested table cannot be last).
            if (blocks.at(-1) instanceof Table)
              blocks.push(new Paragraph({ ...(inherited.keepNext && { keepNext: true }) }));
            return new TableCell({
              width: { size: w, type: WidthType.DXA },
              verticalAlign: VALIGN[cell?.valign ?? "top"],
              // The tree stage lets a cell have borders only in a layout with a `borders` thickness.
              ...(cell?.borders && { borders: cellBorders(cell.borders, layout.borders ?? 0) }),
              margins: { left: 0, right: 0, top: r === 0 ? twipFromPt(layout.space_before) : 0, bottom: 0 },
              // A cell with nothing else: its paragraph starts the new page a break asked for.
              children: blocks.length
                ? blocks
                : [
                    new Paragraph({
                      ...(inherited.keepNext && { keepNext: true }),
                      ...(inherited.breakBefore && { pageBreakBefore: true }),
                    }),
                  ],
            });
          }),
        }),
    ),
  });
}

const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

/** A single line of `thickness` pt on each side a layout cell asks for (`<cell border="…">`). */
function cellBorders(sides: NonNullable<Cell["borders"]>, thickness: number) {
  const line = { style: BorderStyle.SINGLE, size: eighthsFromPt(thickness), color: "000000" };
  return Object.fromEntries(sides.map((side) => [side, line]));
}

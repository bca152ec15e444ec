/**
 * w:tbl → a table node: the grid, rows (header rows, deleted rows dropped), cells with merges
 * resolved (gridSpan → colSpan, vMerge → rowSpan; text in a merged-away cell joins the cell it
 * merges into, so none is lost), drawn borders (cell borders over the table's over its style's),
 * and the table style's formatting for the paragraphs in its cells.
 */
import type { Context, Where } from "./context";
import { borderLook } from "./look";
import { borders as readBorders, mergePara, mergeRun, type Border } from "./props";
import type { ReadBlock, ReadCell, ReadRow, ReadTable, TableLook } from "./types";
import type { Side, VAlign } from "../tree/types";
import { mmFromTwips } from "./units";
import { attr, child, elements, num, type El } from "./xml";

type Borders = Record<string, Border | null>;

/** Rows and cells may be wrapped in content controls or custom XML. */
function unwrap(el: El, name: string): El[] {
  const out: El[] = [];
  for (const k of elements(el)) {
    if (k.name === name) out.push(k);
    else if (k.name === "w:sdt") out.push(...unwrap(child(k, "w:sdtContent") ?? k, name));
    else if (k.name === "w:customXml" || k.name === "w:ins") out.push(...unwrap(k, name));
  }
  return out;
}

/** Word's cell margins when neither the table nor the cell sets them (Normal Table: 108 twips). */
const WORD_CELL_MARGINS = { left: mmFromTwips(108), right: mmFromTwips(108) };

/** The left and right margins a w:tblCellMar or w:tcMar sets (dxa widths; start/end as left/right), over `base`. */
function cellMargins(
  el: El | undefined,
  base: { left: number; right: number },
): { left: number; right: number } {
  const side = (...names: string[]) => {
    for (const n of names) {
      const e = child(el, n);
      const w = num(e, "w:w");
      if (e && w !== undefined && (attr(e, "w:type") ?? "dxa") === "dxa") return mmFromTwips(Math.max(0, w));
    }
    return undefined;
  };
  return { left: side("w:left", "w:start") ?? base.left, right: side("w:right", "w:end") ?? base.right };
}

const on = (v: string | undefined) => v !== undefined && v !== "0" && v !== "false" && v !== "off";

interface Placed {
  cell: ReadCell;
  col: number;
  span: number;
  row: number;
  tcBorders?: Borders;
}

/** The blocks of a cell (blocks.ts's readBlocks, passed in: a cell holds blocks, and blocks hold tables). */
export type ReadCellBlocks = (tc: El, ctx: Context, where: Where) => ReadBlock[];

export function readTable(t: El, ctx: Context, where: Where, readBlocks: ReadCellBlocks): ReadTable {
  const tblPr = child(t, "w:tblPr");
  const styleId = attr(child(tblPr, "w:tblStyle"), "w:val") ?? ctx.styles.defaultOf("table");
  const style = styleId && ctx.styles.has(styleId) ? ctx.styles.table(styleId) : undefined;
  const tableBorders: Borders = { ...style?.whole.borders, ...readBorders(child(tblPr, "w:tblBorders")) };
  const lookEl = child(tblPr, "w:tblLook");
  const lookVal = parseInt(attr(lookEl, "w:val") ?? "0", 16) || 0;
  const firstRowOn =
    on(attr(lookEl, "w:firstRow")) || (attr(lookEl, "w:firstRow") === undefined && (lookVal & 0x20) !== 0);
  const grid = elements(child(t, "w:tblGrid"), "w:gridCol").map((g) => mmFromTwips(num(g, "w:w") ?? 0));
  const jc = attr(child(tblPr, "w:jc"), "w:val");
  const tableMargins = cellMargins(child(tblPr, "w:tblCellMar"), WORD_CELL_MARGINS);

  const rows: ReadRow[] = [];
  const placed: Placed[] = [];
  /** Open vertical merges by grid column. */
  const open = new Map<number, Placed>();
  const rowEls = unwrap(t, "w:tr").filter((r) => !child(child(r, "w:trPr"), "w:del"));
  rowEls.forEach((r, ri) => {
    const trPr = child(r, "w:trPr");
    const header = on(
      attr(child(trPr, "w:tblHeader"), "w:val") ?? (child(trPr, "w:tblHeader") ? "1" : undefined),
    );
    const cond = ri === 0 && firstRowOn ? style?.conditional.get("firstRow") : undefined;
    const cellFormat = {
      pPr: mergePara(style?.whole.pPr ?? {}, cond?.pPr ?? {}),
      rPr: mergeRun(style?.whole.rPr ?? {}, cond?.rPr ?? {}),
    };
    let col = num(child(trPr, "w:gridBefore"), "w:val") ?? 0;
    const row: ReadRow = { type: "row", cells: [], ...(header && { header: true }) };
    for (const tc of unwrap(r, "w:tc")) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.max(1, Math.min(64, num(child(tcPr, "w:gridSpan"), "w:val") ?? 1));
      const vMergeEl = child(tcPr, "w:vMerge");
      const vMerge = vMergeEl ? (attr(vMergeEl, "w:val") ?? "continue") : undefined;
      const children = readBlocks(tc, ctx, { ...where, cell: cellFormat });
      const above = open.get(col);
      if (vMerge === "continue" && above && above.span === span) {
        above.cell.rowSpan = (above.cell.rowSpan ?? 1) + 1;
        if (children.some((b) => b.type !== "paragraph" || b.children.length > 0))
          above.cell.children.push(...children);
        col += span;
        continue;
      }
      const width =
        attr(child(tcPr, "w:tcW"), "w:type") === "dxa" ? num(child(tcPr, "w:tcW"), "w:w") : undefined;
      const margins = cellMargins(child(tcPr, "w:tcMar"), tableMargins);
      const valign = attr(child(tcPr, "w:vAlign"), "w:val");
      const cell: ReadCell = {
        type: "cell",
        children,
        ...(span > 1 && { colSpan: span }),
        ...((valign === "center" || valign === "bottom") && { valign: valign as VAlign }),
        ...(width !== undefined && { width: mmFromTwips(width) }),
        margins,
      };
      const p: Placed = { cell, col, span, row: ri, tcBorders: readBorders(child(tcPr, "w:tcBorders")) };
      placed.push(p);
      for (let c = col; c < col + span; c++) open.delete(c);
      if (vMerge === "restart") open.set(col, p);
      row.cells.push(cell);
      col += span;
    }
    rows.push(row);
  });

  const columns = Math.max(grid.length, ...placed.map((p) => p.col + p.span));
  for (const p of placed) {
    const lastRow = p.row + (p.cell.rowSpan ?? 1) - 1 >= rows.length - 1;
    const sides: Record<Side, Border | null | undefined> = {
      top:
        p.tcBorders?.top !== undefined
          ? p.tcBorders.top
          : p.row === 0
            ? tableBorders.top
            : tableBorders.insideH,
      bottom:
        p.tcBorders?.bottom !== undefined
          ? p.tcBorders.bottom
          : lastRow
            ? tableBorders.bottom
            : tableBorders.insideH,
      left:
        p.tcBorders?.left !== undefined
          ? p.tcBorders.left
          : p.col === 0
            ? tableBorders.left
            : tableBorders.insideV,
      right:
        p.tcBorders?.right !== undefined
          ? p.tcBorders.right
          : p.col + p.span >= columns
            ? tableBorders.right
            : tableBorders.insideV,
    };
    const drawn = (["top", "right", "bottom", "left"] as Side[]).filter((s) => sides[s]);
    if (drawn.length) p.cell.borders = drawn;
  }

  const headerRows = rows.findIndex((r) => !r.header);
  const tableLook: TableLook = {
    ...(styleId && { styleId }),
    ...(styleId && ctx.styles.name(styleId) && { styleName: ctx.styles.name(styleId) }),
    grid,
    nested: !!where.cell,
    ...(jc === "center" && { align: "center" as const }),
    ...((jc === "right" || jc === "end") && { align: "right" as const }),
  };
  const drawnTable = Object.entries(tableBorders).filter((e): e is [string, Border] => !!e[1]);
  if (drawnTable.length)
    tableLook.borders = Object.fromEntries(drawnTable.map(([s, b]) => [s, borderLook(b)]));
  return {
    type: "table",
    rows,
    ...(headerRows !== 0 && rows.length > 0 && { headerRows: headerRows < 0 ? rows.length : headerRows }),
    look: tableLook,
  };
}

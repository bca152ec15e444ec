/**
 * Where the cells of a table sit on its grid once merged cells (`colSpan`, `rowSpan`) are taken
 * into account: the positions a merged cell covers have no cell of their own, as in HTML. Used
 * by the tree stage to reject tables that do not fit their columns (each reported as TABLE_INVALID
 * at the path `[row]`, the 0-based row it is in), and by the writers, which place tables the tree
 * stage has accepted.
 */
import type { Report } from "../report";
import type { Cell, Row } from "./types";

export interface PlacedCell {
  cell: Cell;
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
}

export interface Grid {
  /** Per row, its cells left to right with their grid column. */
  rows: PlacedCell[][];
  /** Per row and grid column: the cell that covers it from a row above (a vertical merge), if any. */
  coveredFrom: (PlacedCell | undefined)[][];
}

export function placeCells(rows: readonly Row[], columns: number, report?: Report): Grid {
  const taken: boolean[][] = rows.map(() => new Array<boolean>(columns).fill(false));
  const coveredFrom: (PlacedCell | undefined)[][] = rows.map(() =>
    new Array<PlacedCell | undefined>(columns).fill(undefined),
  );
  const fault = (row: number, message: string) => report?.("TABLE_INVALID", message, { path: [row] });
  const placed = rows.map((row, r) => {
    const out: PlacedCell[] = [];
    let column = 0;
    for (const cell of row.cells) {
      while (column < columns && taken[r][column]) column++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      if (column + colSpan > columns) {
        const cells = row.cells.reduce((n, c) => n + Math.max(1, c.colSpan ?? 1), 0);
        const above = coveredFrom[r].filter(Boolean).length;
        const from = above ? ` cùng ${above} ô gộp dòng từ dòng trên` : "";
        fault(r, `dòng ${r + 1} có ${cells} ô (tính cả ô gộp cột)${from} nhưng bảng chỉ có ${columns} cột`);
        break;
      }
      if (taken[r].slice(column, column + colSpan).some(Boolean)) {
        fault(
          r,
          `ô ở dòng ${r + 1}, cột ${column + 1} gộp ${colSpan} cột, chồng lên một ô gộp dòng từ dòng trên`,
        );
        break;
      }
      if (r + rowSpan > rows.length) {
        fault(
          r,
          `ô ở dòng ${r + 1}, cột ${column + 1} gộp ${rowSpan} dòng nhưng bảng chỉ còn ${rows.length - r} dòng`,
        );
      }
      const p: PlacedCell = { cell, row: r, column, colSpan, rowSpan: Math.min(rowSpan, rows.length - r) };
      for (let dr = 0; dr < p.rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          taken[r + dr][column + dc] = true;
          if (dr > 0) coveredFrom[r + dr][column + dc] = p;
        }
      }
      out.push(p);
      column += colSpan;
    }
    return out;
  });
  return { rows: placed, coveredFrom };
}

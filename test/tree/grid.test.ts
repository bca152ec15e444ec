/** Placing merged cells on a table's grid, HTML-style: covered positions have no cell of their own. */
import { placeCells } from "../../src/tree/grid";
import type { Cell, Row } from "../../src/tree/types";
import { reported } from "../support/reported";

const c = (colSpan?: number, rowSpan?: number): Cell => ({
  type: "cell",
  children: [],
  ...(colSpan && { colSpan }),
  ...(rowSpan && { rowSpan }),
});
const rows = (...cells: Cell[][]): Row[] => cells.map((cs) => ({ type: "row", cells: cs }));
/** The grid of `table` and what placing it reported. */
const placed = (table: Row[], columns: number) => {
  const { result, problems } = reported((report) => placeCells(table, columns, report));
  return { ...result, problems };
};

describe("the grid of a table", () => {
  it("puts each cell after the columns taken by cells merged down from above", () => {
    const g = placed(rows([c(1, 2), c(), c()], [c(), c()]), 3);
    expect(g.problems).toEqual([]);
    expect(g.rows[1].map((p) => p.column)).toEqual([1, 2]);
    expect(g.coveredFrom[1][0]?.row).toBe(0);
  });

  it("counts a cell merged across columns as that many columns", () => {
    const g = placed(rows([c(2), c()], [c(), c(), c()]), 3);
    expect(g.rows[0].map((p) => [p.column, p.colSpan])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    expect(g.problems).toEqual([]);
  });

  it("reports a row that needs more columns than the table has", () => {
    expect(placed(rows([c(), c(), c()]), 2).problems).toEqual([
      {
        severity: "error",
        code: "TABLE_INVALID",
        message: expect.stringMatching(/dòng 1 có 3 ô .* chỉ có 2 cột/),
        path: [0],
      },
    ]);
  });

  it("reports a merge down past the last row, at that row", () => {
    expect(placed(rows([c()], [c(1, 3)]), 1).problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/gộp 3 dòng/), path: [1] }),
    ]);
  });

  it("reports nothing when the writers place a table without a report", () => {
    expect(placeCells(rows([c(), c(), c()]), 2).rows[0]).toHaveLength(2);
  });
});

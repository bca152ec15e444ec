/**
 * `vanthu render _chung.yaml --du-lieu don-vi.xlsx [--bang-tinh "Trang"]`: the rows of a
 * spreadsheet as inputs of the batch, each a unit inheriting the shared file (src/sheet/).
 * Problems with the sheet as a whole (not found, an old .xls, a header that is not a field) stop
 * the run; a row whose cells hold error values is reported and the other rows still render.
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { Input } from "./inputs";

export async function sheetInputs(
  sheetFile: string,
  sheetName: string | undefined,
  baseFile: string,
): Promise<{ inputs: Input[]; failed: Diagnostic[]; problems: Diagnostic[] }> {
  // Loaded only for --du-lieu: exceljs is large.
  const { readTable } = require("../sheet/read-table") as typeof import("../sheet/read-table");
  const { unitsOf } = require("../sheet/units") as typeof import("../sheet/units");
  const read = await readTable(sheetFile, sheetName);
  if ("problem" in read)
    return {
      inputs: [],
      failed: [],
      problems: [diagnostic("FILE_UNREADABLE", read.problem, { file: sheetFile, stage: "load" })],
    };
  const { units, headers, problems } = unitsOf(read.table, sheetFile, baseFile);
  const inputs: Input[] = [];
  const failed: Diagnostic[] = [];
  for (const unit of units) {
    if (unit.problems.length) failed.push(...unit.problems);
    else inputs.push({ file: unit.file, name: unit.name, source: unit.source, cells: unit.cells, headers });
  }
  if (!problems.length && !units.length)
    problems.push(
      diagnostic(
        "INVALID_VALUE",
        "bảng tính chỉ có dòng tên cột, chưa có đơn vị nào (mỗi dòng sau dòng đầu là một đơn vị)",
        {
          file: `${sheetFile}:${read.table.sheet}`,
          stage: "load",
        },
      ),
    );
  return { inputs, failed, problems };
}

/**
 * `vanthu render _chung.yaml --du-lieu don-vi.xlsx [--bang-tinh "Trang"]`: the rows of a
 * spreadsheet as inputs of the batch, each a unit inheriting the shared file (src/sheet/).
 * Problems with the sheet as a whole (not found, an old .xls, a header that is not a field) stop
 * the run; a row whose cells hold error values is reported and the other rows still render.
 *
 * The sheet is read on a thread of its own that ends when it is read (`sheet-worker.ts`): a
 * workbook of 5,000 rows took some 60 MB of the heap while exceljs read it, which the main thread
 * kept for the whole batch. The inputs come back a few hundred at a time: in one message, 5,000
 * rows' worth arrived at once, which made this thread's young generation grow past a worker's
 * before the batch could hold it there (`../young-generation.ts`). The thread's young generation
 * is kept small (`SHEET_YOUNG_MB`). Running from TypeScript sources (no compiled worker), in this
 * thread.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { diagnostic, internalError, type Diagnostic } from "../diagnostic";
import { holdYoung } from "../young-generation";
import type { Input } from "./inputs";

export interface SheetInputs {
  inputs: Input[];
  failed: Diagnostic[];
  problems: Diagnostic[];
}

/** The compiled worker: beside this file (tsc's dist/src/cli) or one folder up from a command's bundle. */
const WORKER = [join(__dirname, "sheet-worker.js"), join(__dirname, "../sheet-worker.js")].find((f) =>
  existsSync(f),
);

/**
 * The sheet's thread's young generation. Left at V8's size, it made reading 5,000 rows the peak of
 * the whole run (155–164 MB, more than rendering them); at 12 MB the read peaks at 132–137 MB in
 * the same time (measured; 6 MB was worse: more of exceljs's data reached the old generation).
 */
export const SHEET_YOUNG_MB = 12;

/** How many inputs the sheet's thread sends in one message. */
export const INPUTS_PER_MESSAGE = 250;

/** What the sheet's thread sends: some of the inputs, then (last) what failed. */
export type SheetMessage = Pick<SheetInputs, "inputs"> | Omit<SheetInputs, "inputs">;

export function sheetInputs(
  sheetFile: string,
  sheetName: string | undefined,
  baseFile: string,
): Promise<SheetInputs> {
  if (!WORKER) return readSheetInputs(sheetFile, sheetName, baseFile);
  return new Promise((resolve) => {
    const failure = (why: unknown) =>
      resolve({
        inputs: [],
        failed: [],
        problems: [internalError(why, sheetFile, "load", "khi đọc bảng tính")],
      });
    const inputs: Input[] = [];
    const worker = new Worker(WORKER, {
      workerData: { sheetFile, sheetName, baseFile },
      resourceLimits: { maxYoungGenerationSizeMb: SHEET_YOUNG_MB },
    });
    worker.on("message", (message: SheetMessage) => {
      if ("inputs" in message) {
        for (const input of message.inputs) inputs.push(input);
        holdYoung();
      } else resolve({ inputs, ...message });
    });
    worker.once("error", failure);
    worker.once("exit", (code) => failure(`luồng đọc bảng tính dừng (mã ${code})`));
  });
}

/** The rows of the sheet as inputs, read in this thread. */
export async function readSheetInputs(
  sheetFile: string,
  sheetName: string | undefined,
  baseFile: string,
): Promise<SheetInputs> {
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

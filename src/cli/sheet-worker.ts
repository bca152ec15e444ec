/**
 * The thread that reads a spreadsheet of units (`sheet-inputs.ts`): reads it, posts the inputs
 * back, and ends, taking the memory exceljs used with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readSheetInputs } from "./sheet-inputs";

const { sheetFile, sheetName, baseFile } = workerData as {
  sheetFile: string;
  sheetName?: string;
  baseFile: string;
};

void readSheetInputs(sheetFile, sheetName, baseFile).then((read) => parentPort!.postMessage(read));

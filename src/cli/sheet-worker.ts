/**
 * The thread that reads a spreadsheet of units (`sheet-inputs.ts`): reads it, posts the inputs
 * back a part at a time, then what failed, and ends, taking the memory exceljs used with it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { INPUTS_PER_MESSAGE, readSheetInputs, type SheetMessage } from "./sheet-inputs";

const { sheetFile, sheetName, baseFile } = workerData as {
  sheetFile: string;
  sheetName?: string;
  baseFile: string;
};

const post = (message: SheetMessage) => parentPort!.postMessage(message);

void readSheetInputs(sheetFile, sheetName, baseFile).then(({ inputs, failed, problems }) => {
  for (let i = 0; i < inputs.length; i += INPUTS_PER_MESSAGE)
    post({ inputs: inputs.slice(i, i + INPUTS_PER_MESSAGE) });
  post({ failed, problems });
});

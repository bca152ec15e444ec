/**
 * The edge that reads the workbooks ```bang blocks name (`tep: so-lieu.xlsx`): an .xlsx through
 * exceljs, or a .csv (one sheet, named after the file), refused as the list of units is
 * (read-table.ts: too large, an old .xls, a password). Each cell is given as the sheet shows it
 * (display.ts). A reader keeps the workbooks it read while their files are unchanged (the same
 * `fileStamp`), so a batch of units sharing one workbook reads it once per process.
 */
import { fileStamp } from "../read-file";
import { displayer, type DisplayText } from "./display";
import { csvRecords, csvSheetName, loadXlsx, openSpreadsheet } from "./read-table";
import type { GridCell, Merge, Workbook, WorkbookResult } from "./workbook";

/** Workbooks kept per reader: a document names a few, not dozens. */
const KEPT = 8;

export type ReadWorkbook = (file: string) => Promise<WorkbookResult>;

export function createWorkbookReader(): ReadWorkbook {
  const kept = new Map<string, { stamp: string; result: WorkbookResult }>();
  return async (file) => {
    const stamp = fileStamp(file);
    const hit = kept.get(file);
    if (hit && stamp && hit.stamp === stamp) return hit.result;
    const result = await readWorkbook(file);
    kept.delete(file);
    if (stamp) kept.set(file, { stamp, result });
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return result;
  };
}

export async function readWorkbook(file: string): Promise<WorkbookResult> {
  const opened = openSpreadsheet(file);
  if ("problem" in opened) return { error: opened.problem };
  if (opened.csv) {
    const read = await csvRecords(opened.bytes);
    if ("problem" in read) return { error: read.problem };
    const name = csvSheetName(file);
    const { records } = read;
    return {
      workbook: {
        sheets: [name],
        cell: (sheet, row, column) => {
          const text = sheet === name ? records[row - 1]?.[column - 1] : undefined;
          return text ? { text } : undefined;
        },
        merges: () => [],
      },
    };
  }
  const loaded = await loadXlsx(opened.bytes);
  if ("problem" in loaded) return { error: loaded.problem };
  const displayText = displayer(await import("numfmt"));
  const { workbook } = loaded;
  const merges = new Map<string, Merge[]>();
  const workbookView: Workbook = {
    sheets: workbook.worksheets.map((w) => w.name),
    cell: (sheet, row, column) => {
      const cell = workbook.getWorksheet(sheet)?.findCell(row, column);
      const grid = cell ? gridCell(cell.value, cell.numFmt, displayText) : undefined;
      // A cell set in bold (a total row) stays bold in the table.
      return grid && "text" in grid && cell?.font?.bold ? { ...grid, bold: true } : grid;
    },
    merges: (sheet) => {
      let list = merges.get(sheet);
      if (!list) {
        const ranges = (workbook.getWorksheet(sheet)?.model.merges ?? []) as string[];
        merges.set(sheet, (list = ranges.map(mergeOf).filter((m): m is Merge => m !== undefined)));
      }
      return list;
    },
  };
  return { workbook: workbookView };
}

/** An exceljs cell value as the sheet shows it, or its error. */
function gridCell(raw: unknown, numFmt: string | undefined, displayText: DisplayText): GridCell | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string" || raw instanceof Date)
    return { text: displayText(raw, numFmt) };
  if (typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return { text: o.richText.map((r: { text?: string }) => r.text ?? "").join("") };
    if ("error" in o) return { error: `có giá trị lỗi ${String(o.error)}` };
    if ("result" in o && o.result !== undefined) return gridCell(o.result, numFmt, displayText);
    if ("formula" in o || "sharedFormula" in o)
      return { error: "là công thức chưa có kết quả (mở và lưu lại tệp trong Excel)" };
    if (typeof o.text === "string") return { text: o.text };
  }
  return { text: String(raw) };
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;
function mergeOf(range: string): Merge | undefined {
  const [a, b] = range.split(":").map((c) => A1.exec(c.toUpperCase()));
  if (!a || !b) return undefined;
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { top: Number(a[2]), left: col(a[1]), bottom: Number(b[2]), right: col(b[1]) };
}

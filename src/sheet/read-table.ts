/**
 * Reading a list of units from a spreadsheet: `.xlsx` (exceljs, streaming-free but bounded) or
 * `.csv` in UTF-8 with or without BOM (csv-parse). The result is the sheet's cells by row and
 * column, as typed values, with the limits stated and enforced; an old `.xls`, a
 * password-protected workbook, a file that is neither, or a sheet that is not there is one clear
 * Vietnamese problem.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { cellOf, type Cell } from "./cells";

/** Limits: a spreadsheet of units is a list of offices, not a database. */
export const SHEET_LIMITS = { bytes: 20 * 1024 * 1024, rows: 10_000, columns: 200, cellChars: 32_767 };

export interface Table {
  /** The sheet's name (a CSV file: its name without folder). */
  sheet: string;
  /** Rows with their 1-based row number as in Excel; cells by 1-based column. */
  rows: { row: number; cells: Map<number, Cell> }[];
}

export type TableResult = { table: Table } | { problem: string };

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readTable(file: string, sheetName?: string): Promise<TableResult> {
  const opened = openSpreadsheet(file);
  if ("problem" in opened) return opened;
  if (opened.csv) return readCsv(opened.bytes, file, sheetName);
  return readXlsx(opened.bytes, sheetName);
}

/** The same from a file's bytes and name (a spreadsheet sent to the web form). */
export async function readTableFrom(bytes: Buffer, name: string, sheetName?: string): Promise<TableResult> {
  const checked = checkSpreadsheet(bytes, name);
  if ("problem" in checked) return checked;
  if (checked.csv) return readCsv(bytes, name, sheetName);
  return readXlsx(bytes, sheetName);
}

/**
 * A spreadsheet file's bytes, refused when too large, an old .xls, password-protected, or
 * neither .xlsx nor .csv; `csv` tells which reader takes it.
 */
export function openSpreadsheet(file: string): { bytes: Buffer; csv: boolean } | { problem: string } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    return { problem: fileProblem(e) };
  }
  if (size > SHEET_LIMITS.bytes) return { problem: tooLarge(size) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { problem: fileProblem(e) };
  }
  return checkSpreadsheet(bytes, file);
}

const tooLarge = (size: number) =>
  `tệp bảng tính quá lớn (${Math.round(size / 1048576)} MB, tối đa 20 MB); hãy tách thành nhiều tệp`;

/** The checks of `openSpreadsheet` on bytes already read; `name` tells a .csv by its extension. */
export function checkSpreadsheet(
  bytes: Buffer,
  name: string,
): { bytes: Buffer; csv: boolean } | { problem: string } {
  if (bytes.length > SHEET_LIMITS.bytes) return { problem: tooLarge(bytes.length) };
  if (bytes.subarray(0, 8).equals(OLE)) {
    const encrypted = bytes.includes(Buffer.from("EncryptedPackage", "utf16le"));
    return {
      problem: encrypted
        ? "bảng tính có mật khẩu: mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại"
        : "tệp .xls (Excel 97–2003) không đọc được; mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (hoặc .csv UTF-8)",
    };
  }
  if (extname(name).toLowerCase() === ".csv") return { bytes, csv: true };
  if (bytes.subarray(0, 2).toString("latin1") !== "PK")
    return { problem: "tệp không phải bảng tính .xlsx hay .csv; lưu bảng tính dạng .xlsx hoặc .csv (UTF-8)" };
  return { bytes, csv: false };
}

function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "không tìm thấy tệp";
  if (code === "EISDIR") return "đây là thư mục, không phải tệp";
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc tệp";
  return `không đọc được tệp (${code ?? String(e)})`;
}

/** An .xlsx workbook loaded by exceljs, or why it cannot be. */
export async function loadXlsx(
  bytes: Buffer,
): Promise<{ workbook: import("exceljs").Workbook } | { problem: string }> {
  const { Workbook } = (await import("exceljs")).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return {
      problem: `tệp .xlsx hỏng hoặc không phải bảng tính Excel (${(e as Error).message.split("\n")[0]})`,
    };
  }
  return { workbook };
}

async function readXlsx(bytes: Buffer, sheetName?: string): Promise<TableResult> {
  const loaded = await loadXlsx(bytes);
  if ("problem" in loaded) return loaded;
  const { workbook } = loaded;
  const names = workbook.worksheets.map((w) => w.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet)
    return {
      problem:
        sheetName === undefined
          ? "bảng tính không có trang tính nào"
          : `không có trang tính "${sheetName}"; các trang tính có: ${names.join(", ")}`,
    };
  if (sheet.actualRowCount > SHEET_LIMITS.rows + 1)
    return {
      problem: `trang tính ${sheet.name} có ${sheet.actualRowCount} dòng, tối đa ${SHEET_LIMITS.rows}; hãy tách thành nhiều tệp`,
    };
  if (sheet.actualColumnCount > SHEET_LIMITS.columns)
    return {
      problem: `trang tính ${sheet.name} có ${sheet.actualColumnCount} cột, tối đa ${SHEET_LIMITS.columns}`,
    };
  const rows: Table["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, Cell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellOf(cell.value);
      if ("value" in value && value.value === undefined) return;
      cells.set(column, clip(value));
    });
    if (cells.size) rows.push({ row: rowNumber, cells });
  });
  return { table: { sheet: sheet.name, rows } };
}

async function readCsv(bytes: Buffer, file: string, sheetName?: string): Promise<TableResult> {
  const name = csvSheetName(file);
  if (sheetName !== undefined && sheetName !== name)
    return { problem: `tệp CSV chỉ có một trang tính (${name}); bỏ --bang-tinh` };
  const records = await csvRecords(bytes);
  if ("problem" in records) return records;
  const rows: Table["rows"] = [];
  records.records.forEach((record, i) => {
    const cells = new Map<number, Cell>();
    record.forEach((v, c) => v.trim() !== "" && cells.set(c + 1, clip({ value: v })));
    if (cells.size) rows.push({ row: i + 1, cells });
  });
  return { table: { sheet: name, rows } };
}

/** A CSV file's one sheet is named after the file: `so-lieu.csv` → `so-lieu`. */
export const csvSheetName = (file: string): string =>
  file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.csv$/i, "");

/**
 * A CSV file's records (UTF-8, with or without BOM; comma, semicolon or tab, whichever the first
 * line has most of), within the sheet limits.
 */
export async function csvRecords(bytes: Buffer): Promise<{ records: string[][] } | { problem: string }> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      problem: "tệp CSV không phải UTF-8; trong Excel chọn Lưu thành > CSV UTF-8 (phân cách bằng dấu phẩy)",
    };
  }
  const { parse } = await import("csv-parse/sync");
  let records: string[][];
  try {
    const first = text.split("\n")[0];
    const delimiter = [",", ";", "\t"].sort((a, b) => first.split(b).length - first.split(a).length)[0];
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      to: SHEET_LIMITS.rows + 2,
    });
  } catch (e) {
    return { problem: `tệp CSV sai cấu trúc: ${(e as Error).message.split("\n")[0]}` };
  }
  if (records.length > SHEET_LIMITS.rows + 1)
    return { problem: `tệp CSV có hơn ${SHEET_LIMITS.rows} dòng; hãy tách thành nhiều tệp` };
  if (records.some((r) => r.length > SHEET_LIMITS.columns))
    return { problem: `tệp CSV có dòng quá ${SHEET_LIMITS.columns} cột` };
  return { records };
}

/** A cell longer than Excel allows is cut there (Excel itself cannot hold more). */
const clip = (cell: Cell): Cell =>
  "value" in cell && typeof cell.value === "string" && cell.value.length > SHEET_LIMITS.cellChars
    ? { error: `ô dài ${cell.value.length} ký tự, tối đa ${SHEET_LIMITS.cellChars}` }
    : cell;

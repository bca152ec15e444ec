/**
 * A workbook's cells as values vanthu takes: numbers stay numbers, dates (Excel's serial dates,
 * read by exceljs as Date) become calendar dates, rich text and hyperlinks their text, formulas
 * their last computed result; an error value (#DIV/0!, #N/A) is a problem of that cell.
 */
import type { CalendarDate } from "../schema/date";

export type CellValue = string | number | boolean | CalendarDate | undefined;

export type Cell = { value: CellValue } | { error: string };

/** Excel's day 0 (1899-12-30, the 1900 leap-year bug included) in ms since the epoch. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The calendar date of a date exceljs read (UTC midnight, plus any time of day). */
const utcDate = (d: Date): CalendarDate => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
});

/** A serial date (45828 → 20 June 2025). */
export const serialDate = (serial: number): CalendarDate =>
  utcDate(new Date(EXCEL_EPOCH + Math.round(serial) * 86400000));

/** An exceljs cell value (`cell.value`) as a vanthu value. */
export function cellOf(raw: unknown): Cell {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  if (typeof raw === "string") return { value: raw };
  if (raw instanceof Date) return { value: utcDate(raw) };
  if (typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return { value: o.richText.map((r: { text?: string }) => r.text ?? "").join("") };
    if ("error" in o) return { error: String(o.error) };
    if ("result" in o) return cellOf(o.result);
    if ("formula" in o || "sharedFormula" in o)
      return { error: "công thức chưa có kết quả (mở và lưu lại tệp trong Excel)" };
    if (typeof o.text === "string") return { value: o.text };
  }
  return { value: String(raw) };
}

/** "A", …, "Z", "AA", … for column 1, 2, … */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A cell's text as a sheet shows it: its value formatted by its Excel number format (numfmt, a
 * well-kept implementation of Excel's format language), with the separators of a Vietnamese
 * Excel: `#,##0.0` prints 1.234,5, `0.0%` prints 98,6%, `General` prints 1234,5. A format says
 * where digits are grouped and how many decimals show; which characters separate them is the
 * reader's locale, and a Vietnamese document is read in Vietnamese. Dates print as their format
 * writes them (`dd/mm/yyyy` → 20/06/2025; month names in Vietnamese); text prints as typed.
 */
import type * as Numfmt from "numfmt";

const LOCALE = { locale: "vi" };
/** Excel's day 0 (1899-12-30, the 1900 leap-year bug included) in ms since the epoch. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export type DisplayText = (value: string | number | boolean | Date, numFmt: string | undefined) => string;

/**
 * The display function, given numfmt (loaded by the caller when a workbook is read, as
 * `await import("numfmt")`: the command line does not load it to start).
 */
export const displayer =
  ({ format, isValidFormat }: typeof Numfmt): DisplayText =>
  (value, numFmt) => {
    if (typeof value === "string") return value;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    // exceljs reads a date-formatted number as a Date (at UTC midnight plus the time of day).
    const n = value instanceof Date ? (value.getTime() - EXCEL_EPOCH) / 86400000 : value;
    const pattern =
      numFmt && isValidFormat(numFmt) ? numFmt : value instanceof Date ? "dd/mm/yyyy" : "General";
    return format(pattern, n, LOCALE).trim();
  };

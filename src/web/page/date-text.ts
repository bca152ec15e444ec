/**
 * Dates between the form and the document: the form shows and takes them as people write
 * them (dd/mm/yyyy, day first), the document holds ISO (YYYY-MM-DD) as vanthu writes YAML.
 * A year alone (a draft) stays a year; text that is no date is kept as typed, so the server's
 * check reports it beside the field instead of the form dropping it.
 */
import { readDate } from "../../schema/date";
import { dayFirst, writtenDate } from "../../template/format";

/** The ISO date a typed date means (any form schema/date.ts reads), or undefined. */
export function isoOf(text: string): string | undefined {
  const read = readDate(text);
  return "date" in read ? writtenDate({ kind: "date", date: read.date }) : undefined;
}

/** What the document holds for the form's text: ISO for a date, a number for a year alone, else the text. */
export function storedDate(text: string, required: boolean): unknown {
  if (text.trim() === "") return required ? "" : undefined;
  const read = readDate(text);
  if ("year" in read) return read.year;
  return "date" in read ? writtenDate({ kind: "date", date: read.date }) : text;
}

/** What the form shows for a value of the document: dd/mm/yyyy for an ISO date, else the value as it is. */
export function shownDate(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  const read = /^\d{4}-\d{2}-\d{2}$/.test(text) ? readDate(text) : {};
  return "date" in read ? dayFirst(read.date) : text;
}

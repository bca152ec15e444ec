/**
 * `ngay` as people type it, read once: ISO (2025-03-10), day first with "/", "-" or "."
 * (10/03/2025, 10/3/2025, 10-03-2025, 10.03.2025), or in words ("ngày 10 tháng 3 năm 2025");
 * never month first. A year alone is a draft's date (day and month left blank). A date that does
 * not exist comes back with the date most likely meant, to propose in the message. Pure: the
 * schema and the web form both use it.
 */

/** A real calendar date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * `ngay` once read, as the schema yields it (schema/common.ts `ngaySchema`): a date; a draft's
 * year alone (its day and month left blank); or a draft's blank (no date yet: this year's).
 */
export type DocumentDate =
  { kind: "date"; date: CalendarDate } | { kind: "year"; year: number } | { kind: "blank" };

export type ReadDate =
  | { date: CalendarDate }
  /** A year alone: a draft whose day and month are left blank. */
  | { year: number }
  /** No date: `meant` is the real date the text most likely stands for, when there is one. */
  | { meant?: CalendarDate };

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const IN_WORDS = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})$/iu;

export const isRealDate = ({ year, month, day }: CalendarDate): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Read `text` as a date, a year alone, or neither (with the date likely meant). */
export function readDate(text: string): ReadDate {
  const t = text.normalize("NFC").trim();
  if (/^\d{4}$/.test(t) && t !== "0000") return { year: Number(t) };
  const parts = ISO.exec(t)?.slice(1).reverse() ?? DAY_FIRST.exec(t)?.slice(1) ?? IN_WORDS.exec(t)?.slice(1);
  if (!parts) return {};
  const [day, month, written] = parts.map(Number);
  const twoDigits = parts[2].length === 2;
  const year = twoDigits ? 2000 + written : written;
  const date = { year, month, day };
  if (!twoDigits && year > 0 && isRealDate(date)) return { date };
  return { meant: likelyMeant(date) };
}

/** The real date nearest to what was typed: the year in full, month and day swapped, the month's last day. */
function likelyMeant({ year, month, day }: CalendarDate): CalendarDate | undefined {
  if (year <= 0) return undefined;
  const exact = { year, month, day };
  if (isRealDate(exact)) return exact;
  const swapped = { year, month: day, day: month };
  if (isRealDate(swapped)) return swapped;
  if (month >= 1 && month <= 12 && day > daysIn(year, month))
    return { year, month, day: daysIn(year, month) };
  return undefined;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The calendar date of a clock's `Date`, in local time (today's date, as the user's calendar shows it). */
export const calendarDateOf = (d: Date): CalendarDate => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
});

/** 2025-03-10, as vanthu stores a date. */
export const isoDate = ({ year, month, day }: CalendarDate) => `${year}-${two(month)}-${two(day)}`;

/** "ngày 10 tháng 3 năm 2025", as a message proposes a date. */
export const dateInWords = ({ year, month, day }: CalendarDate) => `ngày ${day} tháng ${month} năm ${year}`;

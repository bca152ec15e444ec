/**
 * Dates between the form and the document: the form shows and takes them as people write
 * them (dd/mm/yyyy, day first), the document holds ISO (YYYY-MM-DD) as vanthu writes YAML.
 * A year alone (a draft) stays a year; text that is no date is kept as typed, so the server's
 * check reports it beside the field instead of the form dropping it.
 */

/** Day, month, year of a date written day first (10/03/2025, 1-3-2025, 10.03.2025) or ISO. */
function readDate(text: string): [number, number, number] | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (!d) return undefined;
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [day, month, year] : undefined;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The ISO date a typed date means, or undefined. */
export function isoOf(text: string): string | undefined {
  const dmy = readDate(text);
  return dmy && `${dmy[2]}-${two(dmy[1])}-${two(dmy[0])}`;
}

/** What the document holds for the form's text: ISO for a date, a number for a year alone, else the text. */
export function storedDate(text: string, required: boolean): unknown {
  if (text.trim() === "") return required ? "" : undefined;
  if (/^\d{4}$/.test(text.trim())) return Number(text.trim());
  return isoOf(text) ?? text;
}

/** What the form shows for a value of the document: dd/mm/yyyy for an ISO date, else the value as it is. */
export function shownDate(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso && isoOf(text) ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}

/**
 * The Vietnamese number line, date line and recipient lists, formatted by the profile's rules.
 * Pure functions; the Handlebars helpers in `env.ts` call them.
 */
import type { Profile } from "../profile/schema";

/** A `{value}` of a profile's pattern. */
export const KEY = /\{(\w+)\}/g;

/** `{key}` → its value; a `[...]` part is kept only when every key inside it has a value. */
export const fill = (pattern: string, values: Record<string, string>) =>
  pattern
    .replace(/\[([^\]]*)\]/g, (_, part: string) =>
      [...part.matchAll(KEY)].every((m) => values[m[1]]) ? part : "",
    )
    .replace(KEY, (_, k: string) => values[k] ?? "");

/**
 * The symbol after the number: the given `ky_hieu`, or the kind's own pattern, or the profile's
 * ("CV/TU"; state: "QĐ-UBND", and a công văn "UBND-VX" from the drafting unit `donVi`).
 */
export function formatKyHieu(
  profile: Profile,
  loai: string,
  vietTat: string,
  kyHieu?: string,
  donVi?: string,
): string {
  const pattern = profile.kinds[loai]?.ky_hieu ?? profile.number.ky_hieu;
  return (
    kyHieu ?? fill(pattern, { loai: profile.kinds[loai]?.code ?? "", co_quan: vietTat, don_vi: donVi ?? "" })
  );
}

/** The number as printed: zero-padded to the profile's width; an empty number is the profile's blank. */
export const printedSo = (profile: Profile, so: string) =>
  so === "" ? profile.number.blank : so.padStart(profile.number.pad, "0");

/** "Số 1866-CV/TU"; a number below 10 is zero-padded; an empty number leaves the registration blank. */
export function formatSo(profile: Profile, so: string, kyHieu: string): string {
  return fill(profile.number.line, { so: printedSo(profile, so), ky_hieu: kyHieu });
}

/**
 * The day, month and year of `ngay` as printed (the profile's padding). `ngay` is YYYY-MM-DD, a year
 * alone (a draft: day and month left blank), or empty (a draft of this year, taken from `today`).
 */
export function printedDate(
  profile: Profile,
  ngay: string,
  today: Date,
): { ngay: string; thang: string; nam: string } {
  const { blank, pad_day, pad_months } = profile.date;
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(ngay);
  if (!m || !m[2]) return { ngay: blank, thang: blank, nam: m?.[1] ?? String(today.getFullYear()) };
  const day = Number(m[3]);
  const month = Number(m[2]);
  return {
    ngay: pad_day ? String(day).padStart(2, "0") : String(day),
    thang: pad_months.includes(month) ? String(month).padStart(2, "0") : String(month),
    nam: m[1],
  };
}

/**
 * "Lạng Sơn, ngày 21 tháng 7 năm 2020". `ngay` is YYYY-MM-DD, a year alone (a draft: day and
 * month left blank), or empty (a draft of this year, taken from `today`).
 */
export function formatNgay(profile: Profile, diaDanh: string, ngay: string, today: Date): string {
  return fill(profile.date.line, { dia_danh: diaDanh, ...printedDate(profile, ngay, today) });
}

/** List items with the profile's end punctuation, unless the author typed their own. */
export function formatList(items: readonly string[], separator: string, last: string): string[] {
  return items.map((raw, i) => {
    const item = raw.trim().replace(/^[-–]\s+/, "");
    return /[,;.:!?]$/.test(item) ? item : item + (i === items.length - 1 ? last : separator);
  });
}

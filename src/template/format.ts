/**
 * Every printed form of a document's facts, in one place: the number and the ký hiệu (joint
 * issuers' abbreviations included), the date line and the date in running text, recipient lists,
 * filled by the profile's rules. Pure functions; the Handlebars helpers (`env.ts`), the phụ lục
 * lines (`compose/appendix.ts`), output names (`cli/naming.ts`), the blanks of shared parts
 * (`inherit/blanks.ts`) and the web form (`web/page/date-text.ts`) call them.
 */
import type { Profile } from "../profile/schema";
import type { CalendarDate } from "../schema/date";

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

/** "BTCTU-BDVTU": the abbreviations of the issuer and its joint issuers, joined by the profile. */
export function jointVietTat(
  profile: Profile,
  coQuan: { viet_tat: string },
  dongBanHanh: readonly { viet_tat: string }[] = [],
): string {
  return [coQuan, ...dongBanHanh].map((c) => c.viet_tat).join(profile.number.join);
}

/** The facts of a document its ký hiệu is made of. */
export interface KyHieuFacts {
  loai: string;
  co_quan: { viet_tat: string; don_vi?: string };
  dong_ban_hanh?: readonly { viet_tat: string }[];
  ky_hieu?: string;
}

/** A document's ký hiệu as printed: the one given, or made from its kind and issuers ("QC/BTCTU-BDVTU"). */
export const printedKyHieu = (profile: Profile, doc: KyHieuFacts): string =>
  formatKyHieu(
    profile,
    doc.loai,
    jointVietTat(profile, doc.co_quan, doc.dong_ban_hanh),
    doc.ky_hieu,
    doc.co_quan.don_vi,
  );

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

const two = (n: number) => String(n).padStart(2, "0");

/** "20/06/2025": a date in running text and in the web form, day first, day and month zero-padded. */
export const dayFirst = ({ year, month, day }: CalendarDate): string => `${two(day)}/${two(month)}/${year}`;

/** List items with the profile's end punctuation, unless the author typed their own. */
export function formatList(items: readonly string[], separator: string, last: string): string[] {
  return items.map((raw, i) => {
    const item = raw.trim().replace(/^[-–]\s+/, "");
    return /[,;.:!?]$/.test(item) ? item : item + (i === items.length - 1 ? last : separator);
  });
}

/**
 * Every printed form of a document's facts, in one place: the number and the ký hiệu (joint
 * issuers' abbreviations included), the date line and the date in running text, `ngay` and `so`
 * as YAML writes them (what templates and file names see: `writtenFacts`), recipient lists, filled
 * by the profile's rules from the typed values the schema yields (`ngay` a `DocumentDate`, `so` a
 * number). Pure functions; the Handlebars helpers (`env.ts`), the phụ lục lines
 * (`compose/appendix.ts`), output names (`cli/naming.ts`), the blanks of shared parts
 * (`inherit/blanks.ts`), the web form (`web/page/date-text.ts`), the sheet reader and import (a
 * date as YAML holds it) call them.
 */
import type { Profile } from "../profile/schema";
import { isoDate, type CalendarDate, type DocumentDate } from "../schema/date";

const two = (n: number) => String(n).padStart(2, "0");

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

/** The number as printed: zero-padded to the profile's width; no number (a draft) is the profile's blank. */
export const printedSo = (profile: Profile, so: number | undefined) =>
  so === undefined ? profile.number.blank : String(so).padStart(profile.number.pad, "0");

/** "Số 1866-CV/TU"; a number below 10 is zero-padded; no number leaves the registration blank. */
export function formatSo(profile: Profile, so: number | undefined, kyHieu: string): string {
  return fill(profile.number.line, { so: printedSo(profile, so), ky_hieu: kyHieu });
}

/**
 * The day, month and year of `ngay` as printed (the profile's padding). A draft's year alone
 * leaves day and month blank (the profile's blank); a draft's blank takes this year, from `today`.
 */
export function printedDate(
  profile: Profile,
  ngay: DocumentDate,
  today: Date,
): { ngay: string; thang: string; nam: string } {
  const { blank, pad_day, pad_months } = profile.date;
  if (ngay.kind === "blank") return { ngay: blank, thang: blank, nam: String(today.getFullYear()) };
  if (ngay.kind === "year") return { ngay: blank, thang: blank, nam: String(ngay.year) };
  const { day, month, year } = ngay.date;
  return {
    ngay: pad_day ? two(day) : String(day),
    thang: pad_months.includes(month) ? two(month) : String(month),
    nam: String(year),
  };
}

/** "Lạng Sơn, ngày 21 tháng 7 năm 2020": the date line, the profile's `date.line` filled by `printedDate`. */
export function formatNgay(profile: Profile, diaDanh: string, ngay: DocumentDate, today: Date): string {
  return fill(profile.date.line, { dia_danh: diaDanh, ...printedDate(profile, ngay, today) });
}

/**
 * `ngay` as YAML holds it, and as a template's `{{ngay}}` and a file name's `{ngay}` show it:
 * "2020-07-21", a draft's year "2020", a draft's blank "".
 */
export function writtenDate(ngay: DocumentDate): string {
  if (ngay.kind === "date") return isoDate(ngay.date);
  return ngay.kind === "year" ? String(ngay.year) : "";
}

/** `so` as a template's `{{so}}` and a file name's `{so}` show it: "1866", or "" for a draft. */
export const writtenSo = (so: number | undefined): string => (so === undefined ? "" : String(so));

/** The typed facts a document is made of, read by the helpers; the rest of its input as it is. */
export interface DocumentFacts {
  ngay: DocumentDate;
  so?: number;
  /** Enclosed documents, each with facts of its own (`EnclosedDocument` is typed loosely). */
  kem_theo?: readonly unknown[];
}

/**
 * What a template and a file name pattern see of a document: its input, with `ngay` and `so` as
 * written (`writtenDate`, `writtenSo`), in its enclosures too. A template prints the date line and
 * the number line with the helpers (`{{ngay_thang}}`, `{{so_ky_hieu}}`), which read the typed facts.
 */
export function writtenFacts<T extends DocumentFacts>(
  input: T,
): Omit<T, "ngay" | "so" | "kem_theo"> & { ngay: string; so: string; kem_theo?: unknown[] } {
  return {
    ...input,
    ngay: writtenDate(input.ngay),
    so: writtenSo(input.so),
    ...(input.kem_theo && { kem_theo: input.kem_theo.map((e) => writtenFacts(e as DocumentFacts)) }),
  };
}

/** "20/06/2025": a date in running text and in the web form, day first, day and month zero-padded. */
export const dayFirst = ({ year, month, day }: CalendarDate): string => `${two(day)}/${two(month)}/${year}`;

/** List items with the profile's end punctuation, unless the author typed their own. */
export function formatList(items: readonly string[], separator: string, last: string): string[] {
  return items.map((raw, i) => {
    const item = raw.trim().replace(/^[-–]\s+/, "");
    return /[,;.:!?]$/.test(item) ? item : item + (i === items.length - 1 ? last : separator);
  });
}

/**
 * The values of the header's printed lines, read back by the profile's own patterns and leniently
 * (a Word user types "ngày 6 tháng 6 năm 2014"; the number line itself is read by
 * recognise/number-line.ts `readNumberLine`, in whatever form it is typed): the symbol → the
 * issuer's abbreviation (`viet_tat`, and `don_vi`, `dong_ban_hanh`), the date line → `dia_danh`
 * and `ngay` (a year alone when day and month are blank: a draft). Nothing here
 * guesses a value that is not printed.
 */
import type { Profile } from "../profile/schema";
import { readSymbol } from "../recognise/number-line";
import { isRealDate, type DocumentDate } from "../schema/date";

export interface Issuers {
  viet_tat: string;
  don_vi?: string;
  /** Abbreviations of the other issuers of a joint document ("QC/BTCTU-BDVTU"). */
  others: string[];
}

/**
 * The issuers' abbreviations in a number line's symbol, read where the number line is read
 * (recognise/number-line.ts `readSymbol`) with the kind's symbol pattern ("{loai}/{co_quan}", "{loai}-{co_quan}",
 * "{co_quan}[-{don_vi}]"); undefined when the symbol does not follow it or names another kind's code.
 */
export function issuersOf(profile: Profile, loai: string, kyHieu: string): Issuers | undefined {
  const parts = readSymbol(profile, kyHieu, loai);
  const pattern = profile.kinds[loai]?.ky_hieu ?? profile.number.ky_hieu;
  if (!parts.coQuan || (pattern.includes("{loai}") && parts.loai !== profile.kinds[loai]?.code))
    return undefined;
  const [first, ...others] = parts.coQuan.split(profile.number.join);
  return { viet_tat: first, ...(parts.donVi && { don_vi: parts.donVi }), others };
}

/**
 * The date line as anyone may have typed it, whatever the profile (recognise/number-line.ts
 * parseDateLine reads it by the profile's own pattern, to judge its form):
 * "Lạng Sơn, ngày 21 tháng 7 năm 2020" → dia_danh "Lạng Sơn", ngay 21 July 2020;
 * "Hà Nội, ngày    tháng    năm 2024" → ngay the year 2024 (a draft). Undefined when it is not a
 * date line or the date does not exist.
 */
export function lenientDateLine(line: string): { dia_danh: string; ngay: DocumentDate } | undefined {
  const m =
    /^\s*(.*?)\s*,?\s*ngày\s*(\d{0,2})\s*(?:tháng|\/)\s*(\d{0,2})\s*(?:năm|\/)\s*(\d{4})\s*\.?\s*$/iu.exec(
      line.normalize("NFC"),
    );
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  const dia_danh = place.replace(/,\s*$/, "").trim();
  if (!day && !month) return { dia_danh, ngay: { kind: "year", year: Number(year) } };
  if (!day || !month) return undefined;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  return isRealDate(date) ? { dia_danh, ngay: { kind: "date", date } } : undefined;
}

/** The kind whose title (or name) is this printed line ("BÁO CÁO", "Báo cáo"), in the profile. */
export function kindOfTitle(profile: Profile, line: string): string | undefined {
  const key = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi").replace(/\s+/g, " ").trim();
  const typed = key(line);
  return Object.entries(profile.kinds).find(
    ([, k]) => key(k.title ?? k.name) === typed || key(k.name) === typed,
  )?.[0];
}

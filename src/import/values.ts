/**
 * The values of the header's printed lines, read back by the profile's own patterns and leniently
 * (a Word user types "Số: 84 - CV/ĐU", "ngày 6 tháng 6 năm 2014"): the number line → `so` and the
 * symbol, the symbol → the issuer's abbreviation (`viet_tat`, and `don_vi`, `dong_ban_hanh`), the
 * date line → `dia_danh` and `ngay` as YYYY-MM-DD (a year alone when day and month are blank: a
 * draft). Nothing here guesses a value that is not printed.
 */
import type { Profile } from "../profile/schema";

/** "Số 84-CV/ĐU", "Số: 15/QĐ-UBND", "Số    -CV/TU" (a draft) → so "84", ky_hieu "CV/ĐU". */
export function parseNumberLine(line: string): { so: string; ky_hieu: string } | undefined {
  // A hyphen may be printed unbreakable (U+2011), as vanthu and Word do in the number line.
  const m = /^\s*số\s*:?\s*(\d*)\s*[-‐‑–/]?\s*(.*?)\s*$/iu.exec(line.normalize("NFC").replace(/[‐‑]/g, "-"));
  if (!m) return undefined;
  return { so: m[1].replace(/^0+(?=\d)/, ""), ky_hieu: m[2].replace(/\s*([-/])\s*/g, "$1") };
}

export interface Issuers {
  viet_tat: string;
  don_vi?: string;
  /** Abbreviations of the other issuers of a joint document ("QC/BTCTU-BDVTU"). */
  others: string[];
}

/**
 * The issuers' abbreviations in a symbol, by the kind's symbol pattern ("{loai}/{co_quan}",
 * "{loai}-{co_quan}", "{co_quan}[-{don_vi}]"); undefined when the symbol does not follow it.
 */
export function issuersOf(profile: Profile, loai: string, kyHieu: string): Issuers | undefined {
  const pattern = profile.kinds[loai]?.ky_hieu ?? profile.number.ky_hieu;
  const code = profile.kinds[loai]?.code ?? "";
  const source = pattern
    .split(/(\[[^\]]*\]|\{\w+\})/)
    .map((part) => {
      if (part.startsWith("[")) return `(?:${groups(part.slice(1, -1), code)})?`;
      return groups(part, code);
    })
    .join("");
  const m = new RegExp(`^${source}$`, "u").exec(kyHieu);
  if (!m?.groups?.co_quan) return undefined;
  const [first, ...others] = m.groups.co_quan.split(profile.number.join);
  return { viet_tat: first, ...(m.groups.don_vi && { don_vi: m.groups.don_vi }), others };
}

function groups(part: string, code: string): string {
  return part
    .split(/(\{\w+\})/)
    .map((p) =>
      p === "{loai}"
        ? escape(code)
        : p === "{co_quan}"
          ? "(?<co_quan>[^/]+?)"
          : p === "{don_vi}"
            ? "(?<don_vi>[^/-]+)"
            : escape(p),
    )
    .join("");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "Lạng Sơn, ngày 21 tháng 7 năm 2020" → dia_danh "Lạng Sơn", ngay "2020-07-21";
 * "Hà Nội, ngày    tháng    năm 2024" → ngay "2024". Undefined when it is not a date line or the
 * date does not exist.
 */
export function parseDateLine(line: string): { dia_danh: string; ngay: string } | undefined {
  const m =
    /^\s*(.*?)\s*,?\s*ngày\s*(\d{0,2})\s*(?:tháng|\/)\s*(\d{0,2})\s*(?:năm|\/)\s*(\d{4})\s*\.?\s*$/iu.exec(
      line.normalize("NFC"),
    );
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  const dia_danh = place.replace(/,\s*$/, "").trim();
  if (!day && !month) return { dia_danh, ngay: year };
  if (!day || !month) return undefined;
  const d = Number(day);
  const mo = Number(month);
  const date = new Date(Date.UTC(Number(year), mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return { dia_danh, ngay: `${year}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** The kind whose title (or name) is this printed line ("BÁO CÁO", "Báo cáo"), in the profile. */
export function kindOfTitle(profile: Profile, line: string): string | undefined {
  const key = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi").replace(/\s+/g, " ").trim();
  const typed = key(line);
  return Object.entries(profile.kinds).find(
    ([, k]) => key(k.title ?? k.name) === typed || key(k.name) === typed,
  )?.[0];
}

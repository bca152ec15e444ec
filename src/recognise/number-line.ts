/**
 * The number and date lines read back by the profile's own patterns (`number.line`,
 * `number.ky_hieu`, `date.line`): "Số 1866-CV/TU" → so 1866, ký hiệu "CV/TU", kind code "CV",
 * issuer "TU"; "Lạng Sơn, ngày 05 tháng 3 năm 2020" → the place and the day, month and year as
 * typed (so that their zero-padding can be judged).
 */
import type { Profile } from "../profile/schema";

/** A profile pattern ("Số {so}-{ky_hieu}", "{loai}-{co_quan}[-{don_vi}]") as an anchored regex with named groups. */
export function patternRegex(pattern: string, groups: Record<string, string> = {}): RegExp {
  let src = "";
  for (const m of pattern.matchAll(/\[([^\]]*)\]|\{(\w+)\}|([^[{]+)/g)) {
    if (m[1] !== undefined) src += `(?:${patternRegex(m[1], groups).source.slice(1, -1)})?`;
    else if (m[2] !== undefined) src += `(?<${m[2]}>${groups[m[2]] ?? ".+?"})`;
    else src += literal(m[3]);
  }
  return new RegExp(`^${src}$`, "iu");
}

/** Literal text of a pattern: spaces match any run of spaces (or none), letters any case. */
const literal = (s: string) =>
  s
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? "\\s*" : part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")))
    .join("");

export interface NumberParts {
  /** As typed: "05", "1866", or blank spaces in a draft. */
  so: string;
  kyHieu: string;
  /** The kind's code in the symbol ("CV", "QĐ"), when the pattern has one. */
  loai?: string;
  /** The issuer's abbreviation(s) ("TU", "BTCTU-BDVTU", "UBND"). */
  coQuan?: string;
  donVi?: string;
}

/** The number line read by the profile's pattern, or undefined when it does not follow it. */
export function parseNumberLine(profile: Profile, text: string, kind?: string): NumberParts | undefined {
  const line = hyphens(text).replace(/\s+/g, " ").trim();
  const m = patternRegex(profile.number.line, { so: "[0-9]*\\s*", ky_hieu: "\\S.*?" }).exec(line);
  if (!m?.groups) return undefined;
  const kyHieu = m.groups.ky_hieu.trim();
  const symbol = (kind && profile.kinds[kind]?.ky_hieu) || profile.number.ky_hieu;
  const k = patternRegex(symbol, { loai: "[^/\\-\\s]+", co_quan: "[^/\\s]+?", don_vi: "[^/\\s]+" }).exec(
    kyHieu,
  );
  return {
    so: m.groups.so.trim(),
    kyHieu,
    loai: k?.groups?.loai,
    coQuan: k?.groups?.co_quan,
    donVi: k?.groups?.don_vi,
  };
}

/** Hyphens as printed: the non-breaking hyphen (U+2011, vanthu writes it in the symbol) and U+2010 are "-". */
export const hyphens = (s: string): string => s.replace(/[\u2010\u2011]/g, "-");

export interface DateParts {
  diaDanh: string;
  /** As typed ("05", "5", or blank). */
  ngay: string;
  thang: string;
  nam: string;
}

/** The date line read by the profile's pattern, or undefined. */
export function parseDateLine(profile: Profile, text: string): DateParts | undefined {
  const line = text.replace(/\s+/g, " ").trim();
  const blank = "[\\s.…_]*";
  const m = patternRegex(profile.date.line, {
    dia_danh: ".+?",
    ngay: `\\d{1,2}|${blank}`,
    thang: `\\d{1,2}|${blank}`,
    nam: "\\d{4}",
  }).exec(line);
  if (!m?.groups) return undefined;
  const g = m.groups;
  return { diaDanh: g.dia_danh.trim(), ngay: g.ngay.trim(), thang: g.thang.trim(), nam: g.nam };
}

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
  /** The symbol, without spaces around its "-" and "/" ("CV / TU" → "CV/TU"). */
  kyHieu: string;
  /** The kind's code in the symbol ("CV", "QĐ"), when the pattern has one. */
  loai?: string;
  /** The issuer's abbreviation(s) ("TU", "BTCTU-BDVTU", "UBND"). */
  coQuan?: string;
  donVi?: string;
}

/**
 * How a number line departs from the profile's pattern (`number.line`): a colon after "Số" the
 * pattern does not have, or lacks; another mark between the number and the symbol ("/" for "-",
 * an en dash); spaces around that mark; anything else.
 */
export type NumberDeviation = "colon-extra" | "colon-missing" | "separator" | "spacing" | "form";

export interface NumberLine extends NumberParts {
  /** Empty when the line follows the profile's pattern. */
  deviations: NumberDeviation[];
}

/** Whether a line is a number line at all ("Số 12-CV/TU", "Số: 05/QĐ-UBND", "Số    -BC/TU"). */
export const isNumberLine = (s: string): boolean => /^số(?=[\s:.\d])/iu.test(s.trim());

/**
 * The one reading of a number line, as typed in any of its forms: "Số 84-CV/ĐU", "Số: 15/QĐ-UBND",
 * a Word user's "Số: 84 - CV/ĐU", a draft's "Số    -CV/TU". Its parts, and how it departs from the
 * profile's pattern (`check` reports those; `import` takes the parts whatever the form). Undefined
 * when the line does not start with "Số".
 */
export function readNumberLine(profile: Profile, text: string, kind?: string): NumberLine | undefined {
  const line = hyphens(text.normalize("NFC")).replace(/\s+/g, " ").trim();
  // The pattern's own reading: spaces in it match any run of spaces or none; the symbol starts at once.
  const strict = patternRegex(profile.number.line, { so: "[0-9]*\\s*", ky_hieu: "\\S.*?" }).exec(
    line,
  )?.groups;
  const typed = isNumberLine(line) ? typedParts(line) : undefined;
  const g = strict ?? typed;
  if (!g) return undefined;
  const kyHieu = symbolOf(g.ky_hieu);
  return {
    so: g.so.trim(),
    kyHieu,
    ...readSymbol(profile, kyHieu, kind),
    deviations: strict ? [] : deviations(profile, typed!),
  };
}

/** A symbol's parts ("CV/TU" → loai CV, co_quan TU) by the kind's symbol pattern (`ky_hieu`), or none. */
export function readSymbol(
  profile: Profile,
  kyHieu: string,
  kind?: string,
): Pick<NumberParts, "loai" | "coQuan" | "donVi"> {
  const symbol = (kind && profile.kinds[kind]?.ky_hieu) || profile.number.ky_hieu;
  const k = patternRegex(symbol, { loai: "[^/\\-\\s]+", co_quan: "[^/\\s]+?", don_vi: "[^/\\s]+" }).exec(
    kyHieu,
  );
  return { loai: k?.groups?.loai, coQuan: k?.groups?.co_quan, donVi: k?.groups?.don_vi };
}

/**
 * Any "Số" line: a colon or not, the number (or a draft's blank, dots), a mark ("-", "/", an en
 * dash) with spaces or not, the symbol (one word once the spaces around its "-" and "/" are gone).
 * Not "Số lượng đại biểu: 120".
 */
function typedParts(line: string): Record<string, string> | undefined {
  const g = /^số(?<colon>\s*:)?\s*(?<so>\d*)[\s.…_]*(?<mark>[-–/]?)(?<after>\s*)(?<ky_hieu>.*)$/iu.exec(
    line,
  )?.groups;
  if (!g || (!g.so && !g.mark) || /\s/.test(symbolOf(g.ky_hieu))) return undefined;
  return g;
}

const symbolOf = (typed: string) => typed.trim().replace(/\s*([-/])\s*/g, "$1");

/** The number line's parts when it follows the profile's pattern, else undefined. */
export function parseNumberLine(profile: Profile, text: string, kind?: string): NumberParts | undefined {
  const read = readNumberLine(profile, text, kind);
  if (!read || read.deviations.length) return undefined;
  const { deviations: _, ...parts } = read;
  return parts;
}

function deviations(profile: Profile, g: Record<string, string>): NumberDeviation[] {
  const out: NumberDeviation[] = [];
  const wantColon = /^số\s*:/iu.test(profile.number.line);
  if (!!g.colon !== wantColon) out.push(g.colon ? "colon-extra" : "colon-missing");
  const mark = /\{so\}\s*([^\s{]*)\s*\{ky_hieu\}/.exec(profile.number.line)?.[1] ?? "";
  if (g.mark !== mark) out.push("separator");
  if (g.after) out.push("spacing");
  return out.length ? out : ["form"];
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

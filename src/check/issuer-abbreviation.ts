/**
 * Whether an issuer's abbreviation in a ký hiệu can be read from the issuer's printed name, for a
 * .docx, which prints the name ("TỈNH ỦY THÁI NGUYÊN") but not the `viet_tat` the author chose.
 * A name is read from its first word on, each word giving its initial ("UBND" of "ỦY BAN NHÂN
 * DÂN TỈNH HÀ TĨNH", the place name left off at the end), or itself ("UBND" printed as such),
 * or a phrase giving what the profile says (`number.aliases`: "Ban Chấp hành Đảng bộ tỉnh" → TU,
 * "Trung ương" → TW, "Ban Thường vụ" → nothing), "và", "các", "của" left out. An abbreviation
 * is the issuer's own name read so, alone or before or after its cấp trên's ("BDVTU": Ban Dân vận
 * + Tỉnh ủy; "MTTQ-BTT": Mặt trận Tổ quốc + Ban Thường trực).
 */

/** Upper case without diacritics, Đ as D: abbreviations are compared as letters. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "D").toUpperCase();

const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The issuers' printed names: their own (one each, its lines joined), and their cấp trên's. */
export interface IssuerNames {
  own: string[];
  superiors: string[];
}

/**
 * How `abbr` reads from the issuers' names: `own` when from their own name (alone, or with their
 * cấp trên's before or after it), `superior` when only from the cấp trên's ("TU" is not the Ban
 * Dân vận Tỉnh ủy's abbreviation: that is "BDVTU"), `no` when from neither, `unknown` when `abbr`
 * is not made of letters or there is no name to read it from.
 */
export function abbreviationReading(
  abbr: string,
  names: IssuerNames,
  aliases: Record<string, string> = {},
): "own" | "superior" | "no" | "unknown" {
  const target = fold(abbr);
  const owns = names.own
    .flatMap(withLines)
    .map(words)
    .filter((ws) => ws.length);
  if (!/^\p{L}+$/u.test(target) || !owns.length) return "unknown";
  // A name may also start at a line break of its paragraph: "UBND TỈNH HÀ TĨNH⏎SỞ NỘI VỤ" typed as
  // one paragraph holds the cấp trên and the issuer.
  const superiors = withLines(names.superiors.join("\n"))
    .map(words)
    .filter((ws) => ws.length);
  const phrases = Object.entries(aliases).map(([phrase, short]) => ({
    words: words(phrase),
    short: fold(short),
  }));
  const superiorFrom = (t: number) => superiors.flatMap((ws) => [...runEnds(target, t, ws, phrases)]);
  const end = target.length;
  // Each issuer's own name on its own (a joint document prints several: "QC/BTCTU-BDVTU").
  const fromOwn = owns.some((own) => {
    const ownFrom = (t: number) => [...runEnds(target, t, own, phrases)].filter((e) => e > t);
    return (
      ownFrom(0).some((t) => t === end || superiorFrom(t).includes(end)) ||
      superiorFrom(0).some((t) => ownFrom(t).includes(end))
    );
  });
  if (fromOwn) return "own";
  return superiorFrom(0).includes(end) ? "superior" : "no";
}

/** A name, and each of its lines when it has several (a name may start on any line). */
const withLines = (s: string): string[] => (s.includes("\n") ? [s, ...s.split("\n")] : [s]);

/** Words an abbreviation leaves out. */
const LEFT_OUT = new Set(["VA", "CAC", "CUA"]);

/** Where in `target` a reading of the name `ws` from its first word, begun at `from`, can end. */
function runEnds(
  target: string,
  from: number,
  ws: string[],
  phrases: { words: string[]; short: string }[],
): Set<number> {
  const ends = new Set<number>();
  const seen = new Set<string>();
  const go = (t: number, w: number): void => {
    const key = `${t},${w}`;
    if (seen.has(key)) return;
    seen.add(key);
    ends.add(t);
    if (w >= ws.length) return;
    const rest = target.slice(t);
    if (rest.startsWith(ws[w][0])) go(t + 1, w + 1);
    if (ws[w].length > 1 && rest.startsWith(ws[w])) go(t + ws[w].length, w + 1);
    if (LEFT_OUT.has(ws[w])) go(t, w + 1);
    for (const p of phrases)
      if (
        p.words.length &&
        ws.slice(w, w + p.words.length).join(" ") === p.words.join(" ") &&
        rest.startsWith(p.short)
      )
        go(t + p.short.length, w + p.words.length);
  };
  go(from, 0);
  return ends;
}

/**
 * Document symbols ("25-NQ/TW", "12/KH-UBND", "30/2020/NĐ-CP", "QC/BTCTU-BDVTU"): a word made of
 * letters and digits joined by "/" and "-", with at least one of each, starting with a digit or a
 * capital. A line must never break at their hyphens ("25- / NQ/TW"), so the writers set those as
 * non-breaking hyphens (`<w:noBreakHyphen/>`); `symbolPieces` says where.
 */

/** The pattern of a symbol (global: for matchAll): the definition, which `symbolsIn` follows. */
export const SYMBOL =
  /(?<![\p{L}\p{N}\p{M}/.:-])[\p{Lu}\p{N}][\p{L}\p{N}\p{M}]*(?:[/-][\p{L}\p{N}\p{M}]+)+(?![\p{L}\p{N}\p{M}/-]|\.[\p{L}\p{N}])/gu;

/**
 * What SYMBOL asks of each character, one per UTF-16 unit (so every match keeps its place and
 * length): "A" a capital letter or a digit (what may start a symbol), "a" another letter, "m" a
 * mark; any other character stays itself. V8 compiles SYMBOL's eleven Unicode classes on its first
 * use, some 15 ms of a one-document start; the three here cost under one.
 */
const CHARACTER_CLASS = /([\p{Lu}\p{N}])|(\p{L})|\p{M}/gu;
const shapeOf = (text: string): string =>
  text.replace(CHARACTER_CLASS, (c: string, head?: string, letter?: string) =>
    (head ? "A" : letter ? "a" : "m").repeat(c.length),
  );

/** SYMBOL over a shape: [\p{L}\p{N}\p{M}] is [Aam], [\p{L}\p{N}] is [Aa], [\p{Lu}\p{N}] is A. */
const SYMBOL_SHAPE = /(?<![Aam/.:-])A[Aam]*(?:[/-][Aam]+)+(?![Aam/-]|\.[Aa])/g;

/** The matches of SYMBOL in `text`, found over its shape: where each starts, and the symbol. */
export function symbolsIn(text: string): { index: number; symbol: string }[] {
  return [...shapeOf(text).matchAll(SYMBOL_SHAPE)].map((m) => ({
    index: m.index,
    symbol: text.slice(m.index, m.index + m[0].length),
  }));
}

/** Whether `word` is a document symbol. */
export const isSymbol = (word: string): boolean =>
  word.includes("/") && word.includes("-") && symbolsIn(word).some((m) => m.symbol === word);

/**
 * `value` cut at the hyphens inside document symbols (the hyphens dropped): joining the pieces
 * with non-breaking hyphens prints `value`. A text without symbols is one piece.
 */
export function symbolPieces(value: string): string[] {
  if (!value.includes("-") || !value.includes("/")) return [value];
  const pieces: string[] = [];
  let from = 0;
  // A symbol holds no space, and a space is neither what may stand before one nor after it: only
  // the words with both marks are searched (the pattern is slow over a long text).
  for (const word of value.matchAll(/\S+/g)) {
    if (!word[0].includes("/") || !word[0].includes("-")) continue;
    for (const { index, symbol } of symbolsIn(word[0])) {
      if (!symbol.includes("/") || !symbol.includes("-")) continue;
      let at = word.index + index;
      for (const part of symbol.split("-").slice(0, -1)) {
        at += part.length;
        pieces.push(value.slice(from, at));
        from = at + 1;
        at += 1;
      }
    }
  }
  pieces.push(value.slice(from));
  return pieces;
}

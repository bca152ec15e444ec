/**
 * Document symbols ("25-NQ/TW", "12/KH-UBND", "30/2020/NĐ-CP", "QC/BTCTU-BDVTU"): a word made of
 * letters and digits joined by "/" and "-", with at least one of each, starting with a digit or a
 * capital. A line must never break at their hyphens ("25- / NQ/TW"), so the writers set those as
 * non-breaking hyphens (`<w:noBreakHyphen/>`); `symbolPieces` says where.
 */

/** The pattern of a symbol (global: for matchAll). */
export const SYMBOL =
  /(?<![\p{L}\p{N}\p{M}/.:-])[\p{Lu}\p{N}][\p{L}\p{N}\p{M}]*(?:[/-][\p{L}\p{N}\p{M}]+)+(?![\p{L}\p{N}\p{M}/-]|\.[\p{L}\p{N}])/gu;

/** Whether `word` is a document symbol. */
export const isSymbol = (word: string): boolean =>
  new RegExp(`^(?:${SYMBOL.source})$`, "u").test(word) && word.includes("/") && word.includes("-");

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
    for (const m of word[0].matchAll(SYMBOL)) {
      if (!m[0].includes("/") || !m[0].includes("-")) continue;
      let at = word.index! + m.index!;
      for (const part of m[0].split("-").slice(0, -1)) {
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

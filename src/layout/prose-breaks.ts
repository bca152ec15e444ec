/**
 * Where a line of a Vietnamese prose block (trích yếu, "(Kèm theo …)") starts well: after a
 * comma or semicolon, or at a word that opens a phrase ("của", "về", "và"…); poorly between a
 * "số"/"ngày" and its number, or inside a two-syllable word (a short list, `vi-compounds.ts`; any
 * other place costs a little, since without a dictionary it may be one); a number keeps the words on both
 * sides of it. The costs are relative to the balance of widths (a line as far again from the even
 * width as the even width itself costs 1).
 */
import type { Breakable } from "./balance";
import { splitsCompound } from "./vi-compounds";

const OPENERS = new Set([
  "của",
  "về",
  "và",
  "với",
  "trong",
  "tại",
  "theo",
  "để",
  "đến",
  "cho",
  "nhằm",
  "giai",
  "thực",
  "trên",
  "đối",
  "giữa",
  "từ",
  "đã",
  "được",
  "sau",
  "kèm",
  "ngày",
]);
/** Words whose next word is a number or name that must follow them on the same line. */
const BINDERS = new Set(["số", "ngày", "tháng", "năm", "v/v", "khóa", "khoá"]);

const NATURAL = 0;
const OPENER = 0.03;
const ELSEWHERE = 0.2;
const BAD = 3;
/** From this cost on, a place is taken only when no line can start elsewhere. */
export const POOR = BAD;

export function prosePenalty(previous: string, word: string): number {
  const lower = word.toLocaleLowerCase("vi");
  if (/[,;:]$/.test(previous)) return NATURAL;
  if (splitsCompound(previous, word)) return BAD;
  // "số / 25", "10 / năm": a number stays with the words on either side of it.
  if (/^\p{N}/u.test(word) || /^\p{N}+$/u.test(previous) || BINDERS.has(previous.toLocaleLowerCase("vi")))
    return BAD;
  if (OPENERS.has(lower) || /^[(“"]/.test(word)) return OPENER;
  return ELSEWHERE;
}

export const proseBreakable = (words: readonly { text: string; width: number }[]): Breakable[] =>
  words.map((w, i) => ({
    width: w.width,
    allowed: true,
    penalty: i > 0 ? prosePenalty(words[i - 1].text, w.text) : 0,
  }));

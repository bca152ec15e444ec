/**
 * Spelling a profile makes consistent across a document, on plain text:
 * - the tone mark of "oa", "oe", "uy" at a syllable's end: on the first vowel ("hóa", "khỏe",
 *   "ủy"; the style of HD 05 and of the state's templates) or on the second ("hoá", "khoẻ", "uỷ");
 *   "qu" + "y" ("quý") and syllables that go on ("hoàn", "huỳnh") are the same in both styles;
 * - quotation marks: curly (“…”) or straight ("…"), where a straight quote reads as one.
 * Each function returns the new text and how many places it changed.
 */

import { createRecent, type Recent } from "../recent";

export type Tone = "ủy" | "uỷ";
export type Quotes = "“”" | '""';

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const TONE = `[${TONES.join("")}]`;

/** In NFD, a tone is a combining mark right after its vowel (ư, ơ, â… keep their own marks before it). */
const MOVES: Record<Tone, RegExp> = {
  ủy: new RegExp(`([oO](?=[aAeE])|(?<![qQ])[uU](?=[yY]))([aAeEyY])(${TONE})(?![\\p{L}\\p{M}])`, "gu"),
  uỷ: new RegExp(`([oO]|(?<![qQ])[uU])(${TONE})([aAeEyY])(?![\\p{L}\\p{M}])`, "gu"),
};

/**
 * What a word whose mark can move has, in whatever form it was typed: o or u (bare or with only
 * a tone), at most one combining tone, then a, e or y (bare or with only a tone). A word without
 * it is left without being decomposed (most words).
 */
const MAY_MOVE = new RegExp(`[oOuUòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ]${TONE}?[aAeEyYàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]`);

/** MAY_MOVE anywhere in a text: only the words around its matches are looked at. */
const CANDIDATE = new RegExp(MAY_MOVE.source, "g");
const WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** Whether the code point `c` belongs to a word (a letter or a mark), ASCII answered without the pattern. */
function inWord(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/** Where the word around `at` starts: code points, so a letter beyond the BMP counts as one. */
function wordStart(text: string, at: number): number {
  while (at > 0) {
    // A code point above the BMP two units back is a surrogate pair ending right here.
    const width = at > 1 && text.codePointAt(at - 2)! > 0xffff ? 2 : 1;
    if (!inWord(text.codePointAt(at - width)!)) break;
    at -= width;
  }
  return at;
}

function wordEnd(text: string, at: number): number {
  while (at < text.length) {
    const c = text.codePointAt(at)!;
    if (!inWord(c)) break;
    at += c > 0xffff ? 2 : 1;
  }
  return at;
}

/** Each word's rewrite, by style: a document repeats its words ("của", "uỷ ban") many times. */
const MOVED: Record<Tone, Recent<string, Moved>> = {
  ủy: createRecent(20000),
  uỷ: createRecent(20000),
};

interface Moved {
  word: string;
  moved: number;
}

/** One word with its mark moved to `to`'s place, and how many marks moved. */
const moveTone = (word: string, to: Tone): Moved =>
  MOVED[to](word, () => {
    let moved = 0;
    const nfd = word.normalize("NFD").replace(MOVES[to], (...m: string[]) => {
      const [whole, a, b, c] = m;
      const [first, second, mark] = to === "ủy" ? [a, b, c] : [a, c, b];
      if (!pairs(first, second)) return whole;
      moved++;
      return to === "ủy" ? first + mark + second : first + second + mark;
    });
    return { word: moved ? nfd.normalize("NFC") : word, moved };
  });

/**
 * "hoá" → "hóa" (`to` "ủy") or the reverse (`to` "uỷ"). Only the words whose mark moves are
 * rewritten (each in NFC); every other character is left exactly as it was. The words are found
 * from MAY_MOVE's matches, not by visiting every word of a long body.
 */
export function unifyTone(text: string, to: Tone): { text: string; changed: number } {
  let changed = 0;
  let out = "";
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = wordStart(text, m.index);
    const end = wordEnd(text, m.index + m[0].length);
    const r = moveTone(text.slice(start, end), to);
    if (r.moved) {
      out += text.slice(from, start) + r.word;
      from = end;
      changed += r.moved;
    }
    CANDIDATE.lastIndex = end;
  }
  return { text: from ? out + text.slice(from) : text, changed };
}

const pairs = (first: string, second: string) =>
  /[oO]/.test(first) ? /[aAeE]/.test(second) : /[yY]/.test(second);

/** What may stand before an opening quotation mark and after it, and before a closing one and after it. */
const OPEN_AFTER = /[\s([{\-–—/]/u;
const OPENS = /[\p{L}\p{N}*(‘'…]/u;
const CLOSES = /[\p{L}\p{N}*.,;:!?)’'…]/u;
const CLOSE_BEFORE = /[\s.,;:!?)\]}…\-–—/*]/u;

/**
 * Straight double quotes to curly ones, or the reverse. A straight quote is curled only where it
 * reads as a quotation mark: opening after a space, a bracket, a dash or the start and before a
 * word; closing after a word and before a space, punctuation or the end. Any other ('style="x"',
 * 5'30", a lone ") is left as typed.
 */
export function unifyQuotes(text: string, to: Quotes): { text: string; changed: number } {
  let changed = 0;
  if (to === '""') {
    const out = text.replace(/[“”]/g, () => (changed++, '"'));
    return { text: out, changed };
  }
  const out = text.replace(/"/g, (q, at: number) => {
    const before = text[at - 1] ?? "";
    const after = text[at + 1] ?? "";
    // After a backslash, or a character the author escaped ("\\*"), the body reader reads the
    // quote's shape (a straight one may open emphasis): it stays as typed.
    if (before === "\\" || text[at - 2] === "\\") return q;
    const opens = (before === "" || OPEN_AFTER.test(before)) && OPENS.test(after);
    const closes = CLOSES.test(before) && (after === "" || CLOSE_BEFORE.test(after));
    if (opens === closes) return q;
    changed++;
    return opens ? "“" : "”";
  });
  return { text: out, changed };
}

export type Ending = "./." | ".";

/**
 * The last line of a body ending with "." made to end with `to` ("./." or "."), after any
 * closing emphasis marks (bold "…năm." gets its "/." after the closing stars). A body ending otherwise (a table, a
 * heading, ":") is left as it is.
 */
export function unifyEnding(body: string, to: Ending): { text: string; changed: number } {
  // Footnote definitions ("[^1]: …") written after the last paragraph are not its end.
  const notes = /(\n\s*\n\s*\[\^[^\]\n]+\]:[\s\S]*)$/.exec(body);
  if (notes && notes.index > 0) {
    const r = unifyEnding(body.slice(0, notes.index), to);
    return { text: r.text + notes[1], changed: r.changed };
  }
  // "./." may close inside the emphasis ("năm./.**") or after it ("năm.**/.").
  const m = /(?<!\.)\.(\/\.)?(\*{0,3})(\/\.)?(\s*)$/.exec(body);
  if (!m || (m[1] && m[3])) return { text: body, changed: 0 };
  const lastLine = body.slice(0, m.index).split("\n").at(-1)!;
  if (/^\s*(#|\||```|~~~)/.test(lastLine)) return { text: body, changed: 0 };
  const has = m[1] !== undefined || m[3] !== undefined;
  if (has === (to === "./.")) return { text: body, changed: 0 };
  const head = body.slice(0, m.index);
  const text = to === "./." ? `${head}.${m[2]}/.${m[4]}` : `${head}.${m[2]}${m[4]}`;
  return { text, changed: 1 };
}

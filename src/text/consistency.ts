/**
 * Spelling a profile makes consistent across a document, on plain text:
 * - the tone mark of "oa", "oe", "uy" at a syllable's end: on the first vowel ("hóa", "khỏe",
 *   "ủy"; the style of HD 05 and of the state's templates) or on the second ("hoá", "khoẻ", "uỷ");
 *   "qu" + "y" ("quý") and syllables that go on ("hoàn", "huỳnh") are the same in both styles;
 * - quotation marks: curly (“…”) or straight ("…").
 * Each function returns the new text and how many places it changed.
 */

export type Tone = "ủy" | "uỷ";
export type Quotes = "“”" | '""';

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** "hoá" → "hóa" (`to` "ủy") or the reverse (`to` "uỷ"). */
export function unifyTone(text: string, to: Tone): { text: string; changed: number } {
  let changed = 0;
  const nfd = text.normalize("NFD");
  const tone = `[${TONES.join("")}]`;
  // NFD: a tone is a combining mark right after its vowel (ư, ơ, â… keep their own marks before it).
  const pattern =
    to === "ủy"
      ? new RegExp(`([oO](?=[aAeE])|(?<![qQ])[uU](?=[yY]))([aAeEyY])(${tone})(?![\\p{L}\\p{M}])`, "gu")
      : new RegExp(`([oO]|(?<![qQ])[uU])(${tone})([aAeEyY])(?![\\p{L}\\p{M}])`, "gu");
  const out = nfd.replace(pattern, (...m: string[]) => {
    const [whole, a, b, c] = m;
    const [first, second, mark] = to === "ủy" ? [a, b, c] : [a, c, b];
    if (!pairs(first, second)) return whole;
    changed++;
    return to === "ủy" ? first + mark + second : first + second + mark;
  });
  return { text: out.normalize("NFC"), changed };
}

const pairs = (first: string, second: string) =>
  /[oO]/.test(first) ? /[aAeE]/.test(second) : /[yY]/.test(second);

/** Straight double quotes to curly ones (opening after a space, a bracket or the start), or the reverse. */
export function unifyQuotes(text: string, to: Quotes): { text: string; changed: number } {
  let changed = 0;
  if (to === '""') {
    const out = text.replace(/[“”]/g, () => (changed++, '"'));
    return { text: out, changed };
  }
  const out = text.replace(/"/g, (_q, at: number) => {
    changed++;
    const before = at > 0 ? text[at - 1] : "";
    return before === "" || /[\s([{\-–—/]/.test(before) ? "“" : "”";
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
  const m = /(?<!\.)\.(\/\.)?(\*{0,3})(\s*)$/.exec(body);
  if (!m) return { text: body, changed: 0 };
  const lastLine = body.slice(0, m.index).split("\n").at(-1)!;
  if (/^\s*(#|\||```|~~~)/.test(lastLine)) return { text: body, changed: 0 };
  const has = m[1] !== undefined;
  if (has === (to === "./.")) return { text: body, changed: 0 };
  const head = body.slice(0, m.index);
  const text = to === "./." ? `${head}.${m[2]}/.${m[3]}` : `${head}.${m[2]}${m[3]}`;
  return { text, changed: 1 };
}

/**
 * The one definition, for the tests, of what vanthu keeps of the text it is given: the text read
 * back from a .docx (test/support/docx-reader.ts: runs joined, <w:br/> as "\n", <w:tab/> as "\t")
 * must equal the input after these rules, written here independently of src/.
 *
 *   1. Line endings: CRLF and a CR alone become LF.
 *   2. Characters XML 1.0 forbids are removed: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
 *      U+FFFE, U+FFFF and lone surrogates (a valid surrogate pair, an emoji, is kept).
 *   3. Unicode NFC.
 *   4. Whitespace at the two ends of a paragraph (JavaScript's String.prototype.trim: spaces,
 *      tabs, line breaks, NBSP, U+FEFF, U+2028…) is dropped; inside, everything is kept as typed:
 *      tabs (as Word tabs), NBSP, zero-width and direction marks, runs of spaces, "{{x}}", "<w:p>",
 *      "&amp;", quotes.
 *   5. In a field value, a newline is a line break in the same paragraph; a field printed in a
 *      style with `caps` is in capitals (Vietnamese upper case); a field used inside a sentence
 *      (`mot_dong`) has each line break, with the spaces around it, as one space.
 *   6. In Markdown (after its own syntax, rule 7, `**`, `#`, `[^1]`, tables): a paragraph is
 *      rule 4 applied to its text; in a table cell, `<br>` (any case, `<br/>`, `<br />`) is a line
 *      break.
 *   8. What a profile's `consistency` governs is compared with `asAnyProfile` on both sides: the
 *      tone mark of "oa", "oe", "uy" at a syllable's end (on the first vowel), quotation marks
 *      (straight), and a "/." closing a paragraph after its full stop.
 */

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Rules 1–3: the characters of a value as loaded. */
export const clean = (s: string): string => s.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "").normalize("NFC");

/** Rules 1–4: a value that is a whole paragraph, or a line of Markdown text once unescaped. */
export const paragraphText = (s: string): string => clean(s).trim();

/** Rule 5: capitals, as a `caps` style prints them. */
export const capitals = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");

/** Rule 5: the value on one line, as `{{mot_dong …}}` prints it. */
export const oneLine = (s: string): string => s.split(/\s*\n\s*/).join(" ");

/** Rule 6: the text of a table cell. */
export const cellText = (s: string): string => paragraphText(s).replace(/<br\s*\/?>/gi, "\n");

/**
 * Rule 7, the body's markup for office text: a backslash makes text of what would be markup
 * after it: an asterisk run before a letter, digit or opening quote or bracket, `#` at the start
 * of a line, `[^`, `^[`, `[ngắt trang]`, `|`, a backquote or tilde, a dot after a digit; a
 * backslash before anything else is itself text, and backslashes right before such a character
 * or a line's end are doubled. `s` escaped so that the body prints it as typed.
 */
export function escapeMarkdown(s: string): string {
  const opening = /[\p{L}\p{N}“‘"'([]/u;
  /** Whether s[i] would be markup with a backslash run written from `from` to i. */
  const markup = (i: number, from = i): boolean => {
    const c = s[i];
    if (c === "|" || c === "`" || c === "~") return true;
    // A character escaped in its turn has a backslash before it: "^\\[^1]" opens no "^[".
    if (c === "^") return s[i + 1] === "[" && !markup(i + 1);
    if (c === "[")
      return (
        (s[i + 1] === "^" && !markup(i + 1)) || s.slice(i, i + 12).toLocaleLowerCase("vi") === "[ngắt trang]"
      );
    if (c === ".") return /\d/.test(s[from - 1] ?? "");
    if (c === "#") return /(^|\n)[ \t]*$/.test(s.slice(0, from));
    if (c === "*") {
      let end = i;
      while (s[end] === "*") end++;
      return opening.test(s[end] ?? "") && !markup(end);
    }
    return false;
  };
  let out = "";
  for (let i = 0; i < s.length;) {
    if (s[i] === "\\") {
      let j = i;
      while (s[j] === "\\") j++;
      const run = s.slice(i, j);
      out += s[j] === "\n" || (j < s.length && markup(j, i)) ? run + run : run;
      i = j;
    } else if (markup(i)) {
      let end = i + 1;
      if (s[i] === "*") while (s[end] === "*") end++;
      out += `\\${s.slice(i, end)}`;
      i = end;
    } else out += s[i++];
  }
  return out;
}

const TONE = "[\u0300\u0301\u0309\u0303\u0323]";
const SECOND_VOWEL_TONE = new RegExp(
  `([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|((?<![qQ])[uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`,
  "gu",
);

/** Rule 8: a text with what a profile's `consistency` may rewrite written one way. */
export const asAnyProfile = (s: string): string =>
  s
    .normalize("NFD")
    .replace(SECOND_VOWEL_TONE, (_m, o, a, t1, u, y, t2) => (o ? o + t1 + a : u + t2 + y))
    .normalize("NFC")
    .replace(/[“”]/g, '"')
    .replace(/\.(\*{0,3})\/\.(\s*)$/, ".$1$2");

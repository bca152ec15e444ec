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
 *   6. In Markdown (after its own syntax: `\` escapes, `**`, `#`, `[^1]`, tables): a paragraph is
 *      rule 4 applied to its text; in a table cell, `<br>` (any case, `<br/>`, `<br />`) is a line
 *      break.
 */

// eslint-disable-next-line no-control-regex
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

/** ASCII punctuation, each escaped with "\" so Markdown prints it as typed. */
export const escapeMarkdown = (s: string): string => s.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);

/**
 * Office text → text that vanthu's Markdown reader (src/tree/markdown.ts) gives back exactly.
 * A backslash before an ASCII punctuation character is always read as that character, so each
 * character the reader could take as markup is written that way: `\` itself, emphasis (`*`, `_`),
 * footnotes and page breaks (`[`, `]`), table cells (`|`), headings (`#`), and a fence (`` ` ``,
 * `~`) at the start of a line. Everything else (`<`, `&`, `>`, `-`, `1.`) is plain text there:
 * lists, quotes, HTML, entities and links are off in that reader.
 */
const ALWAYS = /[\\*_[\]|#]/g;
const LINE_START = /^[`~]/;

/** `text` as Markdown inline text; `lineStart`: it begins a line of the Markdown source. */
export function escapeMarkdown(text: string, lineStart = false): string {
  const escaped = text.replace(ALWAYS, "\\$&");
  return lineStart ? escaped.replace(LINE_START, "\\$&") : escaped;
}

/**
 * The width of a line of help on a terminal, for yargs' layout (yargs, cliui and wrap-ansi ask
 * string-width), without loading string-width's Unicode tables and segmenter for the text the
 * help is made of: ASCII, Latin and precomposed Vietnamese letters, dashes and quotes, each one
 * column. Anything else (colour codes, tabs, combining marks, wide, zero-width or emoji
 * characters) is measured by string-width itself, loaded then. The bundle of the command
 * (`../build/bundle.ts`) puts this in place of string-width for those packages.
 */
const ONE_COLUMN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u1e00-\u1eff\u2010-\u2027]*$/;

let full: ((text: string) => number) | undefined;

export default function stringWidth(text: string): number {
  if (typeof text !== "string" || text.length === 0) return 0;
  if (ONE_COLUMN.test(text)) return [...text].length;
  full ??= (require("string-width") as { default: (text: string) => number }).default;
  return full(text);
}

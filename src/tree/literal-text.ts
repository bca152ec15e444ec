/**
 * Text → text that vanthu's body reader (src/tree/markdown.ts with office-text.ts) gives
 * back exactly. That reader takes almost everything as typed: `_` is never markup, a backslash
 * is printed as typed unless what follows would be markup. So a character is escaped (a `\`
 * before it) only where it would be markup: `|`, `` ` ``, `~` always; `^` before `[`; `[` before
 * `^` or starting "[ngắt trang]"; `#` at the start of a line; a run of `*` before a letter, digit,
 * opening quote or bracket (where it could open emphasis). A run of typed backslashes is doubled
 * where the reader would halve it: before an escaped character, before the writer's own markup
 * (a line break, emphasis that opens), and before "." after a digit ("Điều 1\.").
 *
 * The text comes as parts, typed text (`literal`) and the writer's own markup, because whether a
 * character needs escaping depends on what is printed around it. Used by the importer (a Word
 * paragraph's runs) and for values put into a body (the blanks of a shared file).
 */
import { wouldBeMarkup } from "./office-text";

export interface Part {
  text: string;
  literal: boolean;
}

const ALWAYS = new Set(["|", "`", "~"]);
const OPENING = /[\p{L}\p{N}“‘"'([]/u;
const PAGE_BREAK = "[ngắt trang]";

export function assemble(parts: readonly Part[]): string {
  const chars: string[] = [];
  const literal: boolean[] = [];
  for (const p of parts)
    for (const c of p.text) {
      chars.push(c);
      literal.push(p.literal);
    }
  const rest = (i: number) => chars.slice(i, i + PAGE_BREAK.length).join("");
  const backslashesBefore = (i: number) => {
    let p = i;
    while (chars[p - 1] === "\\") p--;
    return p;
  };
  const atLineStart = (i: number) => {
    for (let j = i - 1; j >= 0 && chars[j] !== "\n"; j--)
      if (chars[j] !== " " && chars[j] !== "\t") return false;
    return true;
  };
  // Pass 1, from the end: which typed characters take a backslash. What follows a character is
  // read as printed, so a character after it that takes a backslash is followed by that backslash.
  const escaped: boolean[] = new Array(chars.length).fill(false);
  const printedAt = (i: number) => (escaped[i] ? "\\" : (chars[i] ?? ""));
  const opensAt = (i: number) => {
    let j = i;
    while (chars[j] === "*") j++;
    return OPENING.test(printedAt(j));
  };
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i];
    if (!literal[i] || c === "\\") continue;
    if (ALWAYS.has(c)) escaped[i] = true;
    else if (c === "^") escaped[i] = printedAt(i + 1) === "[";
    else if (c === "[")
      escaped[i] = printedAt(i + 1) === "^" || rest(i).toLocaleLowerCase("vi") === PAGE_BREAK;
    else if (c === "#") escaped[i] = atLineStart(backslashesBefore(i));
    // A run of asterisks is escaped once, before its first.
    else if (c === "*" && !(chars[i - 1] === "*" && literal[i - 1])) escaped[i] = opensAt(i);
  }
  // Whether the reader takes the character at `j`, after a run of backslashes from `i`, as markup:
  // asked of the text as printed, from the start of the line.
  const readsAsMarkup = (i: number, j: number) => {
    const lineStart = chars.lastIndexOf("\n", i - 1) + 1;
    const before = chars.slice(lineStart, i).join("") + chars.slice(i, j).join("");
    let after = "";
    for (let k = j; k < chars.length; k++) {
      after += (escaped[k] ? "\\" : "") + chars[k];
      // Enough to tell "[ngắt trang]", and a run of asterisks to its end.
      if (after.length > PAGE_BREAK.length && chars[k] !== "*") break;
    }
    const src = before + after;
    return wouldBeMarkup(src, i - lineStart, before.length, src.length);
  };
  // Pass 2: typed backslash runs doubled where the reader would read them as markup's.
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    if (!(literal[i] && chars[i] === "\\")) {
      out += (escaped[i] ? "\\" : "") + chars[i];
      continue;
    }
    let j = i;
    while (j < chars.length && literal[j] && chars[j] === "\\") j++;
    const run = chars.slice(i, j).join("");
    const next = chars[j];
    const markupAfter =
      next !== undefined &&
      (escaped[j] || (!literal[j] && (next === "\\" || next === "\n")) || readsAsMarkup(i, j));
    out += markupAfter ? run + run : run;
    i = j - 1;
  }
  return out;
}

/**
 * Office text → text that vanthu's body reader (src/tree/markdown.ts with office-text.ts) gives
 * back exactly. That reader takes almost everything as typed: `_` is never markup, a backslash
 * is printed as typed unless what follows would be markup. So a character is escaped (a `\`
 * before it) only where it would be markup: `|`, `` ` ``, `~` always; `^` before `[`; `[` before
 * `^` or starting "[ngắt trang]"; `#` at the start of a line; a run of `*` before a letter, digit,
 * opening quote or bracket (where it could open emphasis). A run of typed backslashes is doubled
 * where the reader would halve it: before an escaped character, before the writer's own markup
 * (a line break, emphasis that opens), and before "." after a digit ("Điều 1\.").
 *
 * The text comes as parts, typed text (`literal`) and the writer's own markup, because whether a
 * character needs escaping depends on what is printed around it.
 */
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
    else if (c === "#") escaped[i] = atLineStart(i);
    // A run of asterisks is escaped once, before its first.
    else if (c === "*" && !(chars[i - 1] === "*" && literal[i - 1])) escaped[i] = opensAt(i);
  }
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
      (escaped[j] ||
        (!literal[j] && (next === "\\" || (next === "*" && opensAt(j)) || next === "\n")) ||
        (next === "." && /\d/.test(chars[i - 1] ?? "")));
    out += markupAfter ? run + run : run;
    i = j - 1;
  }
  return out;
}

/**
 * Emphasis for people who do not write Markdown. Office text is full of asterisks, underscores
 * and backslashes that are not markup ("chỉ tiêu A (*)", "Ngày __/__/20__", "3*4*5",
 * "ten_tep_moi", "C:\Users\*"), so the body reads only what cannot be ordinary text:
 *
 * - `*nghiêng*`, `**đậm**`, `***cả hai***`: a run of one to three asterisks opens only before a
 *   letter, a digit or an opening quote or bracket, and not inside a word or number ("3*4"); it
 *   closes only after a letter, a digit or closing punctuation, and not inside a word; and what
 *   it encloses has at least one letter ("*4*" stays as typed), or is a point number in bold
 *   ("**1-**"). Longer runs are text.
 * - `_` is never emphasis.
 * - `\` is printed as typed ("C:\Users\*", "D:\ten_tep", "\\may-chu\thu-muc"), except where
 *   what follows it would be markup: at the end of a line it breaks the line inside the
 *   paragraph; before an asterisk that would open emphasis, `#` at the start of a line, `[^`,
 *   `^[`, `[ngắt trang]`, `|`, a backquote or tilde, a dot after a digit ("Điều 1\."), it makes
 *   that character text. A run of backslashes before such a character is halved, as in
 *   Markdown ("\\*" prints "\" and reads the asterisk).
 */
import type MarkdownIt from "markdown-it";

type StateInline = Parameters<MarkdownIt["inline"]["ruler"]["push"]>[1] extends (
  state: infer S,
  silent: boolean,
) => boolean
  ? S
  : never;

const ASTERISK = 0x2a;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const OPENING = /[\p{L}\p{N}“‘"'([]/u;
const CLOSING = /[\p{L}\p{N}\p{M}.,:;!?)\]”’"'%…-]/u;

/** A run of asterisks: delimiters where they hug text, otherwise plain text. */
function asterisks(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== ASTERISK) return false;
  let end = start;
  while (end < state.posMax && src.charCodeAt(end) === ASTERISK) end++;
  const length = end - start;
  if (silent) return false;
  const before = start > 0 ? src[start - 1] : "";
  const after = end < state.posMax ? src[end] : "";
  const open = length <= 3 && !WORD.test(before) && OPENING.test(after);
  const close = length <= 3 && CLOSING.test(before) && !WORD.test(after);
  for (let i = 0; i < length; i++) {
    const token = state.push("text", "", 0);
    token.content = "*";
    if (open || close)
      state.delimiters.push({
        marker: ASTERISK,
        length,
        token: state.tokens.length - 1,
        end: -1,
        open,
        close,
      });
  }
  state.pos = end;
  return true;
}

/** A point number in bold: "**1-**", "**2.**", "**II.**". */
const POINT_NUMBER = /^(?:\d+(?:\.\d+)*|[IVXLC]+)[.\-)]?$/;

/** Pairs whose text has no letter ("*4*", "(**)") are not emphasis, bold point numbers aside: their asterisks stay. */
function pairsWithLetters(state: StateInline): boolean {
  const all = [state.delimiters, ...(state.tokens_meta ?? []).map((m) => m?.delimiters ?? [])];
  for (const delimiters of all)
    for (const opener of delimiters) {
      if (opener.marker !== ASTERISK || opener.end < 0) continue;
      const closer = delimiters[opener.end];
      let text = "";
      for (let t = opener.token + 1; t < closer.token; t++) text += state.tokens[t].content;
      if (!LETTER.test(text) && !(opener.length === 2 && POINT_NUMBER.test(text.replace(/\*/g, ""))))
        opener.end = -1;
    }
  return false;
}

const BACKSLASH = 0x5c;

/** Whether the character at `q`, right after a run of backslashes starting at `p`, would be markup. */
export function wouldBeMarkup(src: string, p: number, q: number, max: number): boolean {
  const c = src[q];
  switch (c) {
    case "|":
    case "`":
    case "~":
      return true;
    case "^":
      return src[q + 1] === "[";
    case "[":
      return src[q + 1] === "^" || src.slice(q, q + 12).toLocaleLowerCase("vi") === "[ngắt trang]";
    case ".":
      return /\d/.test(src[p - 1] ?? "");
    case "#": {
      const lineStart = src.lastIndexOf("\n", p - 1) + 1;
      return /^[ \t]*$/.test(src.slice(lineStart, p));
    }
    case "*": {
      let end = q;
      while (end < max && src.charCodeAt(end) === ASTERISK) end++;
      return OPENING.test(src[end] ?? "");
    }
    default:
      return false;
  }
}

/**
 * A run of backslashes: text, but before markup (see the top of this file), where each pair
 * prints one backslash and an odd one left makes the markup text, or breaks the line.
 */
function backslashes(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const p = state.pos;
  if (src.charCodeAt(p) !== BACKSLASH) return false;
  let q = p;
  while (q < state.posMax && src.charCodeAt(q) === BACKSLASH) q++;
  const n = q - p;
  const lineEnd = src[q] === "\n";
  if (!lineEnd && !wouldBeMarkup(src, p, q, state.posMax)) {
    if (!silent) state.pending += src.slice(p, q);
    state.pos = q;
    return true;
  }
  if (!silent) state.pending += "\\".repeat(n >> 1);
  if (n % 2 === 0) {
    state.pos = q;
    return true;
  }
  if (lineEnd) {
    if (!silent) state.push("hardbreak", "br", 0);
    let pos = q + 1;
    while (pos < state.posMax && (src[pos] === " " || src[pos] === "\t")) pos++;
    state.pos = pos;
    return true;
  }
  // The markup character (a whole run of asterisks) as text.
  let end = q + 1;
  if (src[q] === "*") while (end < state.posMax && src.charCodeAt(end) === ASTERISK) end++;
  if (!silent) state.pending += src.slice(q, end);
  state.pos = end;
  return true;
}

export function officeEmphasis(md: MarkdownIt): void {
  md.inline.ruler.at("emphasis", asterisks);
  md.inline.ruler.at("escape", backslashes);
  md.inline.ruler2.after("balance_pairs", "pairs_with_letters", pairsWithLetters);
}

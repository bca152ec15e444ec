/**
 * markdown-it-footnote's `footnote_ref` inline rule (`[^label]`), with the same tokens, but linear
 * and telling:
 * - The plugin scans from every "[^" to the next "]", so a text of "[^[^[^…" took time quadratic
 *   in its length (400 KB: minutes). This rule remembers where its last scan ended: a scan that
 *   starts inside that stretch ends at the same place.
 * - A well-formed reference to a label no note defines becomes a `footnote_missing` token whose
 *   content is the text as typed ("[^2]"): it is printed as typed, and the caller can tell where
 *   it is (the plugin left it as plain text, indistinguishable from the rest).
 */
import type MarkdownIt from "markdown-it";

type StateInline = Parameters<Parameters<MarkdownIt["inline"]["ruler"]["push"]>[1]>[0];

interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number>; list?: { label?: string; count?: number }[] };
}

const OPEN_BRACKET = 0x5b;
const CARET = 0x5e;
const CLOSE_BRACKET = 0x5d;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const COLON = 0x3a;

/** Per inline text: where the last scan for a label's end started and ended. */
const lastScan = new WeakMap<StateInline, { from: number; end: number }>();

/** The first "]", space or newline at or after `from` (or the text's end), as the plugin reads a label. */
function labelEnd(state: StateInline, from: number): number {
  const last = lastScan.get(state);
  if (last && last.from <= from && from <= last.end) return last.end;
  const src = state.src;
  let pos = from;
  while (pos < src.length) {
    const c = src.charCodeAt(pos);
    if (c === CLOSE_BRACKET || c === SPACE || c === NEWLINE) break;
    pos++;
  }
  lastScan.set(state, { from, end: pos });
  return pos;
}

function footnoteRef(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const max = state.posMax;
  const src = state.src;
  if (start + 3 > max || src.charCodeAt(start) !== OPEN_BRACKET || src.charCodeAt(start + 1) !== CARET)
    return false;
  const end = labelEnd(state, start + 2);
  if (end === start + 2 || end >= max || src.charCodeAt(end) !== CLOSE_BRACKET) return false;
  const label = src.slice(start + 2, end);
  const footnotes = (state.env as FootnoteEnv).footnotes;
  const known = footnotes?.refs?.[`:${label}`];
  if (known === undefined) {
    // "[^2]:" inside a paragraph is a definition that did not start a line, not a reference.
    if (src.charCodeAt(end + 1) === COLON) return false;
    if (!silent) {
      const token = state.push("footnote_missing", "", 0);
      token.content = src.slice(start, end + 1);
      token.meta = { label };
    }
    state.pos = end + 1;
    return true;
  }
  if (!silent && footnotes?.refs) {
    const list = (footnotes.list ??= []);
    let id = known;
    if (id < 0) {
      id = list.length;
      list[id] = { label, count: 0 };
      footnotes.refs[`:${label}`] = id;
    }
    const subId = list[id].count ?? 0;
    list[id].count = subId + 1;
    const token = state.push("footnote_ref", "", 0);
    token.meta = { id, subId, label };
  }
  state.pos = end + 1;
  return true;
}

/** Replaces the plugin's rule; use after `.use(footnotePlugin)`. */
export function linearFootnoteRef(md: MarkdownIt): void {
  md.inline.ruler.at("footnote_ref", footnoteRef);
}

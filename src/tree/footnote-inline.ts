/**
 * markdown-it-footnote's `footnote_inline` rule (`^[text]`), with the same tokens, but giving a
 * note inside an inline note an id of its own. The plugin takes the next id before it parses
 * the note's text, so a note in that text ("^[một ^[hai]]") took the same id, and the outer
 * note then overwrote the inner one's entry: the inner reference named the outer note's text.
 * This rule reserves the id first.
 */
import type MarkdownIt from "markdown-it";

type StateInline = Parameters<Parameters<MarkdownIt["inline"]["ruler"]["push"]>[1]>[0];
type Token = StateInline["tokens"][number];

interface FootnoteEnv {
  footnotes?: { list?: { content?: string; tokens?: Token[] }[] };
}

const CARET = 0x5e;
const OPEN_BRACKET = 0x5b;

function footnoteInline(state: StateInline, silent: boolean): boolean {
  const max = state.posMax;
  const start = state.pos;
  if (
    start + 2 >= max ||
    state.src.charCodeAt(start) !== CARET ||
    state.src.charCodeAt(start + 1) !== OPEN_BRACKET
  )
    return false;
  const labelStart = start + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start + 1);
  if (labelEnd < 0) return false;
  if (!silent) {
    const env = state.env as FootnoteEnv;
    const list = ((env.footnotes ??= {}).list ??= []);
    const id = list.length;
    const content = state.src.slice(labelStart, labelEnd);
    const entry: { content: string; tokens: Token[] } = { content, tokens: [] };
    list[id] = entry;
    state.md.inline.parse(content, state.md, state.env, entry.tokens);
    const token = state.push("footnote_ref", "", 0);
    token.meta = { id };
  }
  state.pos = labelEnd + 1;
  state.posMax = max;
  return true;
}

/** Replaces the plugin's rule; use after `.use(footnotePlugin)`. */
export function uniqueInlineFootnotes(md: MarkdownIt): void {
  md.inline.ruler.at("footnote_inline", footnoteInline);
}

/**
 * markdown-it-footnote's `footnote_tail` core rule, with the same tokens in the same order, but
 * linear: the plugin appends each note with `tokens.concat(...)`, copying the whole token list
 * once per footnote, so a body with thousands of notes took minutes (16,000 notes: 24 s). A label
 * defined twice prints its first definition (the plugin printed the last).
 */
import type MarkdownIt from "markdown-it";

type StateCore = Parameters<MarkdownIt["core"]["ruler"]["push"]>[1] extends (
  state: infer S,
  ...rest: never[]
) => unknown
  ? S
  : never;
type Token = StateCore["tokens"][number];

interface FootnoteEntry {
  label?: string;
  count?: number;
  content?: string;
  tokens?: Token[];
}

function footnoteTail(state: StateCore): void {
  const env = state.env as { footnotes?: { list?: FootnoteEntry[] } };
  if (!env.footnotes) return;
  const refTokens = new Map<string, Token[]>();
  const kept: Token[] = [];
  let current: Token[] | undefined;
  let currentLabel = "";
  for (const tok of state.tokens) {
    if (tok.type === "footnote_reference_open") {
      current = [];
      currentLabel = tok.meta.label;
    } else if (tok.type === "footnote_reference_close") {
      // The first definition of a label is the one printed (as for CommonMark's link references).
      if (!refTokens.has(currentLabel)) refTokens.set(currentLabel, current ?? []);
      current = undefined;
    } else if (current) current.push(tok);
    else kept.push(tok);
  }
  state.tokens = kept;
  const list = env.footnotes.list;
  if (!list) return;
  const out = state.tokens;
  out.push(new state.Token("footnote_block_open", "", 1));
  list.forEach((note, i) => {
    const open = new state.Token("footnote_open", "", 1);
    open.meta = { id: i, label: note.label };
    out.push(open);
    if (note.tokens) {
      const po = new state.Token("paragraph_open", "p", 1);
      po.block = true;
      const inline = new state.Token("inline", "", 0);
      inline.children = note.tokens;
      inline.content = note.content ?? "";
      const pc = new state.Token("paragraph_close", "p", -1);
      pc.block = true;
      out.push(po, inline, pc);
    } else if (note.label) {
      for (const t of refTokens.get(note.label) ?? []) out.push(t);
    }
    const lastParagraph = out[out.length - 1].type === "paragraph_close" ? out.pop() : undefined;
    const count = note.count && note.count > 0 ? note.count : 1;
    for (let j = 0; j < count; j++) {
      const anchor = new state.Token("footnote_anchor", "", 0);
      anchor.meta = { id: i, subId: j, label: note.label };
      out.push(anchor);
    }
    if (lastParagraph) out.push(lastParagraph);
    out.push(new state.Token("footnote_close", "", -1));
  });
  out.push(new state.Token("footnote_block_close", "", -1));
}

/** Replaces the plugin's rule; use after `.use(footnotePlugin)`. */
export function linearFootnoteTail(md: MarkdownIt): void {
  md.core.ruler.at("footnote_tail", footnoteTail);
}

/**
 * markdown-it-footnote's `footnote_def` block rule (`[^label]: text`), unchanged, but recording
 * every definition in the parse's env: its label, its line, and whether it has any text. The
 * plugin keeps only a label → note map, so a second definition of a label, or one nobody
 * references, would vanish without a trace; the caller reports them from this record.
 */
import type MarkdownIt from "markdown-it";

type RuleBlock = Parameters<MarkdownIt["block"]["ruler"]["push"]>[1];

export interface FootnoteDefinition {
  label: string;
  /** 0-based line of "[^label]:" in the parsed text. */
  line: number;
  /** Nothing but white space after the colon. */
  empty: boolean;
  /** The text of its first paragraph, as typed. */
  text: string;
}

const DEFINITIONS = "vanthuFootnoteDefinitions";

/** The definitions a parse with this env has met, in the order of the text. */
export function definitionsOf(env: object): FootnoteDefinition[] {
  const e = env as { [DEFINITIONS]?: FootnoteDefinition[] };
  return (e[DEFINITIONS] ??= []);
}

/** Wraps the plugin's rule; use after `.use(footnotePlugin)`. */
export function recordedFootnoteDefs(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: RuleBlock }[] }).__rules__;
  const original = rules.find((r) => r.name === "footnote_def")?.fn;
  if (!original) throw new Error("markdown-it-footnote has no footnote_def rule to wrap");
  const rule: RuleBlock = (state, startLine, endLine, silent) => {
    const before = state.tokens.length;
    if (!original(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const open = state.tokens[before];
    open.map = [startLine, state.line];
    const inner = state.tokens.slice(before + 1, -1).filter((t) => t.type === "inline");
    definitionsOf(state.env).push({
      label: open.meta.label,
      line: startLine,
      empty: inner.every((t) => !t.content.trim()),
      text: inner[0]?.content ?? "",
    });
    return true;
  };
  // The same alternatives as the plugin: a definition may interrupt a paragraph.
  md.block.ruler.at("footnote_def", rule, { alt: ["paragraph", "reference"] });
}

/**
 * A markdown-it block rule for ```bang fences only (the general fence rule stays off, so any
 * other ``` is printed as typed): a `bang` token with the block's content, its lines in `map`,
 * and `meta.closed` false when the closing fence is missing. Fences are read by `fence.ts`.
 */
import type MarkdownIt from "markdown-it";
import { closesFence, fenceOpening, isBang } from "./fence";

type StateBlock = Parameters<Parameters<MarkdownIt["block"]["ruler"]["before"]>[2]>[0];

export function bangFence(md: MarkdownIt): void {
  md.block.ruler.before("fence", "bang", rule, { alt: ["paragraph", "reference", "blockquote", "list"] });
}

function rule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const opening = fenceOpening(lineText(state, startLine));
  if (!opening || !isBang(opening)) return false;
  if (silent) return true;
  let next = startLine + 1;
  while (
    next < endLine &&
    !(state.sCount[next] - state.blkIndent < 4 && closesFence(lineText(state, next), opening))
  )
    next++;
  const closed = next < endLine;
  const token = state.push("bang", "code", 0);
  token.content = state.getLines(startLine + 1, next, state.sCount[startLine], true);
  token.map = [startLine, closed ? next + 1 : next];
  token.meta = { closed };
  state.line = closed ? next + 1 : next;
  return true;
}

const lineText = (state: StateBlock, line: number) =>
  state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);

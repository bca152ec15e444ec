/**
 * Where a line-based rewrite of the body may act: on the lines that start a paragraph of the
 * body, and never inside a fenced block (the lines of a ```bang table, YAML where indentation
 * and a leading "#" matter, or of any other ``` or ~~~ block stay exactly as typed).
 *
 * The blocks are those `tree/fence.ts` reads; a fence that is never closed protects nothing (an
 * unclosed ```bang is reported by the table reader; any other is printed as typed).
 *
 * A line starts a paragraph when it is not indented, not blank, and follows the start of the
 * text, a blank line, a heading ("# …") or a ```bang block. Any other line continues something:
 * a paragraph wrapped by the author's editor, a footnote's text (its indented lines, or a line
 * right after "[^1]: …"), or a block printed as typed.
 */
import { fencedBlocks, isBang } from "../tree/fence";

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;

/** For each line: inside a closed fenced block (its fences included), and whether that block is a ```bang table. */
interface Fenced {
  inside: boolean[];
  /** The closing fence lines of ```bang blocks. */
  bangEnds: Set<number>;
}

function fencedLines(lines: readonly string[]): Fenced {
  const inside = new Array<boolean>(lines.length).fill(false);
  const bangEnds = new Set<number>();
  for (const block of fencedBlocks(lines, { unclosed: "skip" })) {
    inside.fill(true, block.start, block.end + 1);
    if (isBang(block.opening)) bangEnds.add(block.end);
  }
  return { inside, bangEnds };
}

/** For each line of `markdown`: whether it starts a paragraph of the body, outside fenced blocks. */
export function paragraphStarts(markdown: string): boolean[] {
  const lines = markdown.split("\n");
  const { inside, bangEnds } = fencedLines(lines);
  return lines.map((line, i) => {
    if (inside[i] || BLANK.test(line) || /^[ \t]/.test(line)) return false;
    if (i === 0) return true;
    const before = lines[i - 1];
    return inside[i - 1] ? bangEnds.has(i - 1) : BLANK.test(before) || HEADING.test(before);
  });
}

/** `markdown` with `rewrite` applied to each line that starts a paragraph of the body. */
export function rewriteParagraphStarts(markdown: string, rewrite: (line: string) => string): string {
  const starts = paragraphStarts(markdown);
  return markdown
    .split("\n")
    .map((line, i) => (starts[i] ? rewrite(line) : line))
    .join("\n");
}

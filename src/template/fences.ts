/**
 * Where a line-based rewrite of the body may act: on the lines that start a paragraph of the
 * body, and never inside a fenced block (the lines of a ```bang table, YAML where indentation
 * and a leading "#" matter, or of any other ``` or ~~~ block stay exactly as typed).
 *
 * A fence is read as markdown-it reads one: up to three spaces, then three or more backticks
 * (with no backtick after them) or tildes, closed by a line of at least as many of the same
 * character and nothing else. A fence that is never closed protects nothing (an unclosed ```bang
 * is reported by the table reader; any other is printed as typed).
 *
 * A line starts a paragraph when it is not indented, not blank, and follows the start of the
 * text, a blank line, a heading ("# …") or a ```bang block. Any other line continues something:
 * a paragraph wrapped by the author's editor, a footnote's text (its indented lines, or a line
 * right after "[^1]: …"), or a block printed as typed.
 */

const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const BANG = /^[ \t]*bang[ \t]*$/i;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;

/** For each line: inside a closed fenced block (its fences included), and whether that block is a ```bang table. */
interface Fenced {
  inside: boolean[];
  /** The closing fence lines of ```bang blocks. */
  bangEnds: Set<number>;
}

export function fencedLines(lines: readonly string[]): Fenced {
  // For each line, the longest closing fence of each kind after it: a fence opened there is closed iff it is
  // long enough.
  const backticksAfter = new Int32Array(lines.length + 1);
  const tildesAfter = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const close = CLOSE.exec(lines[i]);
    backticksAfter[i] = Math.max(backticksAfter[i + 1], close?.[1][0] === "`" ? close[1].length : 0);
    tildesAfter[i] = Math.max(tildesAfter[i + 1], close?.[1][0] === "~" ? close[1].length : 0);
  }
  const inside = new Array<boolean>(lines.length).fill(false);
  const bangEnds = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open || (open[1][0] === "`" && open[2].includes("`"))) continue;
    const [fence, length] = [open[1][0], open[1].length];
    if ((fence === "`" ? backticksAfter : tildesAfter)[i + 1] < length) continue;
    let end = i + 1;
    while (!closes(lines[end], fence, length)) end++;
    inside.fill(true, i, end + 1);
    if (BANG.test(open[2])) bangEnds.add(end);
    i = end;
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

function closes(line: string, fence: string, length: number): boolean {
  const close = CLOSE.exec(line);
  return !!close && close[1][0] === fence && close[1].length >= length;
}

/**
 * A line-based rewrite of Markdown applied only outside fenced blocks: the lines of a ```bang
 * table (YAML, where indentation and a leading "#" matter) or of any other ``` or ~~~ block are
 * left exactly as typed. A fence is read as markdown-it reads one: up to three spaces, then three
 * or more backticks (with no backtick after them) or tildes, closed by a line of at least as many
 * of the same character and nothing else. A fence that is never closed protects nothing (an
 * unclosed ```bang is reported by the table reader; any other is printed as typed).
 */

const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

export function outsideFences(markdown: string, rewrite: (text: string) => string): string {
  const lines = markdown.split("\n");
  // For each line, the longest closing fence of each kind after it: a fence opened there is closed iff it is long enough.
  const backticksAfter = new Int32Array(lines.length + 1);
  const tildesAfter = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const close = CLOSE.exec(lines[i]);
    backticksAfter[i] = Math.max(backticksAfter[i + 1], close?.[1][0] === "`" ? close[1].length : 0);
    tildesAfter[i] = Math.max(tildesAfter[i + 1], close?.[1][0] === "~" ? close[1].length : 0);
  }
  const out: string[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to > from) out.push(rewrite(lines.slice(from, to).join("\n")));
  };
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open || (open[1][0] === "`" && open[2].includes("`"))) continue;
    const [fence, length] = [open[1][0], open[1].length];
    if ((fence === "`" ? backticksAfter : tildesAfter)[i + 1] < length) continue;
    let end = i + 1;
    while (!closes(lines[end], fence, length)) end++;
    flush(i);
    out.push(lines.slice(i, end + 1).join("\n"));
    from = end + 1;
    i = end;
  }
  flush(lines.length);
  return out.join("\n");
}

function closes(line: string, fence: string, length: number): boolean {
  const close = CLOSE.exec(line);
  return !!close && close[1][0] === fence && close[1].length >= length;
}

/**
 * The one reader of fenced blocks in the body's Markdown. A fence is read as markdown-it reads
 * one: up to three spaces, then three or more backticks (with no backtick after them) or tildes,
 * closed by a line of at least as many of the same character (up to three spaces before it) and
 * nothing else. The body reader takes only ```bang blocks (`tree/bang-fence.ts`, a markdown-it
 * rule over these same tests); the passes that must leave a block's lines as typed find the
 * blocks with `fencedBlocks`: the paragraph-start rewrites (`template/fences.ts`), text
 * consistency and the body's last line (`compose/`), workbook references (`sheet/references.ts`)
 * and the web form's heading numbers.
 */

/** An opening fence: its character, how many, and the text after them (```bang → "bang"). */
export interface FenceOpening {
  marker: "`" | "~";
  length: number;
  info: string;
}

const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const BANG = /^[ \t]*bang[ \t]*$/i;

/** The fence `line` opens, if it opens one. */
export function fenceOpening(line: string): FenceOpening | undefined {
  const m = OPEN.exec(line);
  if (!m || (m[1][0] === "`" && m[2].includes("`"))) return undefined;
  return { marker: m[1][0] as "`" | "~", length: m[1].length, info: m[2] };
}

/** Whether `line` closes the block `opening` opened. */
export function closesFence(line: string | undefined, opening: FenceOpening): boolean {
  const m = line === undefined ? null : CLOSE.exec(line);
  return !!m && m[1][0] === opening.marker && m[1].length >= opening.length;
}

/** A ```bang table's fence (any case, spaces around the word). */
export const isBang = (opening: FenceOpening): boolean => BANG.test(opening.info);

/** A fenced block of a text's lines (indexes from 0). */
export interface FencedBlock {
  opening: FenceOpening;
  /** The opening fence's line. */
  start: number;
  /** The closing fence's line; the last line of the text when the block is never closed. */
  end: number;
  closed: boolean;
}

/**
 * The fenced blocks of `lines`, in order. A fence never closed runs to the end of the text (as
 * markdown-it reads it), `closed` false; with `unclosed: "skip"` it makes no block and the lines
 * after it are read on. With `only`, other fences are no blocks (`isBang`: as the body reader
 * sees the text, where a ``` block is printed as typed and a ```bang inside it is still a table).
 */
export function fencedBlocks(
  lines: readonly string[],
  {
    unclosed = "to-end",
    only,
  }: { unclosed?: "to-end" | "skip"; only?: (opening: FenceOpening) => boolean } = {},
): FencedBlock[] {
  const closing = unclosed === "skip" ? longestClosingAfter(lines) : undefined;
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = fenceOpening(lines[i]);
    if (!opening || (only && !only(opening))) continue;
    if (closing && closing[opening.marker][i + 1] < opening.length) continue;
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end], opening)) end++;
    const closed = end < lines.length;
    blocks.push({ opening, start: i, end: closed ? end : lines.length - 1, closed });
    i = end;
  }
  return blocks;
}

/** For each line of `lines`: whether it is in a fenced block (its fences included); options as `fencedBlocks`. */
export function insideFences(
  lines: readonly string[],
  options?: Parameters<typeof fencedBlocks>[1],
): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  for (const block of fencedBlocks(lines, options)) inside.fill(true, block.start, block.end + 1);
  return inside;
}

/**
 * For each line, the longest closing fence of each character at or after it: a fence opened
 * before it is closed iff one is long enough (so skipping unclosed fences stays linear).
 */
function longestClosingAfter(lines: readonly string[]): Record<"`" | "~", Int32Array> {
  const after = { "`": new Int32Array(lines.length + 1), "~": new Int32Array(lines.length + 1) };
  for (let i = lines.length - 1; i >= 0; i--) {
    const close = CLOSE.exec(lines[i]);
    for (const marker of ["`", "~"] as const)
      after[marker][i] = Math.max(after[marker][i + 1], close?.[1][0] === marker ? close[1].length : 0);
  }
  return after;
}

/**
 * Column widths of a data table, in twips, summing exactly to the width it has: a column with a
 * `width` (percent) gets that share; the others share the rest in proportion to their content
 * (the widest line of their one-column cells, measured in Times New Roman), never narrower than
 * their longest word when the table has room for it (as a browser lays out an automatic table). Fixed
 * layout: text wraps, never overflows.
 */
import type { Style } from "../profile/schema";
import type { Block, Column, Inline, Row } from "../tree/types";
import { placeCells } from "../tree/grid";
import { textWidth } from "./measure";

export interface Measure {
  style(id: string): Style;
  /** Left plus right cell margins, in twips. */
  padding: number;
}

export function dataColumnWidths(
  columns: readonly Column[],
  rows: readonly Row[],
  width: number,
  measure: Measure,
): number[] {
  const n = columns.length;
  const want = new Array<number>(n).fill(0);
  const least = new Array<number>(n).fill(0);
  for (const row of placeCells(rows, n).rows) {
    for (const p of row) {
      if (p.colSpan !== 1) continue;
      const m = measureBlocks(p.cell.children, measure);
      want[p.column] = Math.max(want[p.column], m.line + measure.padding);
      least[p.column] = Math.max(least[p.column], m.word + measure.padding);
    }
  }
  const fixedShare = columns.reduce((s, c) => s + (c.width ?? 0), 0) / 100;
  const free = columns.map((c, i) => (c.width === undefined ? i : -1)).filter((i) => i >= 0);
  const freeLeast = free.reduce((s, i) => s + Math.max(least[i], measure.padding + 1), 0);
  // Columns with a share keep it unless the others could not hold their longest words.
  const fixedTotal = free.length ? Math.min(width * fixedShare, Math.max(0, width - freeLeast)) : width;
  const widths = columns.map((c) =>
    c.width !== undefined ? (fixedTotal * c.width) / 100 / (fixedShare || 1) : 0,
  );
  share(free, want, least, width - fixedTotal, widths);
  return toTwips(widths, width);
}

/**
 * Give `room` to the columns `free`: by content when it all fits, else their longest words first, then the
 * rest by content.
 */
function share(free: number[], want: number[], least: number[], room: number, widths: number[]) {
  if (!free.length) return;
  const wants = free.map((i) => Math.max(want[i], 1));
  const total = wants.reduce((a, b) => a + b, 0);
  if (total <= room) return free.forEach((i, k) => (widths[i] = (room * wants[k]) / total));
  const base = free.map((i, k) => Math.min(least[i], wants[k]));
  const baseTotal = base.reduce((a, b) => a + b, 0);
  if (baseTotal >= room)
    return free.forEach((i, k) => (widths[i] = (room * Math.max(base[k], 1)) / Math.max(baseTotal, 1)));
  const extra = free.map((_, k) => wants[k] - base[k]);
  const extraTotal = extra.reduce((a, b) => a + b, 0) || 1;
  free.forEach((i, k) => (widths[i] = base[k] + ((room - baseTotal) * extra[k]) / extraTotal));
}

/** Whole twips that add up to `width` exactly. */
function toTwips(widths: number[], width: number): number[] {
  const out = widths.map((w) => Math.max(1, Math.floor(w)));
  out[out.length - 1] += width - out.reduce((a, b) => a + b, 0);
  return out;
}

/** The widest line and the longest word of a cell's paragraphs, in twips, with each run's marks. */
function measureBlocks(blocks: readonly Block[], measure: Measure): { line: number; word: number } {
  let line = 0;
  let word = 0;
  for (const b of blocks) {
    if (b.type !== "paragraph") continue;
    const style = measure.style(b.style);
    let current = 0;
    let currentWord = 0;
    for (const c of [...b.children, { type: "break" } as Inline]) {
      if (c.type === "break") {
        [line, word, current, currentWord] = [Math.max(line, current), Math.max(word, currentWord), 0, 0];
        continue;
      }
      if (c.type !== "text") continue;
      const marks = new Set(c.marks);
      const w = (value: string) =>
        textWidth(
          value,
          style.size ?? 14,
          !!style.bold || marks.has("bold"),
          !!style.italic || marks.has("italic"),
        );
      current += w(c.value);
      const parts = c.value.split(/\s+/);
      parts.forEach((part, k) => {
        currentWord = k === 0 ? currentWord + w(part) : w(part);
        word = Math.max(word, currentWord);
      });
    }
  }
  // A little slack, so a line measured to the twip does not wrap on a rounding difference.
  return { line: line * 1.03, word: word * 1.03 };
}

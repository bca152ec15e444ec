/**
 * How large a document may be, so that no input can exhaust memory: each limit is far above any
 * real document (a 5 MB body of 10,000 paragraphs renders in about a second and 300 MB), and
 * going over one is a TOO_LARGE diagnostic, never a crash. Two checks: a cheap one on the data
 * before any Markdown is parsed (the parser's tokens would be the first thing to outgrow memory),
 * and an exact one on the tree before it is rendered (docx objects cost kilobytes per paragraph).
 */
import type { Block, Inline, Root } from "./tree/types";

export const LIMITS = {
  /** Characters of YAML text in one file. */
  sourceChars: 16 * 1024 * 1024,
  /** Lines (blank ones aside) and table cell separators ("|") in all the text values of a document together. */
  lines: 200_000,
  /** Paragraphs in the tree (body, lists, footnotes, table cells). */
  paragraphs: 100_000,
  /** Cells of data tables (Markdown tables and ```bang blocks). */
  cells: 20_000,
};

export type FieldPath = (string | number)[];

/** The lines of all the text values of `data`, and the field that holds the most (where to point). */
export function lineCount(data: unknown): { total: number; largest: FieldPath } {
  let total = 0;
  let most = -1;
  let largest: FieldPath = [];
  const visit = (value: unknown, path: FieldPath) => {
    if (typeof value === "string") {
      let n = 1;
      // Blank lines between paragraphs are not counted.
      for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) if (value.charCodeAt(i + 1) !== 10) n++;
      for (let i = value.indexOf("|"); i >= 0; i = value.indexOf("|", i + 1)) n++;
      total += n;
      if (n > most) (most = n), (largest = path);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    // Depth is bounded by load (MAX_DEPTH), so recursion is safe here.
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return { total, largest };
}

/** Paragraphs and data table cells of a tree. */
export function treeSize(tree: Root): { paragraphs: number; cells: number } {
  let paragraphs = 0;
  let cells = 0;
  const inlines = (list: readonly Inline[]) => {
    for (const c of list) if (c.type === "footnote") for (const p of c.children) (paragraphs++, inlines(p.children));
  };
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === "paragraph") (paragraphs++, inlines(b.children));
      else if (b.type === "table")
        for (const r of b.rows)
          for (const c of r.cells) {
            if (b.columns) cells++;
            blocks(c.children);
          }
    }
  };
  for (const s of tree.sections) blocks(s.children);
  return { paragraphs, cells };
}

/** "1.700.000", as numbers are written in Vietnamese. */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

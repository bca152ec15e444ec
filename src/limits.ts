/**
 * How large a document may be, so that no input can exhaust memory: each limit is far above any
 * real document (a 5 MB body of 10,000 paragraphs renders in about a second and 300 MB), and
 * going over one is a TOO_LARGE diagnostic, never a crash. Two checks: a cheap one on the data
 * before any Markdown is parsed (the parser's tokens would be the first thing to outgrow memory),
 * and an exact one on the tree before it is rendered (docx objects cost kilobytes per paragraph).
 * Text is counted as printed: a value a YAML alias repeats counts at each place, and a footnote
 * at each of its references (Word prints one note per reference), so a small file cannot expand
 * into gigabytes of text.
 */
import type { FieldPath } from "./field-path";
import type { Block, Inline, Paragraph, Root } from "./tree/types";

export const LIMITS = {
  /**
   * Characters of YAML text in one file: 8 Mi, as the file limit (read-file.ts). A document near
   * this renders in about 450 MB, within Node's default heap on a small machine.
   */
  sourceChars: 8 * 1024 * 1024,
  /**
   * Characters of text in a document: in all its text values together (aliases expanded), and in
   * its tree (each footnote once per reference). As many as the largest file may hold.
   */
  chars: 8 * 1024 * 1024,
  /** Lines (blank ones aside) and table cell separators ("|") in all the text values of a document together. */
  lines: 200_000,
  /** Paragraphs in the tree (body, lists, footnotes, table cells). */
  paragraphs: 100_000,
  /** Cells of data tables (Markdown tables and ```bang blocks). */
  cells: 20_000,
  /** Values (texts, numbers, lists, tables…) in the data: a real document has a few hundred. */
  values: 50_000,
  /**
   * Phụ lục in the whole document, those of its enclosures included: each is a section of its
   * own, and a real document has a handful.
   */
  appendices: 20,
  /**
   * Văn bản kèm theo in the whole document, at every depth together: each is a whole document
   * (templates, sections, signatures), so per-level limits would multiply (20 × 20 × 20).
   */
  enclosures: 20,
};

export interface TextSize {
  /** Lines, blank ones aside, and table cell separators. */
  lines: number;
  /** The field with the most lines (where to point). */
  mostLines: FieldPath;
  chars: number;
  /** The field with the most characters. */
  mostChars: FieldPath;
  /** Values of every kind, lists and tables included. */
  values: number;
  /** The list or table with the most items. */
  mostItems: FieldPath;
}

/**
 * The lines and characters of all the text values of `data`. Lines are not counted any more once
 * the characters are over the limit (a value repeated by aliases is not scanned again and again).
 */
export function textSize(data: unknown): TextSize {
  const size: TextSize = { lines: 0, mostLines: [], chars: 0, mostChars: [], values: 0, mostItems: [] };
  let most = -1;
  let longest = -1;
  let widest = -1;
  const items = (n: number, path: FieldPath) => {
    if (n > widest) {
      widest = n;
      size.mostItems = path;
    }
  };
  const visit = (value: unknown, path: FieldPath) => {
    // Past the limit nothing more is learnt: stop walking (aliases can repeat a large list).
    if (++size.values > LIMITS.values) return;
    if (typeof value === "string") {
      size.chars += value.length;
      if (value.length > longest) {
        longest = value.length;
        size.mostChars = path;
      }
      if (size.chars > LIMITS.chars) return;
      let n = 1;
      // Blank lines between paragraphs are not counted.
      for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1))
        if (value.charCodeAt(i + 1) !== 10) n++;
      for (let i = value.indexOf("|"); i >= 0; i = value.indexOf("|", i + 1)) n++;
      size.lines += n;
      if (n > most) {
        most = n;
        size.mostLines = path;
      }
    } else if (Array.isArray(value)) {
      items(value.length, path);
      value.forEach((v, i) => visit(v, [...path, i]));
    } else if (value && typeof value === "object") {
      // Depth is bounded by load (MAX_DEPTH), so recursion is safe here.
      const entries = Object.entries(value);
      items(entries.length, path);
      for (const [k, v] of entries) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return size;
}

export interface Parts {
  appendices: number;
  enclosures: number;
  /** Where the first phụ lục, or văn bản kèm theo, past its limit is written. */
  pastAppendices?: FieldPath;
  pastEnclosures?: FieldPath;
}

/**
 * The phụ lục and văn bản kèm theo of a document's data, at every depth, counted before anything
 * is validated or composed (the values limit bounds the walk).
 */
export function partsOf(data: unknown): Parts {
  const parts: Parts = { appendices: 0, enclosures: 0 };
  const visit = (doc: unknown, path: FieldPath) => {
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) return;
    const { phu_luc: appendices, kem_theo: enclosures } = doc as Record<string, unknown>;
    if (Array.isArray(appendices))
      appendices.forEach((_, i) => {
        if (++parts.appendices === LIMITS.appendices + 1) parts.pastAppendices = [...path, "phu_luc", i];
      });
    if (Array.isArray(enclosures))
      enclosures.forEach((enclosure, i) => {
        if (++parts.enclosures === LIMITS.enclosures + 1) parts.pastEnclosures = [...path, "kem_theo", i];
        if (parts.enclosures <= LIMITS.enclosures) visit(enclosure, [...path, "kem_theo", i]);
      });
  };
  visit(data, []);
  return parts;
}

/**
 * Paragraphs, data table cells and characters of a tree, a footnote counted at each reference.
 * Each note is measured once (its references share its paragraphs), so a note referenced ten
 * thousand times costs ten thousand additions, not ten thousand walks.
 */
export function treeSize(tree: Root): { paragraphs: number; cells: number; chars: number } {
  const size = { paragraphs: 0, cells: 0, chars: 0 };
  const notes = new Map<readonly Paragraph[], { paragraphs: number; chars: number }>();
  const note = (children: readonly Paragraph[]) => {
    let n = notes.get(children);
    if (!n) {
      n = { paragraphs: children.length, chars: 0 };
      notes.set(children, n);
      for (const p of children) {
        const inner = inlines(p.children);
        n.paragraphs += inner.paragraphs;
        n.chars += inner.chars;
      }
    }
    return n;
  };
  const inlines = (list: readonly Inline[]) => {
    const n = { paragraphs: 0, chars: 0 };
    for (const c of list) {
      if (c.type === "text") n.chars += c.value.length;
      else if (c.type === "footnote") {
        const inner = note(c.children);
        n.paragraphs += inner.paragraphs;
        n.chars += inner.chars;
      }
    }
    return n;
  };
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === "paragraph") {
        const inner = inlines(b.children);
        size.paragraphs += 1 + inner.paragraphs;
        size.chars += inner.chars;
      } else if (b.type === "table")
        for (const r of b.rows)
          for (const c of r.cells) {
            if (b.columns) size.cells++;
            blocks(c.children);
          }
    }
  };
  for (const s of tree.sections) blocks(s.children);
  return size;
}

/** "1.700.000", as numbers are written in Vietnamese. */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

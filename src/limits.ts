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
import type { Paragraph, Root } from "./tree/types";
import { SKIP, visit } from "./tree/visit";

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
export function treeSize(tree: Root): TreeSize {
  const notes = new Map<readonly Paragraph[], TreeSize>();
  const measure = (nodes: Root | readonly Paragraph[]): TreeSize => {
    const size = { paragraphs: 0, cells: 0, chars: 0 };
    visit(nodes, {
      paragraph: () => void size.paragraphs++,
      text: (t) => void (size.chars += t.value.length),
      dataTable: (t) => {
        for (const r of t.rows) size.cells += r.cells.length;
      },
      footnote: (f) => {
        let note = notes.get(f.children);
        if (!note) {
          // Recorded before it is measured, so a note that (wrongly) refers to itself ends.
          notes.set(f.children, (note = { paragraphs: 0, cells: 0, chars: 0 }));
          Object.assign(note, measure(f.children));
        }
        size.paragraphs += note.paragraphs;
        size.chars += note.chars;
        return SKIP;
      },
    });
    return size;
  };
  return measure(tree);
}

export interface TreeSize {
  paragraphs: number;
  cells: number;
  chars: number;
}

/** "1.700.000", as numbers are written in Vietnamese. */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

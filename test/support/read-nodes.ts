/** Small builders of read-tree nodes (src/ooxml/types.ts) for tests of what consumes them. */
import type {
  ParagraphLook,
  ReadFootnote,
  ReadInline,
  ReadParagraph,
  ReadTable,
  ReadText,
  RunLook,
} from "../../src/ooxml/types";

export const runLook = (over: Partial<RunLook> = {}): RunLook => ({
  size: 14,
  bold: false,
  italic: false,
  caps: false,
  smallCaps: false,
  strike: false,
  doubleStrike: false,
  ...over,
});

export const paragraphLook = (over: Partial<ParagraphLook> = {}): ParagraphLook => ({
  align: "justify",
  indent: { left: 0, right: 0, firstLine: 12.7 },
  spacing: { before: 0, after: 6 },
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  mark: runLook(),
  ...over,
});

/** A run: `text("a", "bold", "italic")`. */
export function text(value: string, ...marks: ("bold" | "italic" | "underline")[]): ReadText {
  return {
    type: "text",
    value,
    ...(marks.length && { marks }),
    look: runLook({ bold: marks.includes("bold"), italic: marks.includes("italic") }),
  };
}

export const note = (...paragraphs: ReadParagraph[]): ReadFootnote => ({
  type: "footnote",
  kind: "footnote",
  children: paragraphs,
});

let source = 0;
/** A body paragraph of `children` (a string is one plain run). */
export function para(
  children: (ReadInline | string)[] | string,
  style = "noi-dung",
  look: Partial<ParagraphLook> = {},
): ReadParagraph {
  const list = typeof children === "string" ? [children] : children;
  return {
    type: "paragraph",
    style,
    children: list.map((c) => (typeof c === "string" ? text(c) : c)),
    look: paragraphLook({ styleId: style, styleName: style, ...look }),
    source: ++source,
  };
}

/** A table of rows of cells (a string is a one-paragraph cell); `spans` as [row, cell, colSpan, rowSpan]. */
export function table(
  rows: string[][],
  headerRows = 1,
  spans: [number, number, number, number][] = [],
): ReadTable {
  return {
    type: "table",
    headerRows,
    look: { grid: [], nested: false },
    rows: rows.map((r, ri) => ({
      type: "row",
      cells: r.map((c, ci) => {
        const span = spans.find(([sr, sc]) => sr === ri && sc === ci);
        return {
          type: "cell",
          children: [para(c, ri < headerRows ? "bang-dau" : "bang-o")],
          ...(span && span[2] > 1 && { colSpan: span[2] }),
          ...(span && span[3] > 1 && { rowSpan: span[3] }),
        };
      }),
    })),
  };
}

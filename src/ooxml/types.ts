/**
 * The tree a .docx reads into: the same node kinds as the document tree that vanthu renders
 * (src/tree/types.ts: document → section → paragraph/table/pageBreak; inline text, break, tab,
 * footnote, pageNumber), plus what a reader knows and the writer ignores: the RESOLVED
 * formatting of every paragraph and run (`look`, after docDefaults → style chain → numbering →
 * direct formatting), each body paragraph's place in the document (`source`), page set-up,
 * headers and footers per section.
 *
 * Units, as in the format profile (templates/profiles/*.yaml): lengths on the page (page size,
 * margins, indents, tab stops, column widths) in **mm**; font sizes, paragraph spacing, line
 * heights and border widths in **pt**. Lengths in mm are rounded to 0.1 mm, those in pt to 0.01 pt.
 */
import type { Diagnostic } from "../diagnostic";
import type { Align, Side, VAlign } from "../tree/types";

/** `{"type":"text","value":"Kính gửi:","marks":["bold"],"look":{…}}` */
export interface ReadText {
  type: "text";
  value: string;
  /** bold / italic / underline as in the rendered tree (from `look`), for easy comparison. */
  marks?: ("bold" | "italic" | "underline")[];
  look: RunLook;
  /** The field whose current result this text is (`DATE`, `NUMPAGES`, `REF` …), upper case. */
  field?: string;
  /** Where the text sits when it is not plain paragraph text: a w:sym symbol, deleted-then-kept etc. */
  origin?: "symbol";
}

/** w:br (a line break; `page`/`column` when the break is of that kind but sits inside text), w:cr. */
export interface ReadBreak {
  type: "break";
  kind?: "page" | "column";
}

/** w:tab (or w:ptab). `look` tells whether it is underlined (a drawn line made with tabs). */
export interface ReadTab {
  type: "tab";
  look: RunLook;
}

/** A footnote or endnote reference, with the note's paragraphs. */
export interface ReadFootnote {
  type: "footnote";
  /** "footnote" (footnotes.xml) or "endnote" (endnotes.xml). */
  kind: "footnote" | "endnote";
  /** The mark as printed when the author chose one (w:customMarkFollows), else absent (auto-numbered). */
  mark?: string;
  children: ReadParagraph[];
}

/** A PAGE field, as w:fldSimple or as w:fldChar begin/instrText/separate/end runs. */
export interface ReadPageNumber {
  type: "pageNumber";
  look: RunLook;
}

export type ReadInline = ReadText | ReadBreak | ReadTab | ReadFootnote | ReadPageNumber;

/** The resolved character formatting of a run. */
export interface RunLook {
  /** Font for Latin text (w:rFonts ascii, theme fonts resolved); Vietnamese letters use it too. */
  font?: string;
  /** The other slots when they differ from `font`. */
  fonts?: { hAnsi?: string; cs?: string; eastAsia?: string };
  /** Size in pt (w:sz / 2); Word's default when nothing sets one: 10 pt. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** w:u kind ("single", "double", "thick", "dotted", "words" …); absent when not underlined. */
  underline?: string;
  caps: boolean;
  smallCaps: boolean;
  strike: boolean;
  doubleStrike: boolean;
  /** Hex RRGGBB, upper case, when not "auto". */
  color?: string;
  vertAlign?: "superscript" | "subscript";
  highlight?: string;
  /** Hidden text (w:vanish): kept, but a consumer may skip it. */
  hidden?: boolean;
  /** Character style (w:rStyle) id and name. */
  styleId?: string;
  styleName?: string;
}

export interface BorderLook {
  /** w:val: "single", "double", "dotted", "thick" … (never "none"/"nil": those are absent). */
  style: string;
  /** Line width in pt (w:sz / 8). */
  width: number;
  /** Distance from the text in pt (w:space). */
  space: number;
  color?: string;
}

export interface TabStop {
  /** Position in mm from the paragraph's left indent origin (the text margin). */
  position: number;
  kind: "left" | "center" | "right" | "decimal" | "bar" | "num";
  /** w:leader: "dot", "hyphen", "underscore", "heavy", "middleDot"; absent for none. */
  leader?: string;
}

/** Line spacing: a multiple of single (w:lineRule auto), exactly or at least `pt`. */
export type LineSpacing = { multiple: number } | { exact: number } | { atLeast: number };

/** A drawing or shape anchored in the paragraph: kept so a checker can find "the rule under the title". */
export interface DrawingLook {
  /** "line" (v:line, a wps shape of preset line or zero height, a connector), "textBox", "picture", "shape". */
  kind: "line" | "textBox" | "picture" | "shape";
  /** Extent in mm, when the file gives one. */
  width?: number;
  height?: number;
}

/** The printed number of an auto-numbered paragraph (numbering.xml). */
export interface NumberingLook {
  /** As printed: "1.", "a)", "I.", "-", "•" (bullets as their symbol character). */
  label: string;
  /** Number format of the level: "decimal", "lowerLetter", "upperRoman", "bullet" … */
  format: string;
  /** 0-based list level (w:ilvl). */
  level: number;
  /** w:numId, to tell lists apart. */
  list: string;
  /** What separates the label from the text: "tab" (default), "space" or "nothing". */
  suffix: "tab" | "space" | "nothing";
}

/** The resolved formatting of a paragraph. */
export interface ParagraphLook {
  /** Paragraph style id (w:pStyle; the default paragraph style when none) and its name. */
  styleId?: string;
  styleName?: string;
  align: "left" | "center" | "right" | "justify" | "distribute";
  /** mm. `firstLine` negative means a hanging indent of that size. */
  indent: { left: number; right: number; firstLine: number };
  /** pt; `line` absent means single (Word's default). */
  spacing: { before: number; after: number; line?: LineSpacing };
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** 0-based outline level (w:outlineLvl; 9 = body text is absent). */
  outlineLevel?: number;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right" | "between", BorderLook>>;
  tabs?: TabStop[];
  numbering?: NumberingLook;
  /** The run formatting of the paragraph mark (style + docDefaults + pPr/rPr): what an empty paragraph looks like. */
  mark: RunLook;
  /** Drawings and shapes anchored in the paragraph (lines, pictures, text boxes). */
  drawings?: DrawingLook[];
  /** The paragraph is a frame (w:framePr), or sits in a text box (its text is the box's). */
  container?: "frame" | "textBox";
}

/**
 * A paragraph. `style` is the style id (as in the rendered tree); `source` is its place among
 * the body paragraphs, 1-based, in document order, counting those inside tables and text boxes
 * ("đoạn 12"); paragraphs in headers, footers and notes have none.
 */
export interface ReadParagraph {
  type: "paragraph";
  style: string;
  children: ReadInline[];
  keepNext?: boolean;
  look: ParagraphLook;
  source?: number;
}

export interface TableLook {
  styleId?: string;
  styleName?: string;
  /** Column widths of w:tblGrid in mm. */
  grid: number[];
  /** Table-level borders after the table style (none/nil sides absent). */
  borders?: Partial<Record<Side | "insideH" | "insideV", BorderLook>>;
  /** The table sits in a cell of another table. */
  nested: boolean;
  align?: Align;
}

export interface ReadCell {
  type: "cell";
  children: ReadBlock[];
  colSpan?: number;
  rowSpan?: number;
  /** Sides drawn as a line, after cell borders over table borders (and the cell's place in the table). */
  borders?: Side[];
  valign?: VAlign;
  /** Cell width in mm (w:tcW of type dxa), when given. */
  width?: number;
  /** Left and right cell margins in mm (w:tcMar over w:tblCellMar over Word's 1.9 mm). */
  margins?: { left: number; right: number };
}

export interface ReadRow {
  type: "row";
  cells: ReadCell[];
  /** A header row repeated on each page (w:tblHeader). */
  header?: boolean;
}

/** A table, merged cells resolved as in the rendered tree (gridSpan → colSpan, vMerge → rowSpan). */
export interface ReadTable {
  type: "table";
  rows: ReadRow[];
  /** Leading rows marked w:tblHeader. */
  headerRows?: number;
  look: TableLook;
}

/** A page break: a paragraph with w:pageBreakBefore, or a paragraph holding only w:br type="page". */
export interface ReadPageBreak {
  type: "pageBreak";
}

export type ReadBlock = ReadParagraph | ReadTable | ReadPageBreak;

export interface PageSetup {
  /** mm */
  width: number;
  height: number;
  orientation: "portrait" | "landscape";
  /** mm, including header/footer distance from the page edge and gutter. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
    gutter: number;
  };
  /** Different first page (w:titlePg). */
  titlePage: boolean;
  /** Different odd and even pages (w:evenAndOddHeaders in settings.xml). */
  evenAndOdd: boolean;
  /** w:pgNumType w:start: numbering restarts at this number. */
  pageNumberStart?: number;
  /** w:pgNumType w:fmt ("decimal", "upperRoman" …). */
  pageNumberFormat?: string;
  /** Text columns (w:cols w:num), when more than one. */
  columns?: number;
}

/** Header or footer stories of a section; a section without its own inherits the previous one's (resolved here). */
export interface HeaderFooterSet {
  default?: ReadBlock[];
  first?: ReadBlock[];
  even?: ReadBlock[];
}

export interface ReadSection {
  type: "section";
  children: ReadBlock[];
  page: PageSetup;
  headers: HeaderFooterSet;
  footers: HeaderFooterSet;
}

/** The root of a read document. */
export interface ReadRoot {
  type: "document";
  sections: ReadSection[];
  /** docProps/app.xml Application ("Microsoft Office Word", "LibreOffice/7.4…", "WPS Office" …), when present. */
  application?: string;
  /** Number of body paragraphs (the highest `source`). */
  paragraphs: number;
}

export type ReadNode = ReadRoot | ReadSection | ReadBlock | ReadRow | ReadCell | ReadInline;

export interface ReadOptions {
  /** The name to put in diagnostics (a path as the user typed it). */
  file: string;
}

/**
 * What `readDocx` gives back: the tree when the file could be read (warnings may come with it), else only
 * diagnostics.
 */
export interface ReadOutcome {
  tree?: ReadRoot;
  diagnostics: Diagnostic[];
}

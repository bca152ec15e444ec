/**
 * The document tree: the contract between the templates and the renderer. Plain,
 * JSON-printable objects with a `type` field (`vanthu render --tree` prints it). Styles are
 * named by id only; their sizes, fonts and spacing come from the format profile.
 */

/** A run of text. `{"type":"text","value":"Kính gửi:","marks":["bold"]}` */
export interface Text {
  type: "text";
  value: string;
  marks?: Mark[];
}
export type Mark = "bold" | "italic" | "underline";

/** A line break inside a paragraph (a newline in a field value). `{"type":"break"}` */
export interface Break {
  type: "break";
}

/** A tab, to the next tab stop of the paragraph's style. `{"type":"tab"}` */
export interface Tab {
  type: "tab";
}

/**
 * A footnote reference; `children` is the note, numbered per document by the renderer.
 * `{"type":"footnote","children":[{"type":"paragraph","style":"chu-thich","children":[…]}]}`
 */
export interface Footnote {
  type: "footnote";
  children: Paragraph[];
}

/** The current page number (only in page headers). `{"type":"pageNumber"}` */
export interface PageNumber {
  type: "pageNumber";
}

export type Inline = Text | Break | Tab | Footnote | PageNumber;

/**
 * A paragraph in a profile style. `keepNext` keeps it on the page of the next block.
 * `{"type":"paragraph","style":"noi-dung","children":[{"type":"text","value":"1. Tiếp tục …"}]}`
 */
export interface Paragraph {
  type: "paragraph";
  style: string;
  children: Inline[];
  keepNext?: boolean;
}

export type Align = "left" | "center" | "right";

/**
 * A cell of a layout or data table: blocks stacked top to bottom. A merged cell spans `colSpan`
 * grid columns and `rowSpan` rows; the positions it covers have no cell of their own in the rows
 * below or to the right (as in HTML). `align` overrides its column's alignment.
 * `{"type":"cell","colSpan":2,"children":[{"type":"paragraph","style":"bang-o","children":[…]}]}`
 */
export interface Cell {
  type: "cell";
  children: Block[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  /**
   * Sides of a layout-table cell drawn as a line as thick as its layout's `borders` (pt): the
   * draft box, the brace of a Nơi nhận group. `<cell border="right">` → `"borders":["right"]`
   */
  borders?: Side[];
  /** Vertical alignment of the cell's blocks (default top). `<cell valign="center">` */
  valign?: VAlign;
}
export type Side = "top" | "right" | "bottom" | "left";
export type VAlign = "top" | "center" | "bottom";

/**
 * A row of cells; it never splits across pages. A `loose` row (a line of a long Nơi nhận list
 * under the signature's row, set by the layout pass) keeps none of its paragraphs with the next,
 * whatever their style, so the table may break before it. `{"type":"row","cells":[…]}`
 */
export interface Row {
  type: "row";
  cells: Cell[];
  loose?: boolean;
}

/**
 * A column of a data table: `width` in percent of the table's width (absent: from the content),
 * `align` of its body cells (absent: the cell style's). `{"width":8,"align":"right"}`
 */
export interface Column {
  width?: number;
  align?: Align;
}

/**
 * A layout table: a table in the profile's `tables[layout]` that places the document's parts side
 * by side (the header, the signature block and Nơi nhận), from `<table layout="…">` in a template.
 * Borderless but for the sides a cell asks for; column widths from the layout's percentages.
 * `keepNext` (from the layout's `keep_next`) keeps the whole table on the page of the next block
 * (the header, before the tên loại). `{"type":"layoutTable","layout":"dau","rows":[…]}`
 */
export interface LayoutTable {
  type: "layoutTable";
  layout: string;
  rows: Row[];
  keepNext?: boolean;
  /**
   * The column widths in percent of the table's width, set when the renderer sized them to their
   * content (a layout with `fit`: the header's names); absent, the layout's `columns`.
   */
  widths?: number[];
}

/**
 * A data table in the body (Markdown `| … |` or a ```bang block), in the profile's
 * `tables[layout]` (`bang`): borders, cell margins and cell styles from the layout, a `Column` per
 * grid column; its first `headerRows` rows repeat at the top of every page. `keepNext` keeps its
 * last row on the page of the next block (before the signature, or a heading).
 * `{"type":"dataTable","layout":"bang","columns":[{"align":"left"},{"align":"right"}],"headerRows":1,"rows":[…]}`
 */
export interface DataTable {
  type: "dataTable";
  layout: string;
  columns: Column[];
  headerRows: number;
  rows: Row[];
  keepNext?: boolean;
}

/**
 * A page break: the next block starts a new page (`[ngắt trang]` alone on a line in the body).
 * Never the last block of a section. `{"type":"pageBreak"}`
 */
export interface PageBreak {
  type: "pageBreak";
}

export type Block = Paragraph | LayoutTable | DataTable | PageBreak;

/**
 * A section: its own page setup, starting on a new page, with its own page numbering restarting
 * at 1 (no number on its first page). The main document is one section; each phụ lục and each
 * enclosed document (`kem_theo`) adds its own after it. `{"type":"section","children":[…]}`
 */
export interface Section {
  type: "section";
  children: Block[];
}

/**
 * The root. `profile` names the format profile whose styles the renderer uses; `kind` is the
 * main document's kind. `{"type":"document","profile":"dang","kind":"bao-cao","sections":[…]}`
 */
export interface Root {
  type: "document";
  profile: string;
  kind: string;
  sections: Section[];
}

export type Node = Root | Section | Block | Row | Cell | Inline;

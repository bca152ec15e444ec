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

/** A footnote reference; `children` is the note, numbered per document by the renderer. */
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

/** A cell: blocks stacked top to bottom. */
export interface Cell {
  type: "cell";
  children: Block[];
}

/** A row of cells; rows never split across pages. */
export interface Row {
  type: "row";
  cells: Cell[];
}

/**
 * A borderless layout table whose column widths come from the profile's `tables[layout]`
 * (percent of the text width). `{"type":"table","layout":"dau","rows":[…]}`
 */
export interface Table {
  type: "table";
  layout: string;
  rows: Row[];
}

export type Block = Paragraph | Table;

/** A section: its own page setup and page numbering restarting at 1. */
export interface Section {
  type: "section";
  children: Block[];
}

/** The root. `profile` names the format profile whose styles the renderer uses. */
export interface Root {
  type: "document";
  profile: string;
  kind: string;
  sections: Section[];
}

export type Node = Root | Section | Block | Row | Cell | Inline;

/** What every part of the reader shares while reading one package. */
import type { Diagnostic } from "../diagnostic";
import type { Numbering } from "./numbering";
import type { ParaProps, RunProps } from "./props";
import type { Styles } from "./styles";
import type { ThemeFonts } from "./theme";
import type { ReadParagraph } from "./types";
import type { El } from "./xml";

/** Thrown to stop reading: the document is over a limit (reported as DOCX_TOO_LARGE). */
export class TooLarge extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

export interface Notes {
  /** The paragraphs of a footnote or endnote by id, read once; undefined when there is none. */
  note(kind: "footnote" | "endnote", id: string): ReadParagraph[] | undefined;
}

/** Formatting a table gives the paragraphs in one of its cells (table style, conditional parts). */
export interface CellFormatting {
  pPr: ParaProps;
  rPr: RunProps;
}

export interface Context {
  file: string;
  styles: Styles;
  numbering: Numbering;
  theme: ThemeFonts;
  notes: Notes;
  diagnostics: Diagnostic[];
  /** Body paragraphs numbered so far (the last `source` given). */
  source: number;
  /** Paragraphs of every story read so far, against READ_LIMITS.paragraphs. */
  paragraphs: number;
  /** Open complex fields (w:fldChar begin … end), innermost last; they may span paragraphs. */
  fields: Field[];
}

export interface Field {
  /** The instruction's first word, upper case ("PAGE", "DATE" …); filled in as instrText arrives. */
  instr: string;
  phase: "instr" | "result";
  /** The field's result is replaced by a pageNumber node (PAGE). */
  page: boolean;
}

/** Where blocks are read: the body (paragraphs get `source`) or another story. */
export interface Where {
  body: boolean;
  container?: "textBox";
  cell?: CellFormatting;
}

export type { El };

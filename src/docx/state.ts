/** What every handler gets: the profile, the width it lays out in, and `blocks` to recurse. */
import type { Paragraph as DocxParagraph, Table as DocxTable } from "docx";
import type { Profile, Style } from "../profile/schema";
import type { Align, Block } from "../tree/types";

/** What a block passes down to the paragraphs inside it. */
export interface Inherited {
  /** Keep each paragraph with the next (a table kept with what follows it). */
  keepNext?: boolean;
  /** Keep no paragraph with the next, whatever its style (a loose row). */
  loose?: boolean;
  /** The first paragraph starts a new page (the block after a page break). */
  breakBefore?: boolean;
  /** Alignment of the paragraphs (a data table cell's column), over their style's. */
  align?: Align;
}

export interface State extends Inherited {
  profile: Profile;
  /** Width available to the current block, in twips (the text width, or a table cell's). */
  width: number;
  style(id: string): Style;
  blocks(nodes: readonly Block[], width: number, inherited?: Inherited): (DocxParagraph | DocxTable)[];
}

/** What every handler gets: the profile, the width it lays out in, and `blocks` to recurse. */
import type { Paragraph as DocxParagraph, Table as DocxTable } from "docx";
import type { Profile, Style } from "../profile/schema";
import type { Block } from "../tree/types";

export interface State {
  profile: Profile;
  /** Width available to the current block, in twips (the text width, or a table cell's). */
  width: number;
  style(id: string): Style;
  blocks(nodes: readonly Block[], width: number): (DocxParagraph | DocxTable)[];
}

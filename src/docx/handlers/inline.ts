/** Inline nodes → docx runs. */
import {
  FootnoteReferenceRun,
  NoBreakHyphen,
  Paragraph,
  SimpleField,
  Tab,
  TextRun,
  type ParagraphChild,
} from "docx";
import { symbolPieces } from "../../text/symbols";
import type { Inline } from "../../tree/types";
import type { State } from "../state";

export function inline(node: Inline, state: State): ParagraphChild {
  switch (node.type) {
    case "text": {
      const marks = new Set(node.marks);
      const pieces = symbolPieces(node.value);
      return new TextRun({
        // The hyphens of document symbols do not break ("25-NQ/TW" stays on one line).
        ...(pieces.length > 1
          ? { children: pieces.flatMap((p, i) => (i ? [new NoBreakHyphen(), p] : [p])) }
          : { text: node.value }),
        ...(marks.has("bold") && { bold: true }),
        ...(marks.has("italic") && { italics: true }),
        ...(marks.has("underline") && { underline: {} }),
      });
    }
    case "break":
      return new TextRun({ break: 1 });
    case "tab":
      return new TextRun({ children: [new Tab()] });
    case "footnote":
      return new FootnoteReferenceRun({
        // docx puts the note's number first; a space follows it.
        children: node.children.map(
          (p, i) =>
            new Paragraph({
              style: p.style,
              children: [...(i === 0 ? [new TextRun(" ")] : []), ...p.children.map((c) => inline(c, state))],
            }),
        ),
      });
    case "pageNumber":
      // A simple field with a cached result, so no reader shows an empty or "repaired" field.
      return new SimpleField("PAGE", "2");
  }
}

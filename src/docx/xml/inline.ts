/** Inline tree nodes → WordprocessingML runs, as docx writes them. */
import type { Inline, Paragraph } from "../../tree/types";
import { symbolPieces } from "../../text/symbols";
import { escapeXml } from "./escape";

/** Collects footnotes in document order; `add` returns the id the reference gets (1, 2, …). */
export interface NoteSink {
  add(children: Paragraph[]): number | undefined;
}

const MARKS = {
  bold: "<w:b/><w:bCs/>",
  italic: "<w:i/><w:iCs/>",
  underline: '<w:u w:val="single"/>',
} as const;

function textRun(value: string, marks?: readonly string[]): string {
  let props = "";
  if (marks?.length)
    for (const m of ["bold", "italic", "underline"] as const) if (marks.includes(m)) props += MARKS[m];
  const text = symbolPieces(value)
    .map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
    .join("<w:noBreakHyphen/>");
  return `<w:r>${props && `<w:rPr>${props}</w:rPr>`}${text}</w:r>`;
}

export function inlineXml(node: Inline, notes: NoteSink): string {
  switch (node.type) {
    case "text":
      return textRun(node.value, node.marks);
    case "break":
      return "<w:r><w:br/></w:r>";
    case "tab":
      return "<w:r><w:tab/></w:r>";
    case "footnote": {
      const id = notes.add(node.children);
      return id === undefined
        ? ""
        : `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    }
    case "pageNumber":
      return `<w:fldSimple w:instr="PAGE">${textRun("2")}</w:fldSimple>`;
  }
}

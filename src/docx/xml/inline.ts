/** Inline tree nodes → WordprocessingML runs, as docx writes them: one handler per inline type. */
import { createRecent } from "../../recent";
import { symbolPieces } from "../../text/symbols";
import { escapeXml } from "./escape";
import type { Handlers } from "./state";

const MARKS = {
  bold: "<w:b/><w:bCs/>",
  italic: "<w:i/><w:iCs/>",
  underline: '<w:u w:val="single"/>',
} as const;

/**
 * The text of runs written lately, by value: a batch's documents repeat their shared body's
 * paragraphs, whose symbols need not be found and escaped again for each.
 */
const written = createRecent<string, string>(2048);

/** `value` as the <w:t> elements of a run, hyphens of document symbols between them. */
const runText = (value: string): string =>
  written(value, () =>
    symbolPieces(value)
      .map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
      .join("<w:noBreakHyphen/>"),
  );

/** A run of `value`, its hyphens of document symbols non-breaking ("25-NQ/TW" stays on one line). */
export function textRun(value: string, marks?: readonly string[]): string {
  let props = "";
  if (marks?.length)
    for (const m of ["bold", "italic", "underline"] as const) if (marks.includes(m)) props += MARKS[m];
  return `<w:r>${props && `<w:rPr>${props}</w:rPr>`}${runText(value)}</w:r>`;
}

export const inlineHandlers: Handlers = {
  text: { fields: ["value", "marks"], write: (node) => textRun(node.value, node.marks) },
  break: { fields: [], write: () => "<w:r><w:br/></w:r>" },
  tab: { fields: [], write: () => "<w:r><w:tab/></w:r>" },
  footnote: {
    fields: ["children"],
    write(node, state) {
      const id = state.notes.add(node.children);
      return id === undefined
        ? ""
        : `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    },
  },
  // The field's cached result, so no reader shows an empty or "repaired" field.
  pageNumber: { fields: [], write: () => `<w:fldSimple w:instr="PAGE">${textRun("2")}</w:fldSimple>` },
};

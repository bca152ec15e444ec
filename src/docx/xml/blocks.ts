/**
 * Block tree nodes → WordprocessingML, byte for byte what the docx handlers (`../handlers`)
 * produce through docx's Packer, without building docx objects: paragraphs in profile styles
 * (plus their rules), borderless fixed layout tables (kept with the next block or not) and page
 * breaks, in a document of one section. One handler per node type; what has none (a data table)
 * goes through docx.
 */
import type { Block, Cell, Paragraph } from "../../tree/types";
import { columnWidths } from "../columns";
import { ruleGeometry } from "../rule-geometry";
import { twipFromMm, twipFromPt } from "../units";
import { escapeXml } from "./escape";
import { textRun } from "./inline";
import { UNWRITABLE, type Context, type Handler, type Handlers, type State } from "./state";

const NO_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="none" w:color="auto" w:sz="0"/>`)
  .join("");

const EMPTY_CELL: Cell = { type: "cell", children: [] };

/**
 * Blocks one after another. A page break writes nothing: the block after it starts the new page
 * (its first paragraph has pageBreakBefore), so a break with nothing after it is dropped, as the
 * docx handlers do.
 */
function blocks(nodes: readonly Block[], state: State, context: Context): string {
  let xml = "";
  let breakBefore = !!context.breakBefore;
  for (const n of nodes) {
    xml += state.one(n, breakBefore === !!context.breakBefore ? context : { ...context, breakBefore });
    breakBefore = n.type === "pageBreak";
  }
  return xml;
}

/** The last block of `nodes` that writes one (not a page break). */
function lastWritten(nodes: readonly Block[]): Block | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].type !== "pageBreak") return nodes[i];
  return undefined;
}

const paragraph: Handler<"paragraph"> = {
  fields: ["style", "children", "keepNext"],
  write(node, state, context) {
    const { width, keepNext, loose } = context;
    const style = state.prepared.style(node.style);
    let props = `<w:pStyle w:val="${escapeXml(node.style)}"/>`;
    if (node.keepNext || keepNext) props += "<w:keepNext/>";
    else if (loose && style.keep_next) props += '<w:keepNext w:val="false"/>';
    if (context.breakBefore) props += "<w:pageBreakBefore/>";
    if (style.tabs)
      props += `<w:tabs>${style.tabs.map((mm) => `<w:tab w:val="left" w:pos="${twipFromMm(mm)}"/>`).join("")}</w:tabs>`;
    const runs = state.all(node.children, context);
    const rule = ruleGeometry(node, style, width);
    const ruleXml = rule
      ? `<w:p><w:pPr>${(rule.keepNext && !loose) || keepNext ? "<w:keepNext/>" : ""}<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="${rule.size}" w:space="0"/></w:pBdr>` +
        `<w:spacing w:after="${rule.after}" w:before="${rule.before}" w:line="20" w:lineRule="exact"/><w:ind w:left="${rule.left}" w:right="${rule.right}"/>` +
        `<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`
      : "";
    return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>${ruleXml}`;
  },
};

/** Borderless and fixed across the width it has, columns from the layout (or `widths`, fitted). */
const layoutTable: Handler<"layoutTable"> = {
  fields: ["layout", "rows", "keepNext", "widths"],
  write(node, state, context) {
    const { profile } = state.prepared;
    const widths = columnWidths(profile, node.layout, context.width, node.widths);
    if (!widths) throw UNWRITABLE;
    const spaceBefore = twipFromPt(profile.tables[node.layout].space_before ?? 0);
    const keepNext = context.keepNext || !!node.keepNext;
    let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${context.width}"/><w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
    xml += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
    node.rows.forEach((row, r) => {
      const first = r === 0;
      xml += state.one(row, {
        ...context,
        keepNext,
        widths,
        top: first ? spaceBefore : 0,
        breakBefore: first && !!context.breakBefore,
      });
    });
    return xml + "</w:tbl>";
  },
};

/** A row never splits; a cell for each of the table's columns (an empty one where it has none). */
const row: Handler<"row"> = {
  fields: ["cells", "loose"],
  write(node, state, { widths = [], top = 0, keepNext, loose, breakBefore = false }) {
    const inner = {
      keepNext: keepNext && !node.loose,
      loose: loose || !!node.loose,
      top,
    };
    let xml = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    widths.forEach(
      (width, i) =>
        (xml += state.one(node.cells[i] ?? EMPTY_CELL, {
          ...inner,
          width,
          breakBefore: breakBefore && i === 0,
        })),
    );
    return xml + "</w:tr>";
  },
};

const cell: Handler<"cell"> = {
  fields: ["children"],
  write(node, state, { width, top = 0, keepNext, loose, breakBefore }) {
    let inner = blocks(node.children, state, { width, keepNext, loose, breakBefore });
    // Word requires a cell to end with a paragraph (a nested table cannot be last), and to have one;
    // in a cell that writes nothing else, that paragraph starts the new page a break asked for.
    const last = lastWritten(node.children);
    if (last?.type !== "paragraph") {
      const props = (keepNext ? "<w:keepNext/>" : "") + (breakBefore && !last ? "<w:pageBreakBefore/>" : "");
      inner += props ? `<w:p><w:pPr>${props}</w:pPr></w:p>` : "<w:p/>";
    }
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="0"/>` +
      `<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>${inner}</w:tc>`
    );
  },
};

/** The body of the one section (several sections, each with its own page set-up, go through docx). */
const document: Handler<"document"> = {
  fields: ["profile", "kind", "sections"],
  write(node, state, context) {
    if (node.sections.length !== 1) throw UNWRITABLE;
    return state.one(node.sections[0], context);
  },
};

const section: Handler<"section"> = {
  fields: ["children"],
  write: (node, state, context) => blocks(node.children, state, context),
};

/** Writes nothing: `blocks` starts the next block on a new page. */
const pageBreak: Handler<"pageBreak"> = { fields: [], write: () => "" };

export const blockHandlers: Handlers = { document, section, paragraph, layoutTable, row, cell, pageBreak };

/** A paragraph of a footnote: its style and runs only, the first led by the note's number mark. */
const noteParagraph: Handler<"paragraph"> = {
  fields: ["style", "children", "keepNext"],
  write: (node, state, context) =>
    `<w:p><w:pPr><w:pStyle w:val="${escapeXml(node.style)}"/></w:pPr>${context.lead ?? ""}${state.all(node.children, context)}</w:p>`,
};

export const noteBlockHandlers: Handlers = { paragraph: noteParagraph };

/** The note's number, then a space before its text. */
const NOTE_MARK =
  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' + textRun(" ");

/** A footnote's part: its paragraphs written with a note state (whose own references write nothing). */
export function noteXml(id: number, paragraphs: readonly Paragraph[], state: State): string {
  const body = paragraphs
    .map((p, i) =>
      state.one(p, { width: 0, keepNext: false, loose: false, ...(i === 0 && { lead: NOTE_MARK }) }),
    )
    .join("");
  return body ? `<w:footnote w:id="${id}">${body}</w:footnote>` : `<w:footnote w:id="${id}"/>`;
}

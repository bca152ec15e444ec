/**
 * Block tree nodes → WordprocessingML, byte for byte what the docx handlers (`../handlers`)
 * produce through docx's Packer, without building docx objects: paragraphs in profile styles
 * (plus their rules), and borderless fixed layout tables (kept with the next block or not).
 * Data tables and page breaks go through docx.
 */
import type { Block, LayoutTable, Paragraph } from "../../tree/types";
import { columnWidths } from "../columns";
import { ruleGeometry } from "../rule-geometry";
import type { PreparedProfile } from "../prepared";
import { twipFromMm, twipFromPt } from "../units";
import { escapeXml } from "./escape";
import { inlineXml, type NoteSink } from "./inline";

/** Something only docx itself can write; the caller falls back to it. */
export class Unwritable extends Error {}

const NO_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="none" w:color="auto" w:sz="0"/>`)
  .join("");

/**
 * `keepNext`: every paragraph keeps with the next (inside a layout table kept with what follows);
 * `loose`: none does, whatever its style (inside a loose row).
 */
export function blocksXml(
  nodes: readonly Block[],
  width: number,
  prepared: PreparedProfile,
  notes: NoteSink,
  keepNext = false,
  loose = false,
): string {
  let xml = "";
  for (const n of nodes) {
    if (n.type === "paragraph") xml += paragraphXml(n, width, prepared, notes, keepNext, loose);
    else if (n.type === "layoutTable") xml += tableXml(n, width, prepared, notes, keepNext, loose);
    else throw new Unwritable((n as { type: string }).type);
  }
  return xml;
}

function paragraphXml(
  node: Paragraph,
  width: number,
  prepared: PreparedProfile,
  notes: NoteSink,
  keepNext: boolean,
  loose: boolean,
): string {
  const style = prepared.style(node.style);
  let props = `<w:pStyle w:val="${escapeXml(node.style)}"/>`;
  if (node.keepNext || keepNext) props += "<w:keepNext/>";
  else if (loose && style.keep_next) props += '<w:keepNext w:val="false"/>';
  if (style.tabs)
    props += `<w:tabs>${style.tabs.map((mm) => `<w:tab w:val="left" w:pos="${twipFromMm(mm)}"/>`).join("")}</w:tabs>`;
  let runs = "";
  for (const c of node.children) runs += inlineXml(c, notes);
  const rule = ruleGeometry(node, style, width);
  const ruleXml = rule
    ? `<w:p><w:pPr>${(rule.keepNext && !loose) || keepNext ? "<w:keepNext/>" : ""}<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="${rule.size}" w:space="0"/></w:pBdr>` +
      `<w:spacing w:after="${rule.after}" w:before="${rule.before}" w:line="20" w:lineRule="exact"/><w:ind w:left="${rule.left}" w:right="${rule.right}"/>` +
      `<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`
    : "";
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>${ruleXml}`;
}

function tableXml(
  node: LayoutTable,
  width: number,
  prepared: PreparedProfile,
  notes: NoteSink,
  keepNext: boolean,
  loose: boolean,
): string {
  const layout = prepared.profile.tables[node.layout];
  const widths = columnWidths(prepared.profile, node.layout, width, node.widths);
  if (!widths) throw new Unwritable(`table layout "${node.layout}"`);
  const keep = keepNext || !!node.keepNext;
  let xml = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  xml += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  node.rows.forEach((row, r) => {
    const top = r === 0 ? twipFromPt(layout.space_before ?? 0) : 0;
    xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    widths.forEach((w, i) => {
      const blocks = row.cells[i]?.children ?? [];
      const kept = keep && !row.loose;
      let inner = blocksXml(blocks, w, prepared, notes, kept, loose || !!row.loose);
      // Word requires a cell to end with a paragraph (a nested table cannot be last), and to have one.
      if (!blocks.length || blocks.at(-1)!.type === "layoutTable")
        inner += kept ? "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" : "<w:p/>";
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/><w:tcMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="0"/>`;
      xml += `<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>${inner}</w:tc>`;
    });
    xml += "</w:tr>";
  });
  return xml + "</w:tbl>";
}

/** The paragraphs of one footnote, the first starting with the note's own number mark. */
export function noteXml(id: number, paragraphs: readonly Paragraph[]): string {
  const inNote: NoteSink = { add: () => undefined };
  // The note's number, then a space before its text.
  const mark =
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
    inlineXml({ type: "text", value: " " }, inNote);
  const body = paragraphs
    .map((p, i) => {
      let runs = i === 0 ? mark : "";
      for (const c of p.children) runs += inlineXml(c, inNote);
      return `<w:p><w:pPr><w:pStyle w:val="${escapeXml(p.style)}"/></w:pPr>${runs}</w:p>`;
    })
    .join("");
  return body ? `<w:footnote w:id="${id}">${body}</w:footnote>` : `<w:footnote w:id="${id}"/>`;
}

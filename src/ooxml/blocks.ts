/**
 * A story's block content (the body, a table cell, a text box, a header, a note) → blocks.
 * Content controls, custom XML and insertions are read through; deleted paragraphs are not.
 * Page breaks: a paragraph with pageBreakBefore gets a pageBreak before it, and a paragraph is
 * cut at each w:br type="page" (a paragraph holding only that is just the break).
 */
import { diagnostic } from "../diagnostic";
import type { Context, Where } from "./context";
import { readParagraph } from "./paragraph";
import { readTable } from "./tables";
import type { ReadBlock, ReadInline, ReadParagraph } from "./types";
import { child, type El } from "./xml";
import { alternative } from "./runs";

export interface BlockSink {
  blocks: ReadBlock[];
  /** Called after each top-level paragraph of the body with its w:sectPr, if any (a section ends there). */
  onSection?: (sectPr: El) => void;
}

export function readBlocks(
  container: El,
  ctx: Context,
  where: Where,
  sink: BlockSink = { blocks: [] },
): ReadBlock[] {
  for (const k of container.kids) {
    if (typeof k === "string") continue;
    switch (k.name) {
      case "w:p":
        paragraph(k, ctx, where, sink);
        break;
      case "w:tbl":
        table(k, ctx, where, sink.blocks);
        break;
      case "w:sdt":
        if (child(k, "w:sdtContent")) readBlocks(child(k, "w:sdtContent")!, ctx, where, sink);
        break;
      case "w:altChunk":
        warnOnce(
          ctx,
          "văn bản có nội dung nhúng (altChunk: HTML, RTF hay một tệp Word khác) mà vanthu không đọc được nên bị bỏ qua; mở bằng Word và lưu lại để Word chuyển nó thành nội dung thường",
        );
        break;
      case "w:customXml":
      case "w:ins":
      case "w:moveTo":
        readBlocks(k, ctx, where, sink);
        break;
      case "mc:AlternateContent": {
        const branch = alternative(k);
        if (branch) readBlocks(branch, ctx, where, sink);
        break;
      }
    }
  }
  return sink.blocks;
}

function warnOnce(ctx: Context, message: string) {
  if (ctx.diagnostics.some((d) => d.message === message)) return;
  ctx.diagnostics.push(
    diagnostic("DOCX_PART_UNREADABLE", message, { file: ctx.file, stage: "read", severity: "warning" }),
  );
}

function pushBreak(blocks: ReadBlock[]) {
  if (blocks.length > 0 && blocks[blocks.length - 1].type !== "pageBreak") blocks.push({ type: "pageBreak" });
  else if (blocks.length === 0) blocks.push({ type: "pageBreak" });
}

function paragraph(p: El, ctx: Context, where: Where, sink: BlockSink) {
  const { paragraph: para, boxes } = readParagraph(p, ctx, where);
  const out = sink.blocks;
  if (para.look.pageBreakBefore) pushBreak(out);
  // Cut at page breaks inside the paragraph: the pieces keep the paragraph's look and source.
  const pieces: ReadInline[][] = [[]];
  for (const c of para.children) {
    if (c.type === "break" && c.kind === "page") pieces.push([]);
    else pieces[pieces.length - 1].push(c);
  }
  pieces.forEach((children, i) => {
    if (i > 0) pushBreak(out);
    const piece: ReadParagraph = { ...para, children };
    // A piece of nothing after a break (the usual "Ctrl+Enter" paragraph) is not a paragraph.
    if (pieces.length > 1 && children.length === 0 && !para.look.numbering) return;
    out.push(piece);
  });
  for (const box of boxes) readBlocks(box, ctx, { ...where, container: "textBox", cell: undefined }, sink);
  const sectPr = child(child(p, "w:pPr"), "w:sectPr");
  if (sectPr && sink.onSection) sink.onSection(sectPr);
}

function table(t: El, ctx: Context, where: Where, out: ReadBlock[]) {
  const read = readTable(t, ctx, where, readBlocks);
  // A page break before the first paragraph of the first cell is a break before the table.
  const first = read.rows[0]?.cells[0]?.children;
  if (first && first[0]?.type === "pageBreak") {
    first.shift();
    pushBreak(out);
  }
  out.push(read);
}

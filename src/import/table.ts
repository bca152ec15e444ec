/**
 * A table read from a .docx → the Markdown vanthu reads: a GitHub table (`| a | b |`) when it is
 * one: one header row, no merged cell, one paragraph per cell; otherwise a ```bang block (YAML:
 * `cot` with widths and alignment, `tieu_de_cot` for header rows, `dong` with merged cells as
 * `{chu, gop_cot, gop_dong}`), with the caption paragraph above it as `tieu_de`. Cell text is
 * written by `cell` (Markdown inlines; `breakAs` is what a line break inside the cell becomes).
 */
import { Document, isSeq, visit } from "yaml";
import type { ReadBlock, ReadCell, ReadParagraph, ReadTable } from "../ooxml/types";
import type { Align } from "../tree/types";

export type CellWriter = (p: ReadParagraph, breakAs: string) => string;

export interface TableMarkdown {
  markdown: string;
  /** Text of nested tables and other blocks that a cell cannot hold, kept as lines of the cell. */
  flattened: boolean;
}

export function tableToMarkdown(
  table: ReadTable,
  caption: string | undefined,
  cell: CellWriter,
): TableMarkdown {
  const flattened = table.rows.some((r) =>
    r.cells.some((c) => c.children.some((b) => b.type !== "paragraph")),
  );
  const columns = columnCount(table);
  const markdown =
    caption === undefined && isPlain(table, columns)
      ? githubTable(table, columns, cell)
      : bangBlock(table, columns, caption, cell);
  return { markdown, flattened };
}

function columnCount(table: ReadTable): number {
  const widest = Math.max(0, ...table.rows.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  return Math.max(widest, 1);
}

function isPlain(table: ReadTable, columns: number): boolean {
  return (
    (table.headerRows ?? 0) <= 1 &&
    table.rows.length > 1 &&
    table.rows.every(
      (r) =>
        r.cells.length === columns &&
        r.cells.every(
          (c) =>
            (c.colSpan ?? 1) === 1 &&
            (c.rowSpan ?? 1) === 1 &&
            c.children.length <= 1 &&
            c.children.every((b) => b.type === "paragraph"),
        ),
    )
  );
}

/** The paragraphs of a cell, nested tables flattened to their cells' paragraphs in reading order. */
function paragraphsOf(blocks: readonly ReadBlock[]): ReadParagraph[] {
  return blocks.flatMap((b) =>
    b.type === "paragraph"
      ? [b]
      : b.type === "table"
        ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsOf(c.children)))
        : [],
  );
}

const cellText = (c: ReadCell, breakAs: string, cell: CellWriter) =>
  paragraphsOf(c.children)
    .map((p) => cell(p, breakAs))
    .filter((s) => s !== "")
    .join(breakAs);

/** The alignment of a column's body cells when they all agree and it is not the default (left, justified). */
function columnAlign(table: ReadTable, column: number): Align | undefined {
  const aligns = new Set<string>();
  table.rows.slice(table.headerRows ?? 1).forEach((r) => {
    let at = 0;
    for (const c of r.cells) {
      if (at === column && (c.colSpan ?? 1) === 1) {
        const p = paragraphsOf(c.children)[0];
        if (p) aligns.add(p.look.align);
      }
      at += c.colSpan ?? 1;
    }
  });
  const [only] = aligns;
  return aligns.size === 1 && (only === "center" || only === "right") ? only : undefined;
}

function githubTable(table: ReadTable, columns: number, cell: CellWriter): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || " ").join(" | ")} |`.replace(/ {2}\|/g, " |");
  const rows = table.rows.map((r) => line(r.cells.map((c) => cellText(c, "<br>", cell))));
  const rule = Array.from({ length: columns }, (_, i) => {
    const a = columnAlign(table, i);
    return a === "center" ? ":-:" : a === "right" ? "--:" : "---";
  });
  return [rows[0], `|${rule.join("|")}|`, ...rows.slice(1)].join("\n");
}

function bangBlock(table: ReadTable, columns: number, caption: string | undefined, cell: CellWriter): string {
  const total = table.look.grid.reduce((n, w) => n + w, 0);
  const widths = table.look.grid.length === columns && total > 0 ? table.look.grid : undefined;
  const cot = Array.from({ length: columns }, (_, i) => {
    const rong = widths ? Math.max(1, Math.floor((widths[i] / total) * 100)) : undefined;
    const can = columnAlign(table, i);
    return rong === undefined && !can ? "" : { ...(rong !== undefined && { rong }), ...(can && { can }) };
  });
  const rowOf = (r: ReadTable["rows"][number]) =>
    r.cells.map((c) => {
      const chu = cellText(c, "\n", cell);
      return (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1
        ? {
            chu,
            ...((c.colSpan ?? 1) > 1 && { gop_cot: c.colSpan }),
            ...((c.rowSpan ?? 1) > 1 && { gop_dong: c.rowSpan }),
          }
        : chu;
    });
  const header = table.rows.slice(0, table.headerRows ?? 0);
  const data: Record<string, unknown> = {
    ...(caption !== undefined && { tieu_de: caption }),
    cot,
    ...(header.length && { tieu_de_cot: header.map(rowOf) }),
    dong: table.rows.slice(header.length).map(rowOf),
  };
  const doc = new Document(data);
  // Each row on one line, as a person writes a table ("- [1, Chi bộ 1, 12]"); cells with a line break stay blocks.
  visit(doc, {
    Seq(_, node, path) {
      const parent = path.at(-1);
      if (
        isSeq(parent) &&
        !node.items.some((i) => String((i as { value?: unknown }).value ?? "").includes("\n"))
      )
        node.flow = true;
    },
  });
  if (isSeq(doc.get("cot", true))) (doc.get("cot", true) as { flow: boolean }).flow = true;
  return "```bang\n" + doc.toString({ lineWidth: 0 }) + "```";
}

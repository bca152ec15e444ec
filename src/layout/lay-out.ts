/**
 * The layout pass, between the tree and the writers: decisions that need the page's widths and
 * the font's metrics, written into the tree so that both writers (and any reader of the .docx)
 * see the same result.
 * - A layout table with `fit` gets its own column widths (`widths`, percent): the header's left
 *   column as wide as its agency names, within the profile's limits.
 * - A paragraph in a `wrap` style gets line breaks: agency names between word groups, prose
 *   blocks (trích yếu, "(Kèm theo …)") as balanced lines within their style's side indents.
 * - A data table right before a paragraph that keeps with the next (a heading) keeps its last row
 *   with it, so the heading never ends a page under a table (LibreOffice ignores a heading's
 *   keep-with-next there).
 * - A layout table's row too tall to keep on one page with the text above it (a long Nơi nhận
 *   list beside the signature) is split in two: the signature with the list's first lines, then
 *   the rest of the list, free to run on over pages (`long-rows.ts`).
 * The input tree is not changed; unchanged parts are shared.
 */
import { columnWidths } from "../docx/columns";
import { twipFromMm } from "../docx/units";
import type { Block, DataTable, LayoutTable, Paragraph, Root } from "../tree/types";
import type { LayoutContext } from "./context";
import { fitColumns } from "./fit-columns";
import { splitLongRows } from "./long-rows";
import { wrapParagraph } from "./wrap";

export type { LayoutContext } from "./context";

export function layOut(tree: Root, context: LayoutContext): Root {
  return {
    ...tree,
    sections: tree.sections.map((s) => ({
      ...s,
      children: blocks(s.children, context.textWidth, context).map((b) =>
        b.type === "layoutTable" ? splitLongRows(b, context.textWidth, context) : b,
      ),
    })),
  };
}

/**
 * One handler per block type (a new type must have one): `width` is the room the block has,
 * `next` the block after it.
 */
type Handler<B extends Block> = (
  block: B,
  width: number,
  context: LayoutContext,
  next: Block | undefined,
) => B;
const HANDLERS: { [K in Block["type"]]: Handler<Extract<Block, { type: K }>> } = {
  paragraph: wrapped,
  layoutTable,
  dataTable: keptWithHeading,
  pageBreak: (b) => b,
};

function blocks(nodes: readonly Block[], width: number, context: LayoutContext): Block[] {
  return nodes.map((b, i) => (HANDLERS[b.type] as Handler<Block>)(b, width, context, nodes[i + 1]));
}

/** A paragraph in a `wrap` style, with its line breaks within the room its indents leave. */
function wrapped(p: Paragraph, width: number, context: LayoutContext): Paragraph {
  const s = context.style(p.style);
  if (!s.wrap) return p;
  const sides = twipFromMm((s.indent?.left ?? 0) + (s.indent?.right ?? 0));
  return wrapParagraph(p, s, width - sides - twipFromMm(s.indent?.first_line ?? 0));
}

function keptWithHeading(
  table: DataTable,
  _width: number,
  context: LayoutContext,
  next: Block | undefined,
): DataTable {
  if (table.keepNext || next?.type !== "paragraph") return table;
  return next.keepNext || context.style(next.style).keep_next ? { ...table, keepNext: true } : table;
}

function layoutTable(table: LayoutTable, width: number, context: LayoutContext): LayoutTable {
  const layout = context.profile.tables[table.layout];
  const fit = layout?.fit;
  const own =
    fit && layout.columns && fit.column < layout.columns.length
      ? fitColumns(table, layout.columns, fit, width, context.style)
      : table.widths;
  const widths = columnWidths(context.profile, table.layout, width, own) ?? [width];
  return {
    ...table,
    ...(own && { widths: own }),
    rows: table.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c, i) => ({ ...c, children: blocks(c.children, widths[i] ?? width, context) })),
    })),
  };
}

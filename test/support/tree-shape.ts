/**
 * The shape of a document tree, rendered or read back, for comparing the two: blocks, cells and
 * inline nodes with their text, style and bold/italic/underline, without what only one side has
 * (the reader's `look` and `source`, the renderer's profile, kind and layout names, keepNext).
 * What the writer adds that no tree holds is left out too: the empty bordered paragraph of a
 * drawn rule, the empty paragraph Word needs in an empty cell, and empty cells a layout table
 * fills its columns with.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any node of the tree
type Any = Record<string, any>;

export interface Shape {
  sections: Any[][];
}

const isEmptyFiller = (b: Any, defaultStyle: string | undefined) =>
  b.type === "paragraph" &&
  b.children.length === 0 &&
  (b.look?.borders?.bottom !== undefined || b.style === defaultStyle || b.style === "");

function inlines(children: Any[], defaultStyle?: string): Any[] {
  const out: Any[] = [];
  for (const c of children) {
    if (c.type === "text") {
      const marks = [...(c.marks ?? [])].sort().join(",");
      const last = out[out.length - 1];
      // The writer sets the hyphens of document symbols (25-NQ/TW) as non-breaking hyphens.
      const value = c.value.replace(/\u2011/g, "-");
      if (last?.type === "text" && last.marks === marks) last.value += value;
      else out.push({ type: "text", value, marks });
    } else if (c.type === "footnote")
      out.push({ type: "footnote", children: noteBlocks(c.children, defaultStyle) });
    else if (c.type === "break") out.push({ type: "break", ...(c.kind && { kind: c.kind }) });
    else out.push({ type: c.type });
  }
  return out.filter((c) => c.type !== "text" || c.value !== "");
}

/** A note's text starts after the space Word puts after its number mark. */
function noteBlocks(list: Any[], defaultStyle?: string): Any[] {
  const out = blocks(list, defaultStyle);
  const first = out[0]?.children?.[0];
  if (first?.type === "text") first.value = first.value.replace(/^ /, "");
  return out;
}

function blocks(list: Any[], defaultStyle?: string): Any[] {
  return list
    .filter((b) => !isEmptyFiller(b, defaultStyle))
    .map((b) => {
      if (b.type === "paragraph")
        return { type: "paragraph", style: b.style, children: inlines(b.children, defaultStyle) };
      // The renderer's layout and data tables are one kind of table to the reader.
      if (b.type === "table" || b.type === "layoutTable" || b.type === "dataTable") {
        const rows = b.rows.map((r: Any) => {
          const cells = r.cells.map((c: Any) => ({
            children: blocks(c.children, defaultStyle),
            colSpan: c.colSpan ?? 1,
            rowSpan: c.rowSpan ?? 1,
          }));
          while (
            cells.length > 0 &&
            cells[cells.length - 1].children.length === 0 &&
            cells[cells.length - 1].colSpan === 1
          )
            cells.pop();
          return cells;
        });
        return { type: "table", headerRows: b.headerRows ?? 0, rows };
      }
      return { type: b.type };
    });
}

/** The shape of a rendered tree (src/tree/types.ts Root) or a read one (src/ooxml/types.ts ReadRoot). */
export function treeShape(tree: Any, defaultStyle?: string): Shape {
  return { sections: tree.sections.map((s: Any) => blocks(s.children, defaultStyle)) };
}

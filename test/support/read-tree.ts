/** Walking a read tree in tests: its paragraphs in document order and their plain text. */
import type { ReadBlock, ReadInline, ReadParagraph, ReadRoot } from "../../src/ooxml/types";

export function paragraphsOf(blocks: ReadBlock[], out: ReadParagraph[] = []): ReadParagraph[] {
  for (const b of blocks) {
    if (b.type === "paragraph") out.push(b);
    else if (b.type === "table")
      for (const r of b.rows) for (const c of r.cells) paragraphsOf(c.children, out);
  }
  return out;
}

export const bodyParagraphs = (tree: ReadRoot) => tree.sections.flatMap((s) => paragraphsOf(s.children));

/** Text as printed: tabs as "\t", breaks as "\n", page numbers as "#", notes as "[^…]". */
export function plain(children: ReadInline[]): string {
  return children
    .map((c) =>
      c.type === "text"
        ? c.value
        : c.type === "tab"
          ? "\t"
          : c.type === "break"
            ? "\n"
            : c.type === "pageNumber"
              ? "#"
              : `[^${c.children.map((p) => plain(p.children)).join(" ")}]`,
    )
    .join("");
}

export const texts = (tree: ReadRoot) => bodyParagraphs(tree).map((p) => plain(p.children));

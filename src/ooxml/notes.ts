/**
 * footnotes.xml and endnotes.xml: each note's paragraphs, read when first referenced (a note
 * referenced twice is read once and shared). The separator notes (w:type set) are never text.
 */
import type { Context, Notes } from "./context";
import { readBlocks } from "./blocks";
import type { ReadBlock, ReadParagraph } from "./types";
import { attr, elements, type El } from "./xml";

export function notesReader(roots: { footnote?: El; endnote?: El }, ctx: () => Context): Notes {
  const index = { footnote: new Map<string, El>(), endnote: new Map<string, El>() };
  for (const kind of ["footnote", "endnote"] as const)
    for (const n of elements(roots[kind], `w:${kind}`)) {
      const id = attr(n, "w:id");
      const type = attr(n, "w:type");
      if (id !== undefined && (type === undefined || type === "normal")) index[kind].set(id, n);
    }
  const read = { footnote: new Map<string, ReadParagraph[]>(), endnote: new Map<string, ReadParagraph[]>() };
  return {
    note(kind, id) {
      const done = read[kind].get(id);
      if (done) return done;
      const el = index[kind].get(id);
      if (!el) return undefined;
      read[kind].set(id, []);
      // A note is paragraphs; a table in a note keeps its paragraphs, in order.
      const c = ctx();
      const fields = c.fields;
      c.fields = []; // a note has its own fields, whatever field its reference sits in
      let blocks;
      try {
        blocks = readBlocks(el, c, { body: false });
      } finally {
        c.fields = fields;
      }
      const paragraphs: ReadParagraph[] = [];
      const collect = (bs: ReadBlock[]) => {
        for (const b of bs) {
          if (b.type === "paragraph") paragraphs.push(b);
          else if (b.type === "table") for (const r of b.rows) for (const c of r.cells) collect(c.children);
        }
      };
      collect(blocks);
      read[kind].set(id, paragraphs);
      return paragraphs;
    },
  };
}

/**
 * The last pass over a tree's text: what the tree contract promises every renderer.
 * - A tab typed in a value or in the body (often pasted from Word: "1.\tNội dung") becomes a tab
 *   node, which both renderers write as a real Word tab (`<w:tab/>`, to the next tab stop),
 *   never a raw "\t" inside `<w:t>`, which Word's own files never hold.
 * - No text holds a character XML 1.0 forbids. Loading removes them from the data, with a
 *   warning; this catches any that arise later (a template's own text, a numeric reference), so
 *   no renderer can ever write an unreadable file.
 */
import { stripForbidden } from "../text/hygiene";
import type { Inline, Paragraph, Root } from "./types";
import { SKIP, visit } from "./visit";

export function tidyText(tree: Root): void {
  // A note's references share its paragraphs: each note is tidied once, however often it is referenced.
  const seen = new WeakSet<Paragraph[]>();
  visit(tree, {
    paragraph: tidyParagraph,
    footnote: (f) => {
      if (seen.has(f.children)) return SKIP;
      seen.add(f.children);
    },
  });
}

const NEEDS_WORK = /[\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Tabs in a paragraph's text become tab nodes, and characters XML forbids are dropped. */
function tidyParagraph(p: Paragraph): void {
  if (!p.children.some((c) => c.type === "text" && NEEDS_WORK.test(c.value))) return;
  const out: Inline[] = [];
  for (const c of p.children) {
    if (c.type !== "text" || !NEEDS_WORK.test(c.value)) {
      out.push(c);
      continue;
    }
    stripForbidden(c.value)
      .split("\t")
      .forEach((part, i) => {
        if (i > 0) out.push({ type: "tab" });
        if (part) out.push({ ...c, value: part });
      });
  }
  p.children = out;
}

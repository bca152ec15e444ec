/**
 * A paragraph as lines of measured words, and back: `linesOf` reads its author lines (split at
 * its break nodes) as words with their widths in twips; `breakAt` turns the spaces before chosen
 * words into line breaks. Only paragraphs of text and breaks are read (a footnote or a tab:
 * undefined, the word processor breaks those).
 */
import { textWidth } from "../docx/measure";
import type { Style } from "../profile/schema";
import type { Inline, Paragraph, Text } from "../tree/types";

export interface Word {
  text: string;
  width: number;
  /** The whitespace before the word: child index and [start, end) in its value. */
  space?: { child: number; start: number; end: number };
}

const face = (t: Text, style: Style) => {
  const marks = new Set(t.marks);
  return [marks.has("bold") || !!style.bold, marks.has("italic") || !!style.italic] as const;
};

/** The author lines of `p`, each a list of words; undefined for a paragraph with other inlines. */
export function linesOf(p: Paragraph, style: Style): Word[][] | undefined {
  const size = style.size ?? 14;
  const lines: Word[][] = [[]];
  let open: Word | undefined;
  let pending: Word["space"];
  for (let k = 0; k < p.children.length; k++) {
    const c = p.children[k];
    if (c.type === "break") {
      lines.push([]);
      open = undefined;
      pending = undefined;
      continue;
    }
    if (c.type !== "text") return undefined;
    const [bold, italic] = face(c, style);
    for (const m of c.value.matchAll(/(\s+)|(\S+)/gu)) {
      if (m[1]) {
        open = undefined;
        pending = { child: k, start: m.index!, end: m.index! + m[1].length };
        continue;
      }
      const width = textWidth(m[2], size, bold, italic);
      if (open) {
        open.text += m[2];
        open.width += width;
      } else {
        open = { text: m[2], width, ...(pending && lines.at(-1)!.length ? { space: pending } : {}) };
        lines.at(-1)!.push(open);
      }
      pending = undefined;
    }
  }
  return lines;
}

/** The width of a space in `style`, in twips. */
export const spaceWidth = (style: Style): number =>
  textWidth(" ", style.size ?? 14, !!style.bold, !!style.italic);

/** The width of a line of words, in twips. */
export const lineWidth = (words: readonly Word[], space: number): number =>
  words.reduce((a, w) => a + w.width, 0) + space * Math.max(0, words.length - 1);

/** `p` with a line break in place of the whitespace before each of `words`. */
export function breakAt(p: Paragraph, words: readonly Word[]): Paragraph {
  const cuts = new Map<number, { start: number; end: number }[]>();
  for (const w of words) if (w.space) cuts.set(w.space.child, [...(cuts.get(w.space.child) ?? []), w.space]);
  if (!cuts.size) return p;
  const children: Inline[] = [];
  p.children.forEach((c, k) => {
    const at = cuts.get(k);
    if (!at || c.type !== "text") return children.push(c);
    let from = 0;
    for (const cut of [...at].sort((a, b) => a.start - b.start)) {
      if (cut.start > from) children.push({ ...c, value: c.value.slice(from, cut.start) });
      children.push({ type: "break" });
      from = cut.end;
    }
    if (from < c.value.length) children.push({ ...c, value: c.value.slice(from) });
  });
  return { ...p, children };
}

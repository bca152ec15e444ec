/**
 * Body blocks read from a .docx → the Markdown of `noi_dung` (src/tree/markdown.ts reads it
 * back): one paragraph per Markdown paragraph, headings as `#`…`######` with their number as
 * printed, an auto-numbered paragraph with its number written out, bold and italic, footnotes as
 * `[^n]` with their text after the body, tables (see table.ts), page breaks as `[ngắt trang]`.
 * Every paragraph is read back at once; when Markdown cannot hold its bold and italic exactly,
 * its text is written without them and a note says so: the text itself is never changed.
 */
import type { ReadBlock, ReadFootnote, ReadInline, ReadParagraph } from "../ooxml/types";
import { cleanString } from "../text/hygiene";
import { fromMarkdown } from "../tree/markdown";
import type { Inline } from "../tree/types";
import { headingLevel } from "./heading-level";
import { inlinesToMarkdown } from "./inline";
import { tableToMarkdown } from "./table";

export interface BodyOptions {
  /** The profile's heading styles, level 1 first. */
  headings: readonly string[];
  /** The profile's table caption style (a ```bang block's `tieu_de`). */
  caption?: string;
  /** Not vanthu's output: headings are also found by their look (see heading-level.ts). */
  foreign: boolean;
  /**
   * The Word name of each profile style by id ("muc-2" → "Đề mục 2"): a copy saved by LibreOffice keeps the
   * names, not the ids.
   */
  names?: Readonly<Record<string, string | undefined>>;
}

/** Something the Markdown could not say exactly, at a body paragraph (`source`, "đoạn 12"). */
export interface BodyNote {
  /** Characters removed ("control"). */
  count?: number;
  kind: "marks" | "underline" | "nested-table" | "page-number" | "control";
  source?: number;
}

export interface BodyMarkdown {
  markdown: string;
  notes: BodyNote[];
}

const PAGE_BREAK = "[ngắt trang]";

export function blocksToMarkdown(blocks: readonly ReadBlock[], options: BodyOptions): BodyMarkdown {
  const out: string[] = [];
  const notes: BodyNote[] = [];
  const definitions: string[] = [];
  const footnote = (f: ReadFootnote) => {
    const n = definitions.length + 1;
    definitions.push(""); // taken now: a note's own text comes after its number is known
    definitions[n - 1] = noteDefinition(n, f.children, notes);
    return n;
  };
  const paragraph = (p: ReadParagraph, breakAs = "\\\n", implied: ("bold" | "italic")[] = []) =>
    writeParagraph(p, breakAs, implied, footnote, notes);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "pageBreak") {
      out.push(PAGE_BREAK);
      continue;
    }
    if (b.type === "table") {
      const table = tableToMarkdown(b, undefined, (p, breakAs) => paragraph(p, breakAs));
      if (table.flattened) notes.push({ kind: "nested-table", source: firstSource(b) });
      out.push(table.markdown);
      continue;
    }
    const next = blocks[i + 1];
    if (options.caption && isStyle(b, options.caption, options.names) && next?.type === "table") {
      const table = tableToMarkdown(next, paragraph(b, " "), (p, breakAs) => paragraph(p, breakAs));
      if (table.flattened) notes.push({ kind: "nested-table", source: firstSource(next) });
      out.push(table.markdown);
      i++;
      continue;
    }
    const label = numberLabel(b);
    const text = label + plainText(b.children);
    const level = headingLevel(b, text, options.headings, options.foreign, options.names);
    const implied = level !== undefined ? uniformMarks(b.children) : [];
    const markdown = paragraph(b, "\\\n", implied);
    if (!markdown) continue;
    out.push(level !== undefined ? `${"#".repeat(level)} ${markdown}` : markdown);
  }
  return { markdown: [...out, ...definitions].join("\n\n"), notes };
}

function isStyle(p: ReadParagraph, style: string, names: BodyOptions["names"] = {}): boolean {
  const name = names[style];
  return p.style === style || p.look.styleId === style || [style, name].includes(p.look.styleName);
}

function firstSource(b: ReadBlock): number | undefined {
  if (b.type === "paragraph") return b.source;
  if (b.type === "table")
    for (const r of b.rows)
      for (const c of r.cells) for (const x of c.children) if (firstSource(x)) return firstSource(x);
  return undefined;
}

/** The printed number of an auto-numbered paragraph and a space, as a person types it ("1. ", "a) ", "- "). */
export function numberLabel(p: ReadParagraph): string {
  const n = p.look.numbering;
  if (!n || !n.label.trim()) return "";
  const label = n.format === "bullet" && !/^[-+–]$/.test(n.label.trim()) ? "-" : n.label.trim();
  return `${label} `;
}

export function plainText(children: readonly ReadInline[]): string {
  return children
    .map((c) => (c.type === "text" ? c.value : c.type === "tab" ? "\t" : c.type === "break" ? "\n" : ""))
    .join("");
}

/** Bold and italic that every piece of text has: the heading style prints them. */
function uniformMarks(children: readonly ReadInline[]): ("bold" | "italic")[] {
  const texts = children.filter((c) => c.type === "text" && c.value.trim());
  return (["bold", "italic"] as const).filter(
    (m) => texts.length > 0 && texts.every((c) => c.type === "text" && c.marks?.includes(m)),
  );
}

function writeParagraph(
  p: ReadParagraph,
  breakAs: string,
  implied: ("bold" | "italic")[],
  footnote: (f: ReadFootnote) => number,
  notes: BodyNote[],
): string {
  const label = numberLabel(p);
  const children = cleaned(
    label ? [{ type: "text", value: label, look: p.look.mark }, ...p.children] : p.children,
    p.source,
    notes,
  );
  if (children.some((c) => c.type === "pageNumber")) notes.push({ kind: "page-number", source: p.source });
  // Footnotes are numbered once, whichever attempt below is kept.
  const numbers = new Map<ReadFootnote, number>();
  const number = (f: ReadFootnote) => numbers.get(f) ?? numbers.set(f, footnote(f)).get(f)!;
  const attempt = (marks: boolean) => inlinesToMarkdown(children, { marks, implied, footnote: number });
  const withMarks = attempt(true);
  if (withMarks.underline) notes.push({ kind: "underline", source: p.source });
  // Checked as a paragraph, table cells too (a cell reads its text as a paragraph does): bold that
  // Markdown cannot hold here (a bold number, "**8.348,0**", is not emphasis) is left out, said.
  let markdown = withMarks.markdown;
  if (!readsBack(markdown, children, implied, numbers.size)) {
    notes.push({ kind: "marks", source: p.source });
    markdown = attempt(false).markdown;
  }
  return markdown.replaceAll("\\\n", breakAs);
}

/** Markdown `markdown` of one paragraph reads back as `children` (text, and bold/italic beyond `implied`). */
function readsBack(
  markdown: string,
  children: readonly ReadInline[],
  implied: readonly string[],
  footnotes: number,
): boolean {
  const defs = Array.from({ length: footnotes }, (_, i) => `[^${i + 1}]: x`).join("\n\n");
  const source = footnotes ? `${markdown}\n\n${defs}` : markdown;
  // Only the text read back matters here: a problem in it (a footnote never referenced) is not the import's.
  const read = fromMarkdown(source, { body: "p", footnote: "f", headings: ["h"] }, () => undefined);
  const got = read.flatMap((b) => (b.type === "paragraph" ? [b.children] : [])).flat();
  return signature(got) === signature(children, implied);
}

/** The paragraph's characters each with its bold/italic, ends trimmed, breaks as "\n". */
function signature(children: readonly (Inline | ReadInline)[], implied: readonly string[] = []): string {
  let s = "";
  for (const c of children) {
    if (c.type === "text")
      for (const ch of c.value) {
        const m = (["bold", "italic"] as const).filter((x) => c.marks?.includes(x) && !implied.includes(x));
        s += ch.trim() ? `${ch}${m.map((x) => x[0]).join("")}|` : `${ch}|`;
      }
    else if (c.type === "break") s += "\n|";
    else if (c.type === "tab") s += "\t|";
    else if (c.type === "footnote") s += "^|";
  }
  // White space at the ends of the paragraph and of its lines is not kept by Markdown.
  return s
    .replace(/(?:\s\|)+(?=\n\|)/g, "")
    .replace(/(\n\|)(?:\s\|)+/g, "$1")
    .replace(/^(?:\s\|)+/, "")
    .replace(/(?:\s\|)+$/, "");
}

/**
 * The text as the loader leaves any text (src/text/hygiene.ts: NFC, the characters XML forbids
 * removed), before it becomes Markdown: a control character removed later could join two
 * delimiters into one.
 */
function cleaned(
  children: readonly ReadInline[],
  source: number | undefined,
  notes: BodyNote[],
): ReadInline[] {
  let removed = 0;
  const out = children.map((c) => {
    if (c.type !== "text") return c;
    const clean = cleanString(c.value);
    removed += clean.removed;
    return clean.text === c.value ? c : { ...c, value: clean.text.replace(/\n/g, " ") };
  });
  if (removed) notes.push({ kind: "control", source, count: removed });
  return out;
}

function noteDefinition(n: number, paragraphs: readonly ReadParagraph[], notes: BodyNote[]): string {
  const texts = paragraphs
    .map((p) =>
      inlinesToMarkdown(
        cleaned(
          p.children.filter((c) => c.type !== "footnote"),
          undefined,
          notes,
        ),
        { marks: true, footnote: () => 0 },
      ),
    )
    .map((r) => {
      if (r.underline) notes.push({ kind: "underline" });
      return r.markdown;
    })
    .filter(Boolean);
  // Later paragraphs of a note are indented under it.
  return `[^${n}]: ${texts.map((t, i) => (i ? t.replace(/^/gm, "    ") : t.replace(/\n/g, "\n    "))).join("\n\n")}`;
}

/**
 * The body text (`noi_dung`) in Markdown → tree blocks, with markdown-it. Only what an official
 * document uses is on: paragraphs, headings (`#`…), **bold** and *italic* where they cannot be
 * office text (office-text.ts), footnotes (`[^1]`), hard breaks (`\` at a line's end), GitHub tables (`| a |
 * b |`), ```bang tables and page breaks
 * (`[ngắt trang]` alone in a paragraph). Lists are off on purpose: hand numbering ("1.", "1-",
 * "a)", "- ") is kept exactly as typed, as body paragraphs. Problems (footnotes referenced but
 * never written, or the reverse; bad tables; dropped page breaks) are reported at their 1-based
 * line in the text: first the footnotes', then the tables' in the order of the text, then the page
 * breaks'.
 */
import MarkdownIt from "markdown-it";
type Token = ReturnType<MarkdownIt["parse"]>[number];
import footnotePlugin from "markdown-it-footnote";
import { append } from "../append";
import { bangTable, type WorkbookLookup } from "./bang";
import { bangFence } from "./bang-fence";
import { officeEmphasis } from "./office-text";
import { definitionsOf, recordedFootnoteDefs } from "./footnote-def";
import { uniqueInlineFootnotes } from "./footnote-inline";
import { linearFootnoteRef } from "./footnote-ref";
import { linearFootnoteTail } from "./footnote-tail";
import type { Report } from "../report";
import {
  cellNoteProblem,
  footnoteUse,
  literalReferences,
  recordReferences,
  reportFootnotes,
  type FootnoteUse,
} from "./footnotes";
import { tableFromTokens, type TableStyles } from "./markdown-table";
import { tidyPageBreaks } from "./page-breaks";
import type { Block, Inline, Mark, Paragraph } from "./types";

const create = () => {
  const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false });
  md.use(officeEmphasis)
    .use(footnotePlugin)
    .use(recordedFootnoteDefs)
    .use(linearFootnoteRef)
    .use(uniqueInlineFootnotes)
    .use(linearFootnoteTail);
  md.disable(["list", "code", "fence", "blockquote", "hr", "lheading", "reference", "html_block"]);
  md.disable(["backticks", "link", "image", "autolink", "html_inline", "entity"]);
  return md;
};
/** Without a profile table layout: tables and ```bang blocks stay text. */
const plain = create();
const withTables = create().enable("table").use(bangFence);

/** A line that starts a new point even after a single newline: "- ", "+ ", "* ", "1.", "1-", "2.1.", "a)", "II.". */
const POINT = /^(?:[-+*•]\s|\d+(?:\.\d+)*[.)-]\s|[a-zđ][)]\s|[IVXLC]+[.-]\s)/;
/** A paragraph that is only this (any case) is a page break. */
const PAGE_BREAK = "[ngắt trang]";
/** `<br>` in a table cell is a line break (a table row is one line of Markdown). */
const CELL_BREAK = /<br\s*\/?>/i;

export interface MarkdownStyles {
  body: string;
  footnote: string;
  headings: readonly string[];
  /** The data table layout and its styles; without it, tables are text. */
  table?: TableStyles;
}

/** `workbook`: the workbooks ```bang blocks name (`tep`), as read at the edge. */
export function fromMarkdown(
  source: string,
  styles: MarkdownStyles,
  report: Report,
  workbook?: WorkbookLookup,
): Block[] {
  const env: Record<string, unknown> = {};
  const tokens = (styles.table ? withTables : plain).parse(source, env);
  const use = footnoteUse();
  const notes = collectFootnotes(tokens, styles, env, use);
  const lines = source.split("\n");
  // The tables' problems wait for the footnotes', which are known only at the end.
  const tableProblems: Parameters<Report>[] = [];
  const tableReport: Report = (...problem) => void tableProblems.push(problem);
  const blocks: Block[] = [];
  const breakLines = new Map<Block, number>();
  let style = styles.body;
  let headingMarks = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "footnote_block_open") break;
    if (t.type === "heading_open") {
      style = styles.headings[Math.min(Number(t.tag.slice(1)), styles.headings.length) - 1];
      headingMarks = t.markup;
    } else if (t.type === "paragraph_open") style = styles.body;
    else if (t.type === "inline" && style !== styles.body && !t.content.trim())
      // A heading with no words ("#" alone on a line) is the text typed, not an empty heading.
      blocks.push({
        type: "paragraph",
        style: styles.body,
        children: [{ type: "text", value: headingMarks }],
      });
    else if (
      t.type === "inline" &&
      style === styles.body &&
      t.content.trim().toLocaleLowerCase("vi") === PAGE_BREAK
    ) {
      const node: Block = { type: "pageBreak" };
      breakLines.set(node, (t.map?.[0] ?? 0) + 1);
      blocks.push(node);
    } else if (t.type === "inline") {
      recordReferences(t.children ?? [], t.map?.[0] ?? 0, use);
      append(blocks, splitPoints(style, inlines(t.children ?? [], notes)));
    } else if (t.type === "table_open" && styles.table) {
      const end = tokens.findIndex((x, j) => j > i && x.type === "table_close");
      const table = tokens.slice(i, end + 1);
      recordTableReferences(table, use);
      const cell = (inline: Token) => cellInlines(inlines(inline.children ?? [], notes));
      blocks.push(tableFromTokens(table, lines, styles.table, cell, tableReport));
      i = end;
    } else if (t.type === "bang" && styles.table) {
      const first = (t.map?.[0] ?? 0) + 1;
      if (!t.meta.closed)
        tableReport(
          "TABLE_INVALID",
          "khối ```bang chưa được đóng; thêm một dòng ``` sau dòng cuối của bảng",
          { line: first },
        );
      else {
        const parseCell = (text: string, line: number) => {
          // White space at a cell's ends is not its text: a cell written as a literal block (`- |`) ends with
          // a newline.
          const children = withTables.parseInline(text.trim(), env)[0]?.children ?? [];
          recordReferences(children, line, use);
          // markdown-it-footnote writes only the notes the body itself references.
          for (const c of children) {
            if (c.type !== "footnote_ref" || notes.get(c.meta.id)) continue;
            tableReport("TABLE_INVALID", cellNoteProblem(c, inlineNotesOf(env)), { line: line + 1 });
          }
          return cellInlines(inlines(children, notes));
        };
        append(blocks, bangTable(t.content, first, styles.table, parseCell, tableReport, workbook));
      }
    }
  }
  reportFootnotes(use, definitionsOf(env), report);
  for (const problem of tableProblems) report(...problem);
  return tidyPageBreaks(blocks, breakLines, report);
}

/** The references in a Markdown table's cells (`tokens` from table_open to table_close), at their row's line. */
function recordTableReferences(tokens: readonly Token[], use: FootnoteUse) {
  let line = 0;
  for (const t of tokens) {
    if (t.type === "tr_open") line = t.map?.[0] ?? line;
    else if (t.type === "inline") recordReferences(t.children ?? [], line, use);
  }
}

/** A table cell's inlines: one paragraph, so a newline (or `<br>`) is a line break, never a new paragraph. */
function cellInlines(children: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const c of children) {
    if (c.type !== "text") out.push(c);
    else if (c.value === "\n" && !c.marks) out.push({ type: "break" });
    else
      c.value.split(CELL_BREAK).forEach((part, i) => {
        if (i > 0) out.push({ type: "break" });
        if (part) out.push({ ...c, value: part });
      });
  }
  return trimEdges(out);
}

/**
 * A paragraph without white space at its two ends, as a field's paragraph: JavaScript's trim,
 * so NBSP, U+3000 and the like go too (markdown-it itself trims only spaces, tabs and newlines).
 */
function trimEdges(children: Inline[]): Inline[] {
  const out = [...children];
  while (out[0]?.type === "text") {
    const value = out[0].value.trimStart();
    if (value) {
      out[0] = { ...out[0], value };
      break;
    }
    out.shift();
  }
  for (let last = out.at(-1); last?.type === "text"; last = out.at(-1)) {
    const value = last.value.trimEnd();
    if (value) {
      out[out.length - 1] = { ...last, value };
      break;
    }
    out.pop();
  }
  return out;
}

/** The inline notes (`^[…]`) a parse with `env` has met, by id: their text as typed. */
const inlineNotesOf = (env: Record<string, unknown>): { content?: string }[] =>
  (env.footnotes as { list?: { content?: string }[] } | undefined)?.list ?? [];

interface Notes {
  /** The paragraphs of note `id`, made when first asked for: only notes the body prints are read (and warned about). */
  get(id: number): Paragraph[] | undefined;
}

/** The notes by id; a reference inside a note is kept as typed text (recorded in `use`). */
function collectFootnotes(
  tokens: Token[],
  styles: MarkdownStyles,
  env: Record<string, unknown>,
  use: FootnoteUse,
): Notes {
  const texts = new Map<number, { note: string; inline: Token[] }>();
  const made = new Map<number, Paragraph[]>();
  const inlineNotes = inlineNotesOf(env);
  let current: Token[] | undefined;
  for (const t of tokens) {
    if (t.type === "footnote_open") {
      const note =
        t.meta.label !== undefined ? `[^${t.meta.label}]` : `^[${inlineNotes[t.meta.id]?.content ?? ""}]`;
      texts.set(t.meta.id, { note, inline: (current = []) });
    } else if (t.type === "footnote_close") current = undefined;
    else if (t.type === "inline" && current) current.push(t);
  }
  const notes: Notes = {
    get(id) {
      const text = texts.get(id);
      if (!text || made.has(id)) return made.get(id);
      const paragraphs: Paragraph[] = [];
      made.set(id, paragraphs);
      for (const t of text.inline) {
        const children = literalReferences(t.children ?? [], t.map?.[0], text.note, inlineNotes, use);
        append(paragraphs, splitPoints(styles.footnote, inlines(children, notes)));
      }
      return paragraphs;
    },
  };
  return notes;
}

function inlines(tokens: Token[], notes: Notes): Inline[] {
  const out: Inline[] = [];
  const marks = new Set<Mark>();
  const push = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    const m = [...marks].sort();
    // Never merge into a softbreak marker: splitPoints must see it alone.
    if (last?.type === "text" && last.value !== "\n" && String(last.marks ?? []) === String(m))
      last.value += value;
    else out.push(m.length ? { type: "text", value, marks: m } : { type: "text", value });
  };
  for (const t of tokens) {
    switch (t.type) {
      case "text":
      case "text_special":
        push(t.content);
        break;
      case "strong_open":
        marks.add("bold");
        break;
      case "strong_close":
        marks.delete("bold");
        break;
      case "em_open":
        marks.add("italic");
        break;
      case "em_close":
        marks.delete("italic");
        break;
      case "softbreak":
        out.push({ type: "text", value: "\n" }); // resolved by splitPoints
        break;
      case "hardbreak":
        out.push({ type: "break" });
        break;
      case "footnote_ref":
        out.push({ type: "footnote", children: notes.get(t.meta.id) ?? [] });
        break;
      default:
        push(t.content);
    }
  }
  return out;
}

/**
 * A single newline followed by a point marker starts a new paragraph; any other single newline
 * is a space (text wrapped by the author's editor).
 */
function splitPoints(style: string, children: Inline[]): Paragraph[] {
  const paragraphs: Paragraph[] = [{ type: "paragraph", style, children: [] }];
  children.forEach((node, i) => {
    const current = paragraphs[paragraphs.length - 1];
    if (node.type === "text" && node.value === "\n" && !node.marks) {
      if (POINT.test(textAfter(children, i + 1))) paragraphs.push({ type: "paragraph", style, children: [] });
      else appendText(current, " ");
      return;
    }
    if (node.type === "text") appendText(current, node.value, node.marks);
    else current.children.push(node);
  });
  return paragraphs
    .map((p) => ({ ...p, children: trimEdges(p.children) }))
    .filter((p) => p.children.length > 0);
}

function appendText(p: Paragraph, value: string, marks?: Mark[]) {
  const last = p.children.at(-1);
  if (last?.type === "text" && String(last.marks ?? []) === String(marks ?? [])) last.value += value;
  else p.children.push(marks ? { type: "text", value, marks } : { type: "text", value });
}

/** The plain text of the next few text nodes, whatever their marks ("**1-** Tiếp tục" → "1- Tiếp"). */
function textAfter(children: Inline[], from: number): string {
  let s = "";
  for (let i = from; i < children.length && s.length < 12; i++) {
    const n = children[i];
    if (n.type !== "text" || n.value === "\n") break;
    s += n.value;
  }
  return s;
}

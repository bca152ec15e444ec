/**
 * The body text (`noi_dung`) in Markdown → tree blocks, with markdown-it. Only what an official
 * document uses is on: paragraphs, headings (`#`…), **bold**, *italic*, footnotes (`[^1]`),
 * hard breaks and backslash escapes. Lists are off on purpose: hand numbering ("1.", "1-",
 * "a)", "- ") is kept exactly as typed, as body paragraphs.
 */
import MarkdownIt from "markdown-it";
type Token = ReturnType<MarkdownIt["parse"]>[number];
import footnotePlugin from "markdown-it-footnote";
import type { Block, Inline, Mark, Paragraph } from "./types";

const md = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false }).use(footnotePlugin);
md.disable(["list", "code", "fence", "blockquote", "hr", "lheading", "reference", "html_block"]);
md.disable(["backticks", "link", "image", "autolink", "html_inline", "entity"]);

/** A line that starts a new point even after a single newline: "- ", "+ ", "1.", "1-", "2.1.", "a)", "II.". */
const POINT = /^(?:[-+•]\s|\d+(?:\.\d+)*[.\-)]\s|[a-zđ][)]\s|[IVXLC]+[.\-]\s)/;

export interface MarkdownStyles {
  body: string;
  footnote: string;
  headings: readonly string[];
}

export interface MarkdownResult {
  blocks: Block[];
  /** Vietnamese sentences: footnotes referenced but never written, or written but never referenced. */
  problems: string[];
}

export function fromMarkdown(source: string, styles: MarkdownStyles): MarkdownResult {
  const env: Record<string, unknown> = {};
  const tokens = md.parse(source, env);
  const notes = collectFootnotes(tokens, styles);
  const blocks: Block[] = [];
  let style = styles.body;
  for (const t of tokens) {
    if (t.type === "footnote_block_open") break;
    if (t.type === "heading_open") style = styles.headings[Math.min(Number(t.tag.slice(1)), styles.headings.length) - 1];
    else if (t.type === "paragraph_open") style = styles.body;
    else if (t.type === "inline") blocks.push(...splitPoints(style, inlines(t.children ?? [], notes)));
  }
  return { blocks, problems: footnoteProblems(source) };
}

interface Notes {
  byId: Map<number, Paragraph[]>;
}

function collectFootnotes(tokens: Token[], styles: MarkdownStyles): Notes {
  const byId = new Map<number, Paragraph[]>();
  let current: Paragraph[] | undefined;
  for (const t of tokens) {
    if (t.type === "footnote_open") byId.set(t.meta.id, (current = []));
    else if (t.type === "footnote_close") current = undefined;
    else if (t.type === "inline" && current) current.push({ type: "paragraph", style: styles.footnote, children: inlines(t.children ?? [], { byId }) });
  }
  return { byId };
}

function inlines(tokens: Token[], notes: Notes): Inline[] {
  const out: Inline[] = [];
  const marks = new Set<Mark>();
  const push = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    const m = [...marks].sort();
    if (last?.type === "text" && String(last.marks ?? []) === String(m)) last.value += value;
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
        out.push({ type: "footnote", children: notes.byId.get(t.meta.id) ?? [] });
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
  return paragraphs.filter((p) => p.children.length > 0);
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

const REF = /\[\^([^\]\s]+)\](?!:)/g;
const DEF = /^[ \t]*\[\^([^\]\s]+)\]:/gm;

function footnoteProblems(source: string): string[] {
  const defs = new Set([...source.matchAll(DEF)].map((m) => m[1]));
  const refs = new Set([...source.replace(DEF, "").matchAll(REF)].map((m) => m[1]));
  return [
    ...[...refs].filter((r) => !defs.has(r)).map((r) => `chú thích [^${r}] chưa có nội dung; thêm một đoạn "[^${r}]: ..." ở cuối nội dung`),
    ...[...defs].filter((d) => !refs.has(d)).map((d) => `chú thích [^${d}] có nội dung nhưng không được dẫn chiếu; thêm [^${d}] vào chỗ cần chú thích`),
  ];
}

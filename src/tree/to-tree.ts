/**
 * Stage 3b: the markup a template renders → the document tree. The only place that knows the
 * markup: <document> <section> <table layout> <row> <cell> <p style> <b> <i> <u> <br/> <tab/>
 * and <markdown> (body text, read by `fromMarkdown`). Inside <p>, a newline is a line break and
 * whitespace at the paragraph's ends is dropped; between blocks whitespace is ignored.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Profile } from "../profile/schema";
import { upperVi } from "../text/upper";
import { fromMarkdown } from "./markdown";
import type { Block, Cell, Inline, Mark, Paragraph, Root, Row, Section, Table } from "./types";

type XmlNode = Record<string, XmlNode[] | string> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

export interface TreeResult {
  tree?: Root;
  /** Vietnamese sentences; the caller turns them into diagnostics. */
  errors: string[];
  warnings: string[];
}

const INLINE_MARKS: Record<string, Mark> = { b: "bold", i: "italic", u: "underline" };

export function toTree(markup: string, profile: Profile, kind: string): TreeResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const valid = XMLValidator.validate(markup);
  if (valid !== true) {
    return { errors: [`mẫu sinh ra mã đánh dấu sai ở dòng ${valid.err.line}, cột ${valid.err.col}: ${valid.err.msg}`], warnings };
  }
  const nodes = parser.parse(markup) as XmlNode[];
  const tagOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ":@")!;
  const attrs = (n: XmlNode) => n[":@"] ?? {};
  const kids = (n: XmlNode) => n[tagOf(n)] as XmlNode[];
  const elements = (list: XmlNode[]) => list.filter((n) => tagOf(n) !== "#text" || String(n["#text"]).trim() !== "");

  const blocks = (list: XmlNode[]): Block[] => {
    const out: Block[] = [];
    for (const n of elements(list)) {
      const tag = tagOf(n);
      if (tag === "p") out.push(paragraph(n));
      else if (tag === "table") {
        if (attrs(n)["keep-with-previous"] === "true") {
          const prev = out.at(-1);
          if (prev?.type === "paragraph") prev.keepNext = true;
        }
        out.push(table(n));
      } else if (tag === "markdown") {
        const md = fromMarkdown(textContent(kids(n)), { body: profile.body_style, footnote: profile.footnote_style, headings: profile.headings });
        warnings.push(...md.problems);
        out.push(...md.blocks);
      } else errors.push(`mẫu dùng thẻ <${tag}> không có ở chỗ này; chỉ dùng <p>, <table>, <markdown> trong <section> hoặc <cell>`);
    }
    return out;
  };

  const table = (n: XmlNode): Table => {
    const layout = attrs(n).layout ?? "";
    if (!profile.tables[layout]) errors.push(`bảng layout="${layout}" không có trong profile.tables của thể thức "${profile.id}"`);
    const rows: Row[] = elements(kids(n)).map((r) => ({
      type: "row",
      cells: elements(kids(r)).map((c): Cell => ({ type: "cell", children: blocks(kids(c)) })),
    }));
    return { type: "table", layout, rows };
  };

  const paragraph = (n: XmlNode): Paragraph => {
    const style = attrs(n).style ?? "";
    if (!profile.styles[style]) errors.push(`kiểu đoạn style="${style}" không có trong profile.styles của thể thức "${profile.id}"`);
    const children = trimEnds(inlines(kids(n), []));
    return { type: "paragraph", style, children };
  };

  const inlines = (list: XmlNode[], marks: Mark[]): Inline[] =>
    list.flatMap((n): Inline[] => {
      const tag = tagOf(n);
      if (tag === "#text") return textWithBreaks(String(n["#text"]), marks);
      if (tag === "br") return [{ type: "break" }];
      if (tag === "tab") return [{ type: "tab" }];
      if (INLINE_MARKS[tag]) return inlines(kids(n), [...new Set([...marks, INLINE_MARKS[tag]])].sort());
      errors.push(`mẫu dùng thẻ <${tag}> trong đoạn văn; chỉ dùng <b>, <i>, <u>, <br/>, <tab/>`);
      return [];
    });

  const root = elements(nodes)[0];
  if (!root || tagOf(root) !== "document") return { errors: ["mẫu phải sinh ra một phần tử <document> gốc"], warnings };
  const sections: Section[] = elements(kids(root)).map((s) => ({ type: "section", children: blocks(kids(s)) }));
  const tree: Root = { type: "document", profile: profile.id, kind, sections };
  applyCaps(tree, profile);
  return { tree: errors.length ? undefined : tree, errors, warnings };
}

function textContent(list: XmlNode[]): string {
  return list.map((n) => (typeof n["#text"] === "string" ? n["#text"] : "")).join("");
}

function textWithBreaks(value: string, marks: Mark[]): Inline[] {
  return value.split("\n").flatMap((part, i): Inline[] => {
    const text: Inline[] = part ? [marks.length ? { type: "text", value: part, marks } : { type: "text", value: part }] : [];
    return i === 0 ? text : [{ type: "break" }, ...text];
  });
}

/** Drop whitespace at the start and end of a paragraph (template indentation), keep it inside. */
function trimEnds(children: Inline[]): Inline[] {
  const out = [...children];
  while (out[0]?.type === "text" && !out[0].value.trim()) out.shift();
  while (out.at(-1)?.type === "text" && !(out.at(-1) as { value: string }).value.trim()) out.pop();
  if (out[0]?.type === "text") out[0] = { ...out[0], value: out[0].value.trimStart() };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/** Styles with `caps` print their text IN HOA, so the tree already holds what the page shows. */
function applyCaps(tree: Root, profile: Profile) {
  const caps = (style: string): boolean => {
    const s = profile.styles[style];
    return s?.caps ?? (s?.based_on ? caps(s.based_on) : false);
  };
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === "table") b.rows.forEach((r) => r.cells.forEach((c) => visit(c.children)));
      else if (caps(b.style)) for (const c of b.children) if (c.type === "text") c.value = upperVi(c.value);
    }
  };
  tree.sections.forEach((s) => visit(s.children));
}

/**
 * Stage 3b: the markup a template renders → the document tree. The only place that knows the
 * markup: <document> <section> <table layout> <row> <cell> <p style> <b> <i> <u> <br/> <tab/>
 * and <markdown field> (body text, read by `fromMarkdown`; `field` names the YAML field it came
 * from, for the line of a problem; default `noi_dung`). Inside <p>, a newline is a line break and
 * whitespace at the paragraph's ends is dropped; between blocks whitespace is ignored.
 *
 * Problems go to the caller's report: a fault of the markup (the template's, not the author's) as
 * MARKUP_INVALID with no path; a problem in a body at the path of its field (`[field]`) and its
 * 1-based line in the field's text.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { markupMessage } from "./markup-message";
import { append } from "../append";
import { within, type Report } from "../report";
import { resolveStyle } from "../profile/resolve-style";
import type { Profile } from "../profile/schema";
import { upperVi } from "../text/upper";
import { decodeXmlText, liftBodies } from "./lift-bodies";
import type { WorkbookLookup } from "./bang";
import { fromMarkdown, type MarkdownStyles } from "./markdown";
import { tidyText } from "./text-runs";
import type {
  Block,
  Cell,
  Inline,
  LayoutTable,
  Mark,
  Paragraph,
  Root,
  Row,
  Section,
  Side,
  VAlign,
} from "./types";
import { SKIP, visit } from "./visit";

type XmlNode = Record<string, XmlNode[] | string> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded by decodeXmlText (what Handlebars escapes), not by the parser, which
  // would build an HTML entity decoder for every parse.
  processEntities: false,
});

/** The profile's data table layout, used by tables in Markdown. */
const DATA_TABLE = "bang";

const INLINE_MARKS: Record<string, Mark> = { b: "bold", i: "italic", u: "underline" };
const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];
const VALIGNS: readonly VAlign[] = ["top", "center", "bottom"];

/**
 * The tree, or undefined when the markup has a fault (reported). `workbooks`: for a field, the
 * workbooks its ```bang blocks name (`tep`), read at the edge.
 */
export function toTree(
  rendered: string,
  profile: Profile,
  kind: string,
  report: Report,
  workbooks?: (field: string) => WorkbookLookup,
): Root | undefined {
  let faults = 0;
  const fault = (message: string) => {
    faults++;
    report("MARKUP_INVALID", message);
  };
  const { markup, bodies } = liftBodies(rendered);
  const valid = XMLValidator.validate(markup);
  if (valid !== true) {
    fault(
      `mẫu sinh ra mã đánh dấu sai ở dòng ${valid.err.line}, cột ${valid.err.col} của kết quả: ${markupMessage(valid.err.msg, valid.err.code)}`,
    );
    return undefined;
  }
  const data = profile.tables[DATA_TABLE];
  const styles: MarkdownStyles = {
    body: profile.body_style,
    footnote: profile.footnote_style,
    headings: profile.headings,
    ...(data?.header_style &&
      data.cell_style &&
      data.caption_style && {
        table: {
          layout: DATA_TABLE,
          header: data.header_style,
          cell: data.cell_style,
          caption: data.caption_style,
        },
      }),
  };
  const nodes = parser.parse(markup) as XmlNode[];
  const tagOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ":@")!;
  const attrs = (n: XmlNode): Record<string, string> =>
    Object.fromEntries(Object.entries(n[":@"] ?? {}).map(([k, v]) => [k, decodeXmlText(v)]));
  const kids = (n: XmlNode) => n[tagOf(n)] as XmlNode[];
  const elements = (list: XmlNode[]) =>
    list.filter((n) => tagOf(n) !== "#text" || String(n["#text"]).trim() !== "");

  const blocks = (list: XmlNode[]): Block[] => {
    const out: Block[] = [];
    for (const n of elements(list)) {
      const tag = tagOf(n);
      if (tag === "p") out.push(paragraph(n));
      else if (tag === "table") {
        if (attrs(n)["keep-with-previous"] === "true") {
          const prev = out.at(-1);
          if (prev && prev.type !== "pageBreak") prev.keepNext = true;
        }
        out.push(table(n));
      } else if (tag === "markdown") {
        const ref = attrs(n).ref;
        const field = attrs(n).field ?? "noi_dung";
        const text = ref !== undefined ? bodies[Number(ref)] : textContent(kids(n));
        const inField = within(report, (where) => ({ ...where, path: [field, ...(where.path ?? [])] }));
        append(out, fromMarkdown(text, styles, inField, workbooks?.(field)));
      } else
        fault(
          `mẫu dùng thẻ <${tag}> không có ở chỗ này; chỉ dùng <p>, <table>, <markdown> trong <section> hoặc <cell>`,
        );
    }
    return out;
  };

  const table = (n: XmlNode): LayoutTable => {
    const layout = attrs(n).layout ?? "";
    const known = profile.tables[layout];
    if (!known) fault(`bảng layout="${layout}" không có trong profile.tables của thể thức "${profile.id}"`);
    else if (!known.columns)
      fault(
        `bảng layout="${layout}" là bảng số liệu (không có columns) trong profile.tables; mẫu chỉ dùng bảng có columns`,
      );
    const rows: Row[] = elements(kids(n)).map((r) => ({
      type: "row",
      cells: elements(kids(r)).map((c): Cell => ({
        type: "cell",
        children: blocks(kids(c)),
        ...cellFrame(attrs(c)),
      })),
    }));
    if (known && !known.borders && rows.some((r) => r.cells.some((c) => c.borders))) {
      fault(
        `bảng layout="${layout}" có ô kẻ viền (border) nhưng profile.tables.${layout} không có borders (độ dày nét, pt)`,
      );
    }
    return { type: "layoutTable", layout, rows, ...(known?.keep_next && { keepNext: true }) };
  };

  /** `border="top right bottom left"` (any of them) and `valign="top|center|bottom"` of a layout cell. */
  const cellFrame = (a: Record<string, string>): Pick<Cell, "borders" | "valign"> => {
    const borders = (a.border ?? "").split(/\s+/).filter(Boolean);
    const bad = borders.filter((b) => !SIDES.includes(b as Side));
    if (bad.length) fault(`ô bảng border="${a.border}": chỉ dùng top, right, bottom, left`);
    if (a.valign !== undefined && !VALIGNS.includes(a.valign as VAlign))
      fault(`ô bảng valign="${a.valign}": chỉ dùng top, center, bottom`);
    return {
      ...(borders.length && !bad.length && { borders: borders as Side[] }),
      ...(a.valign !== undefined && VALIGNS.includes(a.valign as VAlign) && { valign: a.valign as VAlign }),
    };
  };

  const paragraph = (n: XmlNode): Paragraph => {
    const style = attrs(n).style ?? "";
    if (!profile.styles[style])
      fault(`kiểu đoạn style="${style}" không có trong profile.styles của thể thức "${profile.id}"`);
    const children = trimEnds(inlines(kids(n), []));
    return { type: "paragraph", style, children };
  };

  const inlines = (list: XmlNode[], marks: Mark[]): Inline[] =>
    list.flatMap((n): Inline[] => {
      const tag = tagOf(n);
      if (tag === "#text") return textWithBreaks(decodeXmlText(String(n["#text"])), marks);
      if (tag === "br") return [{ type: "break" }];
      if (tag === "tab") return [{ type: "tab" }];
      if (INLINE_MARKS[tag]) return inlines(kids(n), [...new Set([...marks, INLINE_MARKS[tag]])].sort());
      fault(`mẫu dùng thẻ <${tag}> trong đoạn văn; chỉ dùng <b>, <i>, <u>, <br/>, <tab/>`);
      return [];
    });

  const root = elements(nodes)[0];
  if (!root || tagOf(root) !== "document") return void fault("mẫu phải sinh ra một phần tử <document> gốc");
  const sections: Section[] = elements(kids(root)).map((s) => ({
    type: "section",
    children: blocks(kids(s)),
  }));
  const tree: Root = { type: "document", profile: profile.id, kind, sections };
  applyCaps(tree, profile);
  tidyText(tree);
  return faults ? undefined : tree;
}

function textContent(list: XmlNode[]): string {
  return list.map((n) => (typeof n["#text"] === "string" ? decodeXmlText(n["#text"]) : "")).join("");
}

function textWithBreaks(value: string, marks: Mark[]): Inline[] {
  return value.split("\n").flatMap((part, i): Inline[] => {
    const text: Inline[] = part
      ? [marks.length ? { type: "text", value: part, marks } : { type: "text", value: part }]
      : [];
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
  const known = new Map<string, boolean>();
  const caps = (style: string): boolean => {
    let c = known.get(style);
    if (c === undefined) known.set(style, (c = resolveStyle(profile, style).caps ?? false));
    return c;
  };
  // The paragraphs of the body and its tables; a footnote's are in its own style, never in caps.
  visit(tree, {
    paragraph: (p) => {
      if (caps(p.style)) for (const c of p.children) if (c.type === "text") c.value = upperVi(c.value);
      return SKIP;
    },
  });
}

/**
 * What the other engines start from, made once per bench run from vanthu's own rendering of the
 * sample, so all three write the same layout and text: the package's parts (for the floor), and a
 * docxtemplater template (the same document with tags in place of its values) and its data.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { createEngine } from "../src/engine";
import { loadResources } from "../src/resources";
import type { Paragraph } from "../src/tree/types";
import { SKIP, visit } from "../src/tree/visit";
import { numberLineOf, SAMPLE, sourceOf } from "./sample";

export const FILES = { parts: "parts.json", template: "template.docx", data: "data.json" };

/** docxtemplater's data for copy 0; copies differ in `so_ky_hieu` only. */
export interface TemplateData {
  co_quan: string;
  so_ky_hieu: string;
  ngay_thang: string;
  trich_yeu: string;
  doan: Record<string, string | boolean>[];
  noi_nhan: string[];
  quyen_han: string;
  chuc_vu: string;
  ho_ten: string;
}

const textOf = (p: Paragraph) =>
  p.children.map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : "")).join("");
const flag = (style: string) => `s_${style.replace(/-/g, "_")}`;
/** A paragraph holding only a docxtemplater tag (dropped from the output by paragraphLoop). */
const tagParagraph = (tag: string) => `<w:p><w:r><w:t xml:space="preserve">${tag}</w:t></w:r></w:p>`;
const styled = (style: string, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export async function makeFixtures(dir: string): Promise<void> {
  const engine = createEngine(loadResources());
  const outcome = await engine.render(sourceOf(0), SAMPLE);
  if (!outcome.docx || !outcome.tree)
    throw new Error(`the sample did not render: ${JSON.stringify(outcome.diagnostics)}`);
  const files = unzipSync(outcome.docx);
  const parts = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
  // Symbols (143-BC/TU) keep their hyphens unbroken with <w:noBreakHyphen/>: the other engines
  // write a plain hyphen, as a template author would (paragraphTexts reads both as "-").
  parts["word/document.xml"] = parts["word/document.xml"].replaceAll(
    '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">',
    "-",
  );
  writeFileSync(join(dir, FILES.parts), JSON.stringify(parts));

  // The template: vanthu's document.xml with tags for the values, the body and Nơi nhận as loops
  // whose tags stand in paragraphs of their own (one paragraph holding {#doan}{text}{/doan}
  // would repeat the text inline: the pitfall in tech-notes §2).
  const blocks = outcome.tree.sections[0].children;
  // The paragraphs of the body and its tables (not the notes').
  const all: Paragraph[] = [];
  visit(blocks, {
    paragraph: (p) => {
      all.push(p);
      return SKIP;
    },
  });
  const byStyle = (s: string) => all.filter((p) => p.style === s);
  const body = blocks.filter(
    (b): b is Paragraph =>
      b.type === "paragraph" && !["ten-loai", "trich-yeu", "phan-cach"].includes(b.style),
  );
  const bodyStyles = [...new Set(body.map((p) => p.style))];
  const data: TemplateData = {
    co_quan: textOf(byStyle("co-quan")[0]),
    so_ky_hieu: numberLineOf(0),
    ngay_thang: textOf(byStyle("ngay")[0]),
    // As written (the writer may break a long line where the tree has none).
    trich_yeu: writtenText(parts["word/document.xml"], "trich-yeu"),
    doan: body.map((p) => ({ [flag(p.style)]: true, text: textOf(p) })),
    noi_nhan: byStyle("noi-nhan").map(textOf),
    quyen_han: textOf(byStyle("quyen-han")[0]),
    chuc_vu: textOf(byStyle("chuc-vu")[0]),
    ho_ten: textOf(byStyle("ho-ten")[0]),
  };
  writeFileSync(join(dir, FILES.data), JSON.stringify(data));

  let xml = parts["word/document.xml"];
  const swap = (from: string, to: string) => {
    if (!xml.includes(from)) throw new Error(`template: "${from.slice(0, 60)}" not found`);
    xml = xml.replace(from, to);
  };
  const escape = (s: string) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;");
  const tagged = (field: string, value: string) => swap(`>${escape(value)}</w:t>`, `>{${field}}</w:t>`);
  for (const field of ["co_quan", "so_ky_hieu", "ngay_thang", "quyen_han", "chuc_vu", "ho_ten"] as const)
    tagged(field, data[field]);
  // Trích yếu (runs around breaks) → one tag; linebreaks: true turns "\n" back into a break.
  swap(
    `>${data.trich_yeu
      .split("\n")
      .map(escape)
      .join(`</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">`)}</w:t>`,
    `>{trich_yeu}</w:t>`,
  );
  // Body: everything between the phan-cach paragraph and the closing table → one loop.
  const start = xml.indexOf("</w:p>", xml.indexOf('<w:pStyle w:val="phan-cach"/>')) + "</w:p>".length;
  const end = xml.lastIndexOf("<w:tbl>");
  const loop = [
    tagParagraph("{#doan}"),
    ...bodyStyles.flatMap((s) => [
      tagParagraph(`{#${flag(s)}}`),
      styled(s, "{text}"),
      tagParagraph(`{/${flag(s)}}`),
    ]),
    tagParagraph("{/doan}"),
  ].join("");
  xml = xml.slice(0, start) + loop + xml.slice(end);
  // Nơi nhận lines → one loop.
  const lines = data.noi_nhan.map((l) => styled("noi-nhan", escape(l))).join("");
  swap(lines, [tagParagraph("{#noi_nhan}"), styled("noi-nhan", "{.}"), tagParagraph("{/noi_nhan}")].join(""));

  const template = Object.fromEntries(
    Object.entries(parts).map(([name, text]) => [name, strToU8(name === "word/document.xml" ? xml : text)]),
  );
  writeFileSync(join(dir, FILES.template), zipSync(template));
}

/** The paragraphs' text of a .docx, in order (to check that two engines wrote the same text). */
export function paragraphTexts(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)]
    .map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>|<w:noBreakHyphen\/>/g)]
        .map((t) => t[1] ?? (t[0] === "<w:br/>" ? "\n" : "-"))
        .join(""),
    )
    .filter((t) => t !== "");
}

/** The text of the first paragraph of `style` in document.xml, breaks as "\n". */
function writtenText(xml: string, style: string): string {
  const p = new RegExp(`<w:p><w:pPr><w:pStyle w:val="${style}"/>[\\s\\S]*?</w:p>`).exec(xml);
  if (!p) throw new Error(`no ${style} paragraph`);
  return [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((t) => (t[1] === undefined ? "\n" : decode(t[1])))
    .join("");
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

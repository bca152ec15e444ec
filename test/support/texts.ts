/**
 * The text of a document as a reader sees it, in one shape for a tree and for a .docx, so the
 * same assertions run on both: its paragraphs in document order (table cells included), each
 * with its style and text (a line break is "\n", a tab "\t", a footnote reference nothing), and
 * its footnotes in number order, each a list of paragraph texts. Also: every XML part of a .docx
 * is well-formed.
 */
import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import type { Inline, Paragraph, Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { readDocx } from "./docx-reader";

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface Texts {
  paragraphs: { style?: string; text: string }[];
  footnotes: string[][];
}

export function textsOfTree(tree: Root): Texts {
  const paragraphs: Texts["paragraphs"] = [];
  const footnotes: string[][] = [];
  const inlineText = (list: readonly Inline[]): string =>
    list
      .map((c) => {
        if (c.type === "text") return c.value;
        if (c.type === "break") return "\n";
        if (c.type === "tab") return "\t";
        if (c.type === "footnote") footnotes.push(c.children.map((p: Paragraph) => inlineText(p.children)));
        return "";
      })
      .join("");
  visit(tree, {
    paragraph: (p) => {
      paragraphs.push({ style: p.style, text: inlineText(p.children) });
      return SKIP;
    },
  });
  return { paragraphs, footnotes };
}

export function textsOfDocx(bytes: Uint8Array): Texts {
  const docx = readDocx(bytes);
  return {
    // The empty bordered paragraph that draws a rule under a line has no style: not text.
    paragraphs: docx.paragraphs
      .filter((p) => p.style !== undefined)
      .map((p) => ({ style: p.style, text: p.text })),
    // A note's text follows the space the writers put after its number.
    footnotes: docx.footnotes.map((f) =>
      f.paragraphs.map((p, i) => (i === 0 ? p.text.replace(/^ /, "") : p.text)),
    ),
  };
}

/** The parts of a .docx whose XML is not well-formed, with the parser's complaint (none: []). */
export function malformedParts(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const bad: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml: string;
    try {
      xml = new TextDecoder("utf-8", { fatal: true }).decode(data);
    } catch {
      bad.push(`${name}: not UTF-8`);
      continue;
    }
    const result = XMLValidator.validate(xml);
    if (result !== true) bad.push(`${name}: ${result.err.msg} (${result.err.line}:${result.err.col})`);
    // The parser does not check characters: XML 1.0 forbids these, raw or as references.
    const raw = FORBIDDEN.exec(xml);
    if (raw)
      bad.push(
        `${name}: forbidden character U+${raw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${raw.index}`,
      );
    for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
      const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : Number(m[1]);
      if (!(
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff)
      ))
        bad.push(`${name}: reference ${m[0]} to a forbidden character`);
    }
  }
  if (!files["word/document.xml"]) bad.push("word/document.xml is missing");
  return bad;
}

/** Texts of the paragraphs in `styles`, in order. */
export const inStyles = (t: Texts, styles: readonly string[]) =>
  t.paragraphs.filter((p) => styles.includes(p.style ?? "")).map((p) => p.text);

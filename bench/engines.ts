/**
 * The engines the bench compares, each as `copy i → .docx bytes`, set up once. Each is loaded
 * only in the child process that measures it, so its memory is its own.
 *   vanthu        the whole pipeline from YAML text (load, validate, template, tree, .docx)
 *   docxtemplater the same layout and text from a .docx template and prepared data
 *   floor         the same OOXML concatenated from pre-escaped strings, zipped by fflate at
 *                 docx's level (all parts, as docx and docxtemplater do)
 *   floor-native  the same strings, only document.xml compressed (native zlib), the shared parts
 *                 compressed once: the floor of vanthu's own packaging
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FILES, type TemplateData } from "./fixtures";
import { numberLineOf, SAMPLE, sourceOf } from "./sample";

export type Generate = (i: number) => Promise<Uint8Array>;
export const ENGINES = ["vanthu", "docxtemplater", "floor", "floor-native"] as const;
export type EngineName = (typeof ENGINES)[number];

export async function engine(name: EngineName, dir: string): Promise<Generate> {
  switch (name) {
    case "vanthu":
      return vanthu();
    case "docxtemplater":
      return docxtemplater(dir);
    case "floor":
      return floor(dir, false);
    case "floor-native":
      return floor(dir, true);
  }
}

async function vanthu(): Promise<Generate> {
  const { createEngine } = require("../src/engine") as typeof import("../src/engine");
  const { loadResources } = require("../src/resources") as typeof import("../src/resources");
  const engine = createEngine(loadResources());
  return async (i) => {
    const outcome = await engine.render(sourceOf(i), SAMPLE);
    if (!outcome.docx) throw new Error(JSON.stringify(outcome.diagnostics));
    return outcome.docx;
  };
}

async function docxtemplater(dir: string): Promise<Generate> {
  const { default: PizZip } = await import("pizzip");
  const { default: Docxtemplater } = await import("docxtemplater");
  const template = readFileSync(join(dir, FILES.template));
  const data = JSON.parse(readFileSync(join(dir, FILES.data), "utf8")) as TemplateData;
  return async (i) => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render({ ...data, so_ky_hieu: numberLineOf(i) });
    return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  };
}

async function floor(dir: string, native: boolean): Promise<Generate> {
  const parts = JSON.parse(readFileSync(join(dir, FILES.parts), "utf8")) as Record<string, string>;
  const xml = parts["word/document.xml"];
  // Pre-escaped pieces: the head up to the number, the number, the rest split into blocks.
  const number = numberLineOf(0);
  const at = xml.indexOf(number);
  const head = xml.slice(0, at);
  const blocks = xml.slice(at + number.length).split(/(?=<w:p>|<w:tbl>)/);
  const documentOf = (i: number) => head + numberLineOf(i) + blocks.join("");
  if (native) {
    const { zip, zipEntry } = require("../src/docx/zip") as typeof import("../src/docx/zip");
    const shared = Object.entries(parts).map(([name, text]) =>
      name === "word/document.xml" ? undefined : zipEntry(name, text),
    );
    return async (i) => zip(shared.map((e) => e ?? zipEntry("word/document.xml", documentOf(i))));
  }
  const { strToU8, zipSync } = await import("fflate");
  const bytes = Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)]));
  return async (i) => zipSync({ ...bytes, "word/document.xml": strToU8(documentOf(i)) });
}

/**
 * Headings as a word processor reads them: LibreOffice opens the rendered .docx and saves it as
 * OpenDocument, where a paragraph it takes for a heading is a `text:h` with its outline level
 * (what its Navigator, a table of contents and a PDF's bookmarks are made from). Every heading
 * of the profile must come out so, at its level, and nothing else. Samples of both profiles and
 * both writers (the fast path, and the docx library's for a document with a data table).
 *
 * Needs soffice; skipped without it locally (with a warning), failing in CI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import type { Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { convertWithLibreOffice, hasSoffice } from "../support/pdf";
import { engine, rendered, ROOT, TODAY } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the LibreOffice outline test is skipped");

const SAMPLES = [
  "010-bao-cao-co-bang-phu-luc",
  "013-nghi-quyet-dan-van-nong-thon-moi-du",
  "031-nghi-quyet-bch-ten-dai",
  "nha-nuoc/ke-hoach-120-kh-ubnd",
  "nha-nuoc/bao-cao-25-bc-snv",
];

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** The profile's headings of a tree, in order: [level from 1, text]. */
function headingsOf(tree: Root): [number, string][] {
  const headings = engine.resources.profiles.get(tree.profile)!.headings;
  const found: [number, string][] = [];
  visit(tree, {
    paragraph: (p) => {
      const text = p.children.map((c) => (c.type === "text" ? c.value : " ")).join("");
      if (headings.includes(p.style)) found.push([headings.indexOf(p.style) + 1, squash(text)]);
      return SKIP;
    },
  });
  return found;
}

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });

/** The text of an element parsed in order (spans, soft page breaks and bookmarks looked through). */
const textOf = (nodes: Node[]): string =>
  nodes
    .map((n) => {
      if ("#text" in n) return String(n["#text"]);
      const [name] = Object.keys(n).filter((k) => k !== ":@");
      return name === "text:s" ? " " : textOf((n[name] as Node[]) ?? []);
    })
    .join("");

/** Every `text:h` of an OpenDocument text's content.xml: [outline level, text]. */
function outlineOf(contentXml: string): [number, string][] {
  const found: [number, string][] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const [name] = Object.keys(n).filter((k) => k !== ":@");
      if (!name || name === "#text") continue;
      if (name === "text:h")
        found.push([Number(n[":@"]?.["@_text:outline-level"] ?? 1), squash(textOf(n[name] as Node[]))]);
      else walk(n[name] as Node[]);
    }
  };
  walk(parser.parse(contentXml) as Node[]);
  return found;
}

let dir: string;
const odtOf = (sample: string) => join(dir, `${sample.replace(/\//g, "__")}.odt`);

(hasSoffice || process.env.CI ? describe : describe.skip)("headings as LibreOffice reads them", () => {
  beforeAll(async () => {
    if (!hasSoffice)
      throw new Error("soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui");
    dir = mkdtempSync(join(tmpdir(), "vanthu-outline-"));
    mkdirSync(join(dir, "docx"));
    const inputs: string[] = [];
    for (const sample of SAMPLES) {
      const path = join(dir, "docx", `${sample.replace(/\//g, "__")}.docx`);
      writeFileSync(path, (await rendered(sample)).bytes);
      inputs.push(path);
    }
    convertWithLibreOffice(inputs, dir, "odt");
  }, 200000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(SAMPLES)("sees the headings of %s, and only those, as an outline at their levels", (sample) => {
    const file = join(ROOT, "data", `${sample}.yaml`);
    const tree = engine.toTree(readFileSync(file, "utf8"), file, { today: TODAY }).tree!;
    const expected = headingsOf(tree);
    expect(expected.length).toBeGreaterThan(1);
    const content = strFromU8(unzipSync(readFileSync(odtOf(sample)))["content.xml"]);
    expect(outlineOf(content)).toEqual(expected);
  });
});

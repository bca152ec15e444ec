/**
 * Word's style list as a clerk sees it: the profile's styles under Vietnamese names, headings
 * with outline levels, Word's own Heading 1–6 and footnote styles set to the profile.
 */
import { XMLParser } from "fast-xml-parser";
import { join } from "node:path";
import { prepareProfile } from "../../src/docx/prepared";
import { writable } from "../../src/docx/xml/package";
import { CONG_VAN, engine, rendered, renderText, ROOT, TODAY } from "../support/samples";

type StyleXml = Record<string, unknown> & { "@_w:styleId": string };
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "w:style" });

async function styles(sample: string): Promise<Map<string, StyleXml>> {
  const { docx } = await rendered(sample);
  const xml = parser.parse(docx.xml("word/styles.xml")!) as { "w:styles": { "w:style": StyleXml[] } };
  return new Map(xml["w:styles"]["w:style"].map((s) => [s["@_w:styleId"], s]));
}
const at = (s: StyleXml | undefined, ...path: string[]): unknown =>
  path.reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], s);

describe.each([
  ["002-cong-van-1866-cv-tu", "dang"],
  // Written by the docx library (a data table), not the fast writer.
  ["010-bao-cao-co-bang-phu-luc", "dang"],
  [join(ROOT, "data/nha-nuoc/cong-van-12-ubnd-vx.yaml"), "nha-nuoc"],
])("the styles of %s (%s)", (sample) => {
  it("keep their ids and show Vietnamese names", async () => {
    const s = await styles(sample);
    expect(at(s.get("noi-dung"), "w:name", "@_w:val")).toBe("Nội dung");
    expect(at(s.get("muc-1"), "w:name", "@_w:val")).toBe("Mục cấp 1");
    expect(at(s.get("co-quan"), "w:name", "@_w:val")).toBe("Cơ quan ban hành");
    const names = [...s.values()].map((x) => at(x, "w:name", "@_w:val"));
    expect(new Set(names).size).toBe(names.length);
  });

  it("give the headings outline levels, Level 1 for the first", async () => {
    const s = await styles(sample);
    expect(at(s.get("muc-1"), "w:pPr", "w:outlineLvl", "@_w:val")).toBe("0");
    expect(at(s.get("muc-3"), "w:pPr", "w:outlineLvl", "@_w:val")).toBe("2");
    expect(at(s.get("noi-dung"), "w:pPr", "w:outlineLvl")).toBeUndefined();
  });

  it("set Word's Heading 1–6 black, in Times New Roman, at the size of the profile's headings", async () => {
    const s = await styles(sample);
    for (let level = 1; level <= 6; level++) {
      const h = s.get(`Heading${level}`);
      expect(at(h, "w:rPr", "w:color", "@_w:val")).toBe("000000");
      expect(at(h, "w:rPr", "w:rFonts", "@_w:ascii")).toBe("Times New Roman");
      expect(at(h, "w:rPr", "w:sz", "@_w:val")).toBe("28");
      expect(at(h, "w:pPr", "w:outlineLvl", "@_w:val")).toBe(String(level - 1));
    }
  });

  it("set Word's footnote text at the profile's footnote size (12 pt), its number superscript", async () => {
    const s = await styles(sample);
    expect(at(s.get("FootnoteText"), "w:rPr", "w:sz", "@_w:val")).toBe("24");
    expect(at(s.get("FootnoteTextChar"), "w:rPr", "w:sz", "@_w:val")).toBe("24");
    expect(at(s.get("FootnoteReference"), "w:rPr", "w:vertAlign", "@_w:val")).toBe("superscript");
  });
});

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });
const nameOf = (n: Ordered) => Object.keys(n).find((k) => k !== ":@")!;
const childrenOf = (n: Ordered) => (n[nameOf(n)] as Ordered[]) ?? [];
/** The first element named `name` under `nodes`, depth first. */
function first(nodes: Ordered[], name: string): Ordered | undefined {
  for (const n of nodes) {
    if (nameOf(n) === name) return n;
    if (nameOf(n) === "#text") continue;
    const found = first(childrenOf(n), name);
    if (found) return found;
  }
  return undefined;
}
/** The text of the `w:t` elements under `nodes`, in order; a non-breaking hyphen as U+2011. */
const textOf = (nodes: Ordered[]): string =>
  nodes
    .map((n) => {
      const name = nameOf(n);
      if (name === "#text") return "";
      if (name === "w:noBreakHyphen") return "\u2011";
      return name === "w:t" ? String(childrenOf(n)[0]?.["#text"] ?? "") : textOf(childrenOf(n));
    })
    .join("");

/**
 * The first note of footnotes.xml (after the separators), read in order: its paragraph's style, and
 * its runs as "[number]" for the note's number and their text otherwise.
 */
function firstNote(xml: string): { style: string | undefined; runs: string } {
  const notes = childrenOf(first(ordered.parse(xml) as Ordered[], "w:footnotes")!).filter(
    (n) => nameOf(n) === "w:footnote" && Number(n[":@"]?.["@_w:id"]) >= 1,
  );
  const paragraph = first(childrenOf(notes[0]), "w:p")!;
  const style = first(childrenOf(paragraph), "w:pStyle")?.[":@"]?.["@_w:val"];
  const runs = childrenOf(paragraph)
    .filter((n) => nameOf(n) === "w:r")
    .map((r) => (first(childrenOf(r), "w:footnoteRef") ? "[number]" : textOf(childrenOf(r))))
    .join("");
  return { style, runs };
}

// A footnote, alone (the fast writer) and beside a data table (the docx library's writer).
const withBody = (body: string) => CONG_VAN.replace("  Đoạn thứ nhất.\n", body);
const NOTE = "  Đoạn có chú thích[^1].\n\n  [^1]: Trọng tâm là Nghị quyết số 25-NQ/TW.\n";
const TABLE = `
  | Cấp | Số |
  |---|---:|
  | Tỉnh | 1 |
`;

describe.each([
  ["by the fast writer", withBody(NOTE)],
  ["by the docx library (a document with a data table)", withBody(NOTE + TABLE)],
])("a footnote written %s", (_how, yaml) => {
  it("starts with its number, then a space, then its text, in the profile's footnote style", async () => {
    const { docx, read } = await renderText(yaml);
    expect(docx).toBeDefined();
    const note = firstNote(read!.xml("word/footnotes.xml")!);
    // The symbol's hyphen does not break there either.
    expect(note.runs).toBe("[number] Trọng tâm là Nghị quyết số 25\u2011NQ/TW.");
    expect(note.style).toBe("chu-thich");
  });
});

it("writes the note beside a data table the docx library's way, and alone the fast way", () => {
  const tree = (yaml: string) => engine.toTree(yaml, "test.yaml", { today: TODAY }).tree!;
  const prepared = prepareProfile(engine.resources.profiles.get("dang")!);
  expect(writable(tree(withBody(NOTE)), prepared)).toBe(true);
  expect(writable(tree(withBody(NOTE + TABLE)), prepared)).toBe(false);
});

/**
 * Word's style list as a clerk sees it: the profile's styles under Vietnamese names, headings
 * with outline levels, Word's own Heading 1–6 and footnote styles set to the profile.
 */
import { XMLParser } from "fast-xml-parser";
import { join } from "node:path";
import { rendered, ROOT } from "../support/samples";

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

it("puts a space between a footnote's number and its text", async () => {
  const { docx } = await rendered("002-cong-van-1866-cv-tu");
  expect(docx.xml("word/footnotes.xml")).toMatch(
    /<w:footnoteRef\/><\/w:r><w:r><w:t xml:space="preserve"> <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Trọng tâm/,
  );
});

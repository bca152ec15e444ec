/**
 * Phụ lục and enclosed documents in the .docx: each in its own section, starting on a new page,
 * with page numbers restarting at 1 and no number on its first page; an enclosure has its own
 * header table and signature block.
 */
import { CONG_VAN, renderText, rendered } from "../support/samples";

const SAMPLE = "010-bao-cao-co-bang-phu-luc";
const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => by + l)
    .join("\n");

type Docx = Awaited<ReturnType<typeof rendered>>["docx"];

function expectOwnNumbering(docx: Docx) {
  for (const s of docx.sections) {
    expect(s.pageStart).toBe(1);
    expect(s.titlePg).toBe(true);
    const byType = Object.fromEntries(s.headers.map((h) => [h.type, docx.headerParagraphs(h.id)]));
    expect(byType.first.map((p) => p.text).join("")).toBe("");
    expect(byType.default[0].runs.some((r) => r.field === "PAGE")).toBe(true);
  }
}

describe("phụ lục in the .docx", () => {
  it("are each a section of their own after the document's", async () => {
    const { docx } = await rendered(SAMPLE);
    expect(docx.sections).toHaveLength(3);
    expect(docx.paragraphs.filter((p) => p.style === "phu-luc-so").map((p) => [p.text, p.section])).toEqual([
      ["Phụ lục I", 1],
      ["Phụ lục II", 2],
    ]);
    expect(docx.paragraphs.find((p) => p.style === "ho-ten")!.section).toBe(0);
  });

  it("number their pages from 1, with no number on their first page", async () => {
    expectOwnNumbering((await rendered(SAMPLE)).docx);
  });

  it("print the label bold and centred, the title bold in capitals, the (Kèm theo …) line in italics", async () => {
    const { docx } = await rendered(SAMPLE);
    const opening = docx.paragraphs.filter((p) => p.section === 1).slice(0, 3);
    expect(opening.map((p) => p.style)).toEqual(["phu-luc-so", "phu-luc-ten", "phu-luc-kem-theo"]);
    expect(opening[1].text).toBe(opening[1].text.toLocaleUpperCase("vi"));
    // Set as a balanced block (wrap: balance), broken after the comma.
    expect(opening[2].text).toBe(
      "(Kèm theo Báo cáo số 125-BC/ĐUK,\nngày 15/12/2023 của Đảng ủy Khối các cơ quan tỉnh)",
    );
    expect(docx.style("phu-luc-so")).toMatchObject({ bold: true, jc: "center" });
    expect(docx.style("phu-luc-ten")).toMatchObject({ bold: true, jc: "center" });
    expect(docx.style("phu-luc-kem-theo")).toMatchObject({ italic: true, jc: "center" });
  });
});

describe("an enclosed document in the .docx", () => {
  const enclosure = CONG_VAN.replace("loai: cong-van", "loai: bao-cao")
    .replace(/kinh_gui:\n  - [^\n]+\n/, "")
    .replace("so: 5", "so: 60")
    .replace("Đoạn thứ nhất.", "Nội dung chương trình kèm theo./.");
  const source = `${CONG_VAN}kem_theo:\n${indent(enclosure, "    ").replace(/^    /, "  - ")}\n`;

  it("follows in a section of its own, with its own header table and signature", async () => {
    const { read, diagnostics } = await renderText(source);
    expect(diagnostics).toEqual([]);
    const docx = read!;
    expect(docx.sections).toHaveLength(2);
    const numbers = docx.paragraphs.filter((p) => p.style === "so");
    expect(numbers.map((p) => [p.text, p.section])).toEqual([
      ["Số 05-CV/TU", 0],
      ["Số 60-BC/TU", 1],
    ]);
    expect(docx.paragraphs.filter((p) => p.style === "ho-ten").map((p) => p.section)).toEqual([0, 1]);
    expect(docx.paragraphs.find((p) => p.text === "Nội dung chương trình kèm theo./.")!.section).toBe(1);
    expect(docx.tables.filter((t) => t.section === 1).length).toBe(2);
  });

  it("numbers its pages from 1, with no number on its first page", async () => {
    expectOwnNumbering((await renderText(source)).read!);
  });
});

/**
 * Documents written by other producers than Word and vanthu: the `docx` package used directly
 * (its own styles, numbering and footnote conventions) and docxtemplater filling a template.
 */
import Docxtemplater from "docxtemplater";
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import PizZip from "pizzip";
import { readDocx } from "../../src/ooxml/read-docx";
import { bodyParagraphs, plain, texts } from "../support/read-tree";
import { A4, p, wordDocx } from "../support/word-docx";

describe("the docx package, used directly", () => {
  it("reads its numbering labels, footnotes, table, footer page number and run formatting", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: "muc",
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.LOWER_LETTER, text: "%3)", alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      footnotes: { 1: { children: [new Paragraph("Chú thích một.")] } },
      sections: [
        {
          footers: {
            default: new Footer({
              children: [new Paragraph({ children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
            }),
          },
          children: [
            new Paragraph({ text: "TÌNH HÌNH", numbering: { reference: "muc", level: 0 } }),
            new Paragraph({ text: "Kết quả", numbering: { reference: "muc", level: 1 } }),
            new Paragraph({ text: "Chi tiết", numbering: { reference: "muc", level: 2 } }),
            new Paragraph({ text: "Chi tiết hai", numbering: { reference: "muc", level: 2 } }),
            new Paragraph({ text: "NHIỆM VỤ", numbering: { reference: "muc", level: 0 } }),
            new Paragraph({
              children: [
                new TextRun({ text: "Đậm", bold: true, size: 28, font: "Times New Roman" }),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Table({
              rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("ô")] })] })],
            }),
          ],
        },
      ],
    });
    const out = readDocx(await Packer.toBuffer(doc), { file: "docx.docx" });
    expect(out.diagnostics).toEqual([]);
    const tree = out.tree!;
    expect(bodyParagraphs(tree).map((x) => [plain(x.children), x.look.numbering?.label])).toEqual([
      ["TÌNH HÌNH", "I."],
      ["Kết quả", "1."],
      ["Chi tiết", "a)"],
      ["Chi tiết hai", "b)"],
      ["NHIỆM VỤ", "II."],
      ["Đậm[^Chú thích một.]", undefined],
      ["ô", undefined],
    ]);
    const bold = bodyParagraphs(tree)[5].children[0];
    expect(bold.type === "text" && [bold.look.bold, bold.look.size, bold.look.font, bold.marks]).toEqual([
      true,
      14,
      "Times New Roman",
      ["bold"],
    ]);
    const footer = tree.sections[0].footers.default!.flatMap((b) =>
      b.type === "paragraph" ? b.children : [],
    );
    expect(footer.map((c) => c.type)).toEqual(["pageNumber"]);
  });
});

describe("docxtemplater filling a template", () => {
  it("reads the filled values, a loop's paragraphs and a line break, as the text it wrote", () => {
    const template = wordDocx({
      body: p("Kính gửi: {noi}") + p("{#muc}") + p("- {ten};") + p("{/muc}") + p("{trich_yeu}") + A4,
    });
    const zip = new PizZip(template);
    const filler = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
    filler.render({
      noi: "Sở Nội vụ",
      muc: [{ ten: "Như trên" }, { ten: "Lưu VT" }],
      trich_yeu: "Về việc\nthử nghiệm",
    });
    const out = readDocx(filler.getZip().generate({ type: "uint8array" }), { file: "dt.docx" });
    expect(out.diagnostics).toEqual([]);
    expect(texts(out.tree!)).toEqual([
      "Kính gửi: Sở Nội vụ",
      "- Như trên;",
      "- Lưu VT;",
      "Về việc\nthử nghiệm",
    ]);
  });
});

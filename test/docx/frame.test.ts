/**
 * Read-back of the frame variants from the .docx: the superior body's line, joint issuers (two
 * names, one symbol joined by "-", two signatures side by side), urgency and secrecy marks
 * under the number, the draft box at the top right, the signature forms (T/M, K/T, T/L, a head
 * signing directly), the Nơi nhận group with its brace, căn cứ and articles, Kính trình, and the
 * biên bản's two signatures. Each assertion fails when its layout breaks.
 */
import type { DocxInfo, ParaInfo } from "../support/docx-reader";
import { textWidth } from "../../src/docx/measure";
import { twipFromMm } from "../../src/docx/units";
import { MEASURE_TOLERANCE } from "../../src/layout/wrap";
import { rendered, renderText } from "../support/samples";

/** A short Party document of `loai` with `extra` YAML lines appended (they may replace none of these). */
const doc = (extra: string, loai = "thong-bao") => `loai: ${loai}
co_quan:
  ten: Tỉnh ủy Thái Nguyên
  viet_tat: TU
so: 12
dia_danh: Thái Nguyên
ngay: 2024-03-05
trich_yeu: về công tác dân vận
noi_dung: |
  Đoạn thứ nhất.
noi_nhan:
  - Ban Dân vận Tỉnh ủy
  - Lưu Văn phòng Tỉnh ủy
${extra}`;
const SIGNER = "nguoi_ky:\n  quyen_han: T/M BAN THƯỜNG VỤ\n  chuc_vu: BÍ THƯ\n  ho_ten: Nguyễn Văn A\n";

async function docxOf(yaml: string): Promise<DocxInfo> {
  const outcome = await renderText(yaml);
  if (!outcome.read) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.read;
}
const inCell = (docx: DocxInfo, table: number, row: number, cell: number) =>
  docx.paragraphs.filter((p) => p.table === table && p.row === row && p.cell === cell && p.text !== "");
const texts = (ps: ParaInfo[]) => ps.map((p) => p.text);
/** The header table: the first table that holds ĐẢNG CỘNG SẢN VIỆT NAM. */
const headerTable = (docx: DocxInfo) =>
  docx.paragraphs.find((p) => p.text === "ĐẢNG CỘNG SẢN VIỆT NAM")!.table!;

describe("the superior body's line", () => {
  it("sits above the issuer in capitals, 14, not bold, centred", async () => {
    const { docx } = await rendered("012-chuong-trinh-cong-tac-dan-van-2025-hu");
    const left = inCell(docx, 0, 0, 0);
    expect(texts(left)).toEqual(["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN ỦY ĐỊNH HÓA", "*"]);
    expect(left.map((p) => p.style)).toEqual(["co-quan-cap-tren", "co-quan", "sao"]);
    expect(docx.style("co-quan-cap-tren")).toMatchObject({ size: 14, jc: "center" });
    expect(docx.style("co-quan-cap-tren")!.bold).toBeFalsy();
    expect(docx.style("co-quan")).toMatchObject({ size: 14, bold: true });
  });

  it("is absent, with no empty line, when there is none", async () => {
    const docx = await docxOf(doc(SIGNER));
    expect(texts(inCell(docx, 0, 0, 0))).toEqual(["TỈNH ỦY THÁI NGUYÊN", "*"]);
    expect(docx.paragraphs.filter((p) => p.table === 0 && p.row === 0 && p.cell === 0)).toHaveLength(2);
  });
});

describe("a joint document", () => {
  const SAMPLE = "016-quy-che-phoi-hop-btctu-bdvtu";

  it("names both issuers in the header, bold, over one asterisk, and joins their abbreviations in the symbol", async () => {
    const { docx } = await rendered(SAMPLE);
    const left = inCell(docx, 0, 0, 0);
    expect(texts(left)).toEqual(["BAN TỔ CHỨC TỈNH ỦY", "BAN DÂN VẬN TỈNH ỦY", "*"]);
    expect(left.slice(0, 2).every((p) => p.style === "co-quan")).toBe(true);
    expect(inCell(docx, 0, 1, 0)[0].text).toBe("Số 03-QC/BTCTU-BDVTU");
  });

  it("signs side by side in two equal columns, each signer centred in its own, with Nơi nhận below on the left", async () => {
    const { docx } = await rendered(SAMPLE);
    const names = docx.paragraphs.filter((p) => p.style === "ho-ten");
    expect(texts(names)).toEqual(["Nguyễn Thị Lan", "Trịnh Văn Đức"]);
    expect(names[0].table).toBe(names[1].table);
    expect([names[0].row, names[0].cell, names[1].row, names[1].cell]).toEqual([0, 0, 0, 1]);
    const t = docx.tables[names[0].table!];
    expect(Math.abs(t.grid[0] - t.grid[1])).toBeLessThanOrEqual(1);
    expect(texts(inCell(docx, names[0].table!, 0, 0))).toEqual(["TRƯỞNG BAN DÂN VẬN", "Nguyễn Thị Lan"]);
    const label = docx.paragraphs.find((p) => p.text === "Nơi nhận:")!;
    expect(label.table).toBe(names[0].table! + 1);
    expect(label.cell).toBe(0);
    const lastBody = docx.paragraphs.findIndex((p) => p.table === names[0].table) - 1;
    expect(docx.paragraphs[lastBody].keepNext).toBe(true);
  });

  it("accepts at most two signers", async () => {
    const three = doc(`nguoi_ky:\n${"  - chuc_vu: TRƯỞNG BAN\n    ho_ten: Nguyễn Văn A\n".repeat(3)}`);
    const outcome = await renderText(three);
    expect(outcome.docx).toBeUndefined();
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "INVALID_VALUE", path: "nguoi_ky" }),
    ]);
    expect(outcome.diagnostics[0].message).toMatch(/tối đa hai người ký/);
  });
});

describe("urgency and secrecy marks", () => {
  it("prints MẬT in bold 14, centred, under the number in the left column", async () => {
    const { docx } = await rendered("016-quy-che-phoi-hop-btctu-bdvtu");
    const under = inCell(docx, 0, 1, 0);
    expect(under.map((p) => [p.style, p.text])).toEqual([
      ["so", "Số 03-QC/BTCTU-BDVTU"],
      ["do-mat", "MẬT"],
    ]);
    expect(docx.style("do-mat")).toMatchObject({ size: 14, bold: true, jc: "center" });
  });

  it("prints KHẨN the same way", async () => {
    const { docx } = await rendered("019-to-trinh-hoi-nghi-dan-van-bdvtu");
    expect(inCell(docx, 0, 1, 0).map((p) => [p.style, p.text])).toEqual([
      ["so", "Số 52-TTr/BDVTU"],
      ["do-khan", "KHẨN"],
    ]);
    expect(docx.style("do-khan")).toMatchObject({ size: 14, bold: true, jc: "center" });
  });

  it.each([
    ["khan", "tuyet-mat", "KHẨN", "TUYỆT MẬT"],
    ["thuong-khan", "toi-mat", "THƯỢNG KHẨN", "TỐI MẬT"],
    ["hoa-toc", "mat", "HỎA TỐC", "MẬT"],
  ])(
    "writes do_khan %s and do_mat %s as %s and %s, the secrecy mark first, below a công văn's trích yếu",
    async (khan, mat, khanLabel, matLabel) => {
      const yaml = doc(
        `kinh_gui:\n  - Ban Dân vận Tỉnh ủy\ndo_khan: ${khan}\ndo_mat: ${mat}\n${SIGNER}`,
        "cong-van",
      );
      const docx = await docxOf(yaml);
      expect(inCell(docx, 0, 1, 0).map((p) => p.style)).toEqual([
        "so",
        "trich-yeu-cong-van",
        "do-mat",
        "do-khan",
      ]);
      expect(texts(inCell(docx, 0, 1, 0)).slice(2)).toEqual([matLabel, khanLabel]);
    },
  );

  it("rejects a mark that does not exist, naming the ones that do", async () => {
    const outcome = await renderText(doc(`do_khan: rat-khan\n${SIGNER}`));
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "INVALID_VALUE", path: "do_khan" }),
    ]);
    expect(outcome.diagnostics[0].message).toMatch(/khan, thuong-khan, hoa-toc/);
  });
});

describe("the draft box (ô 11b)", () => {
  it("puts Dự thảo lần 2 in a box at the top right, above the header", async () => {
    const { docx } = await rendered("022-de-an-du-thao-dan-van-chinh-quyen-hu");
    const box = docx.tables[0];
    expect(box.cells[0][1].borders.sort()).toEqual(["bottom", "left", "right", "top"]);
    expect(box.cells[0][0].borders).toEqual([]);
    expect(box.grid[1]).toBeLessThan(box.grid[0]);
    expect(inCell(docx, 0, 0, 1).map((p) => [p.style, p.text])).toEqual([["du-thao", "Dự thảo lần 2"]]);
    expect(docx.style("du-thao")).toMatchObject({ size: 14, bold: true, jc: "center", keepNext: true });
    expect(headerTable(docx)).toBe(1);
    expect(inCell(docx, 1, 1, 0)[0].text).toBe("Số     -ĐA/BDVHU");
  });

  it("keeps the box and the header apart with a small paragraph, so Word does not join the two tables", async () => {
    const { docx } = await rendered("022-de-an-du-thao-dan-van-chinh-quyen-hu");
    const lastInBox = docx.paragraphs.findIndex((p) => p.style === "du-thao");
    const between = docx.paragraphs[lastInBox + 1];
    expect(between).toMatchObject({ style: "du-thao-cach", text: "" });
    expect(between.table).toBeUndefined();
    expect(docx.style("du-thao-cach")).toMatchObject({ keepNext: true });
    expect(Number(docx.style("du-thao-cach")!.spacing.after)).toBeGreaterThan(0);
    expect(docx.paragraphs[lastInBox + 2].table).toBe(1);
  });

  it("says DỰ THẢO for du_thao: true, and is absent otherwise", async () => {
    const draft = await docxOf(doc(`du_thao: true\n${SIGNER}`));
    expect(texts(inCell(draft, 0, 0, 1))).toEqual(["DỰ THẢO"]);
    const final = await docxOf(doc(SIGNER));
    expect(headerTable(final)).toBe(0);
    expect(final.paragraphs.some((p) => p.style === "du-thao")).toBe(false);
  });
});

describe("the signature", () => {
  const right = (docx: DocxInfo) => {
    const t = docx.tables.length - 1;
    return inCell(docx, t, 0, 1).map((p) => [p.style, p.text]);
  };

  it.each([
    ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    ["K/T BÍ THƯ", "PHÓ BÍ THƯ"],
    ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
  ])("prints %s above %s and the name", async (quyenHan, chucVu) => {
    const docx = await docxOf(
      doc(`nguoi_ky:\n  quyen_han: ${quyenHan}\n  chuc_vu: ${chucVu}\n  ho_ten: Nguyễn Văn A\n`),
    );
    expect(right(docx)).toEqual([
      ["quyen-han", quyenHan],
      ["chuc-vu", chucVu],
      ["ho-ten", "Nguyễn Văn A"],
    ]);
    expect(docx.style("quyen-han")).toMatchObject({ size: 14, bold: true });
    expect(docx.style("chuc-vu")!.bold).toBeFalsy();
  });

  it("has no quyền hạn line when the head signs directly", async () => {
    const { docx } = await rendered("019-to-trinh-hoi-nghi-dan-van-bdvtu");
    expect(right(docx)).toEqual([
      ["chuc-vu", "TRƯỞNG BAN"],
      ["ho-ten", "Nguyễn Thị Lan"],
    ]);
  });

  it("accepts one signer written as a list of one, laid out as a single signature", async () => {
    const docx = await docxOf(doc("nguoi_ky:\n  - chuc_vu: BÍ THƯ\n    ho_ten: Nguyễn Văn A\n"));
    expect(right(docx)).toEqual([
      ["chuc-vu", "BÍ THƯ"],
      ["ho-ten", "Nguyễn Văn A"],
    ]);
  });
});

describe("a Nơi nhận group with a brace", () => {
  it("marks the group with a right border beside its items and its note centred to the right of it", async () => {
    const { docx } = await rendered("011-ke-hoach-dan-van-kheo-bdvtu");
    const nested = docx.tables.findIndex((t) => t.parent !== undefined);
    const group = docx.tables[nested];
    const outer = docx.tables[group.parent!.table];
    expect(group.parent!.cell).toBe(0);
    expect(outer.grid[1]).toBeGreaterThan(outer.grid[0] * 0.5);
    expect(group.cells[0][0].borders).toEqual(["right"]);
    expect(group.cells[0][1]).toEqual({ borders: [], vAlign: "center" });
    // The items' column is as wide as the longest item (plus the profile's 1 mm), so the brace stands beside them.
    const longest = textWidth("- Ban Dân vận Trung ương,", 12);
    expect(group.grid[0]).toBeGreaterThan(longest);
    expect(group.grid[0]).toBeLessThan(longest / MEASURE_TOLERANCE + twipFromMm(1) + 20);
    expect(texts(inCell(docx, nested, 0, 0))).toEqual([
      "- Ban Dân vận Trung ương,",
      "- Thường trực Tỉnh ủy,",
    ]);
    expect(inCell(docx, nested, 0, 1).map((p) => [p.style, p.text])).toEqual([["noi-nhan-ghi-chu", "b/c"]]);
    const outerItems = inCell(docx, group.parent!.table, 0, 0);
    expect(texts(outerItems)).toEqual([
      "Nơi nhận:",
      "- Ban Dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc,",
      "- Lãnh đạo Ban,",
      "- Lưu Ban Dân vận Tỉnh ủy.",
    ]);
  });

  it('reproduces the seed 001 Chương trình\'s "} b/c" over its first three items', async () => {
    const { docx } = await rendered("001-cong-van-84-cv-du");
    const nested = docx.tables.findIndex((t) => t.parent !== undefined);
    expect(texts(inCell(docx, nested, 0, 0))).toEqual([
      "- Ban Thường vụ Tỉnh ủy,",
      "- Các Ban, UBKT, VP Tỉnh ủy,",
      "- Các đ/c ĐUV, BCV ĐUK,",
    ]);
    expect(texts(inCell(docx, nested, 0, 1))).toEqual(["b/c"]);
    expect(docx.tables[nested].cells[0][0].borders).toEqual(["right"]);
  });

  it("needs its note", async () => {
    const yaml = doc(SIGNER).replace("  - Ban Dân vận Tỉnh ủy\n", "  - nhom:\n      - Ban Dân vận Tỉnh ủy\n");
    const outcome = await renderText(yaml);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "MISSING_FIELD", path: "noi_nhan.0.ghi_chu" }),
    ]);
  });
});

describe("căn cứ and articles", () => {
  it("sets the căn cứ upright like the body and the enacting line bold, centred, in capitals", async () => {
    const { docx } = await rendered("014-quyet-dinh-ban-chi-dao-qcdc-tu");
    const canCu = docx.paragraphs.filter((p) => p.style === "can-cu");
    expect(canCu).toHaveLength(4);
    expect(docx.style("can-cu")).toMatchObject({ size: 14, jc: "both" });
    expect(docx.style("can-cu")!.italic).toBeFalsy();
    const enact = docx.paragraphs[docx.paragraphs.indexOf(canCu[3]) + 1];
    expect([enact.style, enact.text]).toEqual(["ban-hanh", "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH"]);
    expect(docx.style("ban-hanh")).toMatchObject({ size: 14, bold: true, jc: "center", keepNext: true });
    const article = docx.paragraphs.find((p) => p.text.startsWith("Điều 2."))!;
    expect(article.runs[0]).toMatchObject({ text: "Điều 2.", bold: true });
    expect(article.runs[1].bold).toBeFalsy();
  });
});

describe("Kính trình and the biên bản", () => {
  it("puts Kính trình: of a tờ trình where a công văn has Kính gửi:", async () => {
    const { docx } = await rendered("019-to-trinh-hoi-nghi-dan-van-bdvtu");
    const label = docx.paragraphs.find((p) => p.style === "kinh-gui")!;
    expect(label.text).toBe("Kính trình: Ban Thường vụ Tỉnh ủy.");
    expect(docx.paragraphs[docx.paragraphs.indexOf(label) - 1].text).toBe("-----");
  });

  it("ends a biên bản with two signatures on one row and no Nơi nhận", async () => {
    const { docx } = await rendered("021-bien-ban-hoi-nghi-chi-bo-cb");
    const last = docx.tables.length - 1;
    expect(texts(inCell(docx, last, 0, 0))).toEqual(["THƯ KÝ", "Ma Thị Hương"]);
    expect(texts(inCell(docx, last, 0, 1))).toEqual(["CHỦ TRÌ HỘI NGHỊ", "Lý Văn Hùng"]);
    expect(docx.paragraphs.some((p) => p.text === "Nơi nhận:")).toBe(false);
  });
});

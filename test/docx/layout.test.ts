/**
 * Read-back of word/document.xml and styles.xml for each Party sample: every value asserted
 * here is the profile's (templates/profiles/dang.yaml), so a template or renderer change that
 * breaks a layout rule fails here.
 */
import { twipFromMm, twipFromPt } from "../../src/docx/units";
import { engine, rendered } from "../support/samples";

const profile = engine.resources.profiles.get("dang")!;
const mm = twipFromMm;
const SAMPLES = ["002-cong-van-1866-cv-tu", "003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"];

describe.each(SAMPLES)("the Party sample %s", (name) => {
  it("is A4 portrait with the profile's margins and page-number distance", async () => {
    const { docx } = await rendered(name);
    const s = docx.sections[0];
    expect(s.pgSz).toMatchObject({ w: 11906, h: 16838 });
    expect(s.pgMar).toMatchObject({
      top: mm(20),
      bottom: mm(20),
      left: mm(30),
      right: mm(15),
      header: mm(10),
    });
  });

  it("numbers pages in the top centre from page 2 only", async () => {
    const { docx } = await rendered(name);
    const s = docx.sections[0];
    expect(s.titlePg).toBe(true);
    expect(s.pageStart).toBe(1);
    const byType = Object.fromEntries(s.headers.map((h) => [h.type, docx.headerParagraphs(h.id)]));
    expect(byType.first.map((p) => p.text).join("")).toBe("");
    const number = byType.default[0];
    expect(number.runs.some((r) => r.field === "PAGE")).toBe(true);
    expect(docx.style(number.style!)).toMatchObject({ size: 14, jc: "center" });
  });

  it("sets Times New Roman in all four font slots, in Vietnamese", async () => {
    const { docx } = await rendered(name);
    expect(docx.defaults.fonts).toMatchObject({
      ascii: "Times New Roman",
      hAnsi: "Times New Roman",
      eastAsia: "Times New Roman",
      cs: "Times New Roman",
    });
    expect(docx.defaults.lang).toBe("vi-VN");
  });

  it("lays the header out as a borderless fixed two-column table across the text width", async () => {
    const { docx } = await rendered(name);
    const t = docx.tables[0];
    const textWidth = 11906 - mm(30) - mm(15);
    expect(t.width).toBe(textWidth);
    expect(t.grid.reduce((a, b) => a + b)).toBe(textWidth);
    expect(t.grid[0] / textWidth).toBeCloseTo(profile.tables.dau.columns[0] / 100, 2);
    expect(t.layout).toBe("fixed");
    expect(Object.values(t.borders).every((b) => b === "none")).toBe(true);
  });

  it("prints the issuer bold in capitals at 14, with the asterisk below", async () => {
    const { docx } = await rendered(name);
    const left = docx.paragraphs.filter((p) => p.table === 0 && p.cell === 0 && p.row === 0);
    const issuer = left.find((p) => p.style === "co-quan")!;
    expect(issuer.text).toBe(issuer.text.toLocaleUpperCase("vi"));
    expect(docx.style("co-quan")).toMatchObject({ size: 14, bold: true, jc: "center" });
    expect(left.at(-1)).toMatchObject({ style: "sao", text: "*" });
  });

  it("prints ĐẢNG CỘNG SẢN VIỆT NAM bold at 15 with a rule under it as long as the line", async () => {
    const { docx } = await rendered(name);
    const right = docx.paragraphs.filter((p) => p.table === 0 && p.cell === 1 && p.row === 0);
    expect(right[0]).toMatchObject({ style: "tieu-de", text: "ĐẢNG CỘNG SẢN VIỆT NAM" });
    expect(docx.style("tieu-de")).toMatchObject({ size: 15, bold: true, jc: "center" });
    const rule = right[1];
    expect(rule.borderBottom).toBe(true);
    const cellWidth = docx.tables[0].grid[1];
    const ruleLength = cellWidth - rule.ind!.left - rule.ind!.right;
    // "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman Bold 15 pt measures 206.4 pt (4128 twips) in
    // LibreOffice's PDF of this sample (pdftotext -bbox); the e2e test checks the drawn rule too.
    expect(Math.abs(ruleLength - 4128)).toBeLessThan(40);
  });

  it("writes the number line without a colon and the date line in italics, on the same row", async () => {
    const { docx } = await rendered(name);
    const so = docx.paragraphs.find((p) => p.style === "so")!;
    const ngay = docx.paragraphs.find((p) => p.style === "ngay")!;
    expect(so.text).toMatch(/^Số \d{2,}-[A-ZĐ]+\/[A-ZĐ]+$/);
    expect(so.row).toBe(ngay.row);
    expect(ngay.text).toMatch(/^[^,]+, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
    expect(docx.style("so")).toMatchObject({ size: 14 });
    expect(docx.style("ngay")).toMatchObject({ size: 14, italic: true });
  });

  it("sets the body at 14, justified, first line indented 1 cm, at least 6 pt apart", async () => {
    const { docx } = await rendered(name);
    const body = docx.style("noi-dung")!;
    expect(body).toMatchObject({ size: 14, jc: "both" });
    expect(body.ind.firstLine).toBe(mm(10));
    expect(Number(body.spacing.before)).toBeGreaterThanOrEqual(twipFromPt(6));
    expect(docx.paragraphs.filter((p) => p.style === "noi-dung").length).toBeGreaterThan(3);
    expect(docx.paragraphs.filter((p) => p.style === "noi-dung").every((p) => p.table === undefined)).toBe(
      true,
    );
  });

  it("ends with Nơi nhận (14, underlined) and its items (12) beside the signature", async () => {
    const { docx } = await rendered(name);
    const footer = docx.tables.length - 1;
    const left = docx.paragraphs.filter((p) => p.table === footer && p.cell === 0);
    const right = docx.paragraphs.filter((p) => p.table === footer && p.cell === 1);
    expect(left[0]).toMatchObject({ style: "noi-nhan-nhan", text: "Nơi nhận:" });
    expect(docx.style("noi-nhan-nhan")).toMatchObject({ size: 14, underline: true });
    expect(docx.style("noi-nhan")).toMatchObject({ size: 12 });
    expect(left.slice(1).every((p) => p.style === "noi-nhan" && p.text.startsWith("- "))).toBe(true);
    expect(left.at(-1)!.text).toMatch(/^- Lưu /);
    expect(right.at(-1)!.style).toBe("ho-ten");
    expect(docx.style("ho-ten")).toMatchObject({ size: 14, bold: true, jc: "center" });
    expect(Number(docx.style("ho-ten")!.spacing.before)).toBeGreaterThanOrEqual(twipFromPt(40));
    expect(docx.tables[footer].cantSplit.every(Boolean)).toBe(true);
  });

  it("keeps the last body paragraph on the signature's page", async () => {
    const { docx } = await rendered(name);
    const footer = docx.tables.length - 1;
    const firstInFooter = docx.paragraphs.findIndex((p) => p.table === footer);
    expect(docx.paragraphs[firstInFooter - 1].keepNext).toBe(true);
  });
});

describe("the công văn sample", () => {
  it("puts its trích yếu (12, italic) under the number line, and no tên loại", async () => {
    const { docx } = await rendered("002-cong-van-1866-cv-tu");
    const left = docx.paragraphs.filter((p) => p.table === 0 && p.row === 1 && p.cell === 0);
    expect(left.map((p) => p.style)).toEqual(["so", "trich-yeu-cong-van"]);
    expect(left[1].text).toBe(
      "V/v tăng cường và nâng cao hiệu quả\ncông tác dân vận của cơ quan\nNhà nước các cấp",
    );
    expect(docx.style("trich-yeu-cong-van")).toMatchObject({ size: 12, italic: true, jc: "center" });
    expect(docx.paragraphs.some((p) => p.style === "ten-loai")).toBe(false);
  });

  it("lists several recipients after Kính gửi:, the first on the label's line", async () => {
    const { docx } = await rendered("002-cong-van-1866-cv-tu");
    const kg = docx.paragraphs.filter((p) => p.style?.startsWith("kinh-gui"));
    expect(kg[0].text).toBe("Kính gửi:\t- Đảng đoàn Hội đồng nhân dân tỉnh,");
    expect(kg.slice(1).map((p) => p.text)).toEqual([
      "- Ban cán sự đảng Ủy ban nhân dân tỉnh,",
      "- MTTQ và các tổ chức chính trị - xã hội tỉnh,",
      "- Các huyện ủy, thành ủy, đảng ủy trực thuộc.",
    ]);
    const label = docx.style("kinh-gui")!;
    expect(kg[0].tabs).toEqual([label.ind.left]);
    expect(docx.style("kinh-gui-muc")!.ind.left).toBe(label.ind.left);
  });

  it("renders its footnote as a real Word footnote at 12 pt", async () => {
    const { docx } = await rendered("002-cong-van-1866-cv-tu");
    expect(docx.footnotes).toHaveLength(1);
    // A space between the note's number and its text.
    expect(docx.footnotes[0].paragraphs[0].text).toMatch(/^ Trọng tâm là Nghị quyết số 25-NQ\/TW/);
    expect(docx.style(docx.footnotes[0].paragraphs[0].style!)).toMatchObject({ size: 12 });
    const ref = docx.paragraphs.find((p) => p.runs.some((r) => r.footnoteRef))!;
    expect(ref.text).toMatch(/^1\. Tiếp tục tăng cường/);
  });

  it("keeps the italic quotations of the seed", async () => {
    const { docx } = await rendered("002-cong-van-1866-cv-tu");
    const runs = docx.paragraphs.flatMap((p) => p.runs);
    expect(runs.find((r) => r.text === "Năm dân vận chính quyền")).toMatchObject({ italic: true });
  });
});

describe("the báo cáo and thông báo samples", () => {
  it.each(["003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"])(
    "%s has its tên loại (16, bold), trích yếu (14, bold) and -----",
    async (name) => {
      const { docx } = await rendered(name);
      const body = docx.paragraphs.filter((p) => p.table === undefined);
      expect(body.slice(0, 3).map((p) => p.style)).toEqual(["ten-loai", "trich-yeu", "phan-cach"]);
      expect(body[2].text).toBe("-----");
      expect(docx.style("ten-loai")).toMatchObject({ size: 16, bold: true, jc: "center", keepNext: true });
      expect(docx.style("trich-yeu")).toMatchObject({ size: 14, bold: true, jc: "center", keepNext: true });
      expect(docx.style("phan-cach")!.keepNext).toBe(true);
    },
  );

  it("gives the report's headings their levels, keeping the author's numbers", async () => {
    const { docx } = await rendered("003-bao-cao-143-bc-tu");
    const heading = (start: string) => docx.paragraphs.find((p) => p.text.startsWith(start))!;
    expect(heading("I. TÌNH HÌNH").style).toBe("muc-2");
    expect(heading("1. Tình hình học tập").style).toBe("muc-3");
    expect(heading("2.2. Nâng cao năng lực").style).toBe("muc-4");
    expect(heading("a) Việc xây dựng").style).toBe("muc-5");
    expect(heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ").text).toBe(
      heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ").text.toLocaleUpperCase("vi"),
    );
    for (const level of ["muc-2", "muc-3", "muc-4", "muc-5"])
      expect(docx.style(level)).toMatchObject({ keepNext: true, bold: level !== "muc-5" ? true : undefined });
  });

  it("prints the thông báo's signature without a quyền hạn line, and its bold 1- points", async () => {
    const { docx } = await rendered("004-thong-bao-ket-luan");
    const footer = docx.tables.length - 1;
    const right = docx.paragraphs.filter((p) => p.table === footer && p.cell === 1);
    expect(right.map((p) => [p.style, p.text])).toEqual([
      ["chuc-vu", "CHÁNH VĂN PHÒNG"],
      ["ho-ten", "Lê Tấn Lai"],
    ]);
    const point = docx.paragraphs.find((p) => p.text.startsWith("1- Tiếp tục đổi mới"))!;
    expect(point.style).toBe("noi-dung");
    expect(point.runs[0]).toMatchObject({ text: "1-", bold: true });
  });
});

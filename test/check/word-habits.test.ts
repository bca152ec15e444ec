/**
 * Documents made by Word users' habits, written without vanthu's writer (raw WordprocessingML,
 * test/support/word-docx.ts), judged right: a state công văn with its header in a borderless
 * two-column table and the rule under the tiêu ngữ as an underline; a Party báo cáo with its
 * header laid out with tab stops, the rule under the tiêu đề a drawn line, auto-numbered headings
 * and the signature space typed as empty paragraphs; a body-only document. Each, as typed, gets
 * no finding; each with one fault gets that fault.
 */
import { check } from "../../src/check/check";
import { readDocx } from "../../src/ooxml/read-docx";
import { recognise } from "../../src/recognise/recognise";
import { engine, TODAY } from "../support/samples";
import { wordDocx } from "../support/word-docx";

interface Look {
  size?: number;
  b?: boolean;
  i?: boolean;
  u?: boolean;
  jc?: "left" | "center" | "both" | "right";
  firstLine?: number;
  left?: number;
  right?: number;
  hanging?: number;
  before?: number;
  after?: number;
  exact?: number;
  tabs?: number[];
  pPr?: string;
}

const tw = (mm: number) => Math.round((mm * 1440) / 25.4);
const rPr = (l: Look) =>
  `<w:rPr>${l.b ? "<w:b/>" : ""}${l.i ? "<w:i/>" : ""}${l.u ? '<w:u w:val="single"/>' : ""}<w:sz w:val="${(l.size ?? 14) * 2}"/></w:rPr>`;
const pPr = (l: Look) =>
  `<w:pPr>${l.pPr ?? ""}${l.tabs ? `<w:tabs>${l.tabs.map((t) => `<w:tab w:val="center" w:pos="${tw(t)}"/>`).join("")}</w:tabs>` : ""}<w:spacing w:before="${(l.before ?? 0) * 20}" w:after="${(l.after ?? 0) * 20}"${l.exact ? ` w:line="${l.exact * 20}" w:lineRule="exact"` : ""}/><w:ind w:left="${tw(l.left ?? 0)}" w:right="${tw(l.right ?? 0)}"${l.hanging ? ` w:hanging="${tw(l.hanging)}"` : ` w:firstLine="${tw(l.firstLine ?? 0)}"`}/><w:jc w:val="${l.jc ?? "left"}"/>${rPr(l)}</w:pPr>`;
const run = (text: string, l: Look) => `<w:r>${rPr(l)}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tab = (l: Look = {}) => `<w:r>${rPr(l)}<w:tab/></w:r>`;
const para = (text: string, l: Look = {}) => `<w:p>${pPr(l)}${text ? run(text, l) : ""}</w:p>`;
/** A paragraph of runs: [text, look] pairs and tabs. */
const mixed = (l: Look, ...parts: (string | [string, Look])[]) =>
  `<w:p>${pPr(l)}${parts.map((x) => (typeof x === "string" ? x : run(x[0], x[1]))).join("")}</w:p>`;
const cell = (width: number, content: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${tw(width)}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
const table = (widths: number[], ...rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join("")}</w:tblGrid>${rows.map((r) => `<w:tr>${r.map((c, k) => cell(widths[k], c)).join("")}</w:tr>`).join("")}</w:tbl>`;
const section = (m: { top: number; bottom: number; left: number; right: number }) =>
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${tw(m.top)}" w:right="${tw(m.right)}" w:bottom="${tw(m.bottom)}" w:left="${tw(m.left)}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';

const judge = (body: string, numbering?: string) => {
  const bytes = wordDocx({ body, styles: STYLES, numbering, application: "Microsoft Office Word" });
  return check(bytes, engine.resources, { file: "word.docx", today: TODAY });
};
const found = (r: ReturnType<typeof judge>) => r.diagnostics.map((d) => `${d.code} ${d.path}`);

/** A state công văn as a clerk types it in Word (NĐ 30, Mẫu 1.5). */
function congVan(fault: { sizeOfSo?: number; underline?: boolean; luu?: string; ruleIndent?: number } = {}) {
  const c = { jc: "center" as const };
  const header = table(
    [62, 98],
    [
      para("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", { ...c, size: 12, b: true }) +
        // The rule: the bottom border of an empty paragraph, its indents leaving it 2/5 of the name.
        para("", {
          ...c,
          size: 4,
          left: 17.5 + (fault.ruleIndent ?? 0),
          right: 17.5 + (fault.ruleIndent ?? 0),
          pPr: '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1"/></w:pBdr>',
        }) +
        para(`Số: 12/UBND-VX`, { ...c, size: fault.sizeOfSo ?? 13, before: 6 }) +
        para("V/v tổ chức hoạt động vui Xuân", { ...c, size: 12, before: 6 }),
      para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...c, size: 12, b: true }) +
        para("Độc lập - Tự do - Hạnh phúc", { ...c, size: 13, b: true, u: fault.underline ?? true }) +
        para("Hà Tĩnh, ngày 08 tháng 01 năm 2024", { ...c, size: 13, i: true, before: 6 }),
    ],
  );
  const body = { size: 14, jc: "both" as const, firstLine: 12.7, before: 6 };
  const end = table(
    [62, 98],
    [
      para("Nơi nhận:", { size: 12, b: true, i: true }) +
        para("- Như trên;", { size: 11 }) +
        para("- Sở Nội vụ;", { size: 11 }) +
        para(`- ${fault.luu ?? "Lưu: VT, VX."}`, { size: 11 }),
      para("KT. CHỦ TỊCH", { ...c, b: true }) +
        para("PHÓ CHỦ TỊCH", { ...c, b: true }) +
        para("", c) +
        para("", c) +
        para("", c) +
        para("", c) +
        para("Nguyễn Văn Bình", { ...c, b: true }),
    ],
  );
  return (
    header +
    para("Kính gửi: Sở Văn hóa, Thể thao và Du lịch.", { left: 54, hanging: 19, before: 12 }) +
    para(
      "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tổ chức tốt các hoạt động vui Xuân, đón Tết./.",
      body,
    ) +
    end +
    section({ top: 20, bottom: 20, left: 30, right: 15 })
  );
}

/** A Party báo cáo with its header laid out with tab stops and auto-numbered headings (HD 36). */
function baoCao(fault: { colon?: boolean; line?: number } = {}) {
  const tabs = [40, 120];
  // The rule under the tiêu đề as long as it (206 pt: 72,7 mm).
  const line = `<w:r><w:pict><v:line from="0,0" to="${fault.line ?? 206}pt,0" strokeweight="0.75pt"/></w:pict></w:r>`;
  const header =
    mixed({ tabs }, tab(), ["TỈNH ỦY LẠNG SƠN", { b: true }], tab(), [
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      { size: 15, b: true },
    ]) +
    mixed({ tabs }, tab(), ["*", {}], line) +
    mixed({ tabs }, tab(), [fault.colon ? "Số: 143-BC/TU" : "Số 143-BC/TU", {}], tab(), [
      "Lạng Sơn, ngày 12 tháng 3 năm 2020",
      { i: true },
    ]);
  const c = { jc: "center" as const };
  const body = { size: 14, jc: "both" as const, firstLine: 10, before: 6, exact: 18 };
  const numbered = (text: string) =>
    para(text, { ...body, b: true, pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' });
  return (
    header +
    para("BÁO CÁO", { ...c, size: 16, b: true, before: 18 }) +
    para("kết quả công tác dân vận quý I năm 2020", { ...c, b: true }) +
    para("-----", { ...c, after: 6 }) +
    numbered("Kết quả đạt được") +
    para("Các cấp ủy đã lãnh đạo thực hiện tốt công tác dân vận trong quý I.", body) +
    numbered("Nhiệm vụ quý II") +
    para("Tiếp tục thực hiện có hiệu quả các nhiệm vụ đã đề ra.", body) +
    table(
      [75, 90],
      [
        para("Nơi nhận:", { u: true }) +
          para("- Ban Dân vận Trung ương,", { size: 12 }) +
          para("- Lưu Văn phòng Tỉnh ủy.", { size: 12 }),
        para("T/M BAN THƯỜNG VỤ", { ...c, b: true }) +
          para("PHÓ BÍ THƯ THƯỜNG TRỰC", c) +
          para("", c) +
          para("", c) +
          para("", c) +
          para("Hoàng Văn Nghiệm", { ...c, b: true }),
      ],
    ) +
    section({ top: 20, bottom: 20, left: 30, right: 15 })
  );
}
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

describe("a Word user's state công văn: header in a borderless table, underline as the rule under the tiêu ngữ", () => {
  it("is recognised part by part", () => {
    const tree = readDocx(wordDocx({ body: congVan(), styles: STYLES }), { file: "w.docx" }).tree!;
    const r = recognise(tree, engine.resources.profiles);
    expect([r.profile, r.profileFrom, r.kind]).toEqual(["nha-nuoc", "document", "cong-van"]);
    const roles = r.documents[0].lines.map((l) => `${l.role} ${l.field}`);
    expect(roles).toEqual([
      "co-quan co_quan.ten",
      "so so",
      "trich-yeu-cong-van trich_yeu",
      "quoc-hieu tieu_de",
      "tieu-ngu tieu_de",
      "ngay ngay",
      "kinh-gui kinh_gui",
      "noi-dung noi_dung",
      "noi-nhan-nhan noi_nhan",
      "noi-nhan noi_nhan.0",
      "noi-nhan noi_nhan.1",
      "noi-nhan noi_nhan.2",
      "quyen-han nguoi_ky.quyen_han",
      "chuc-vu nguoi_ky.chuc_vu",
      "ho-ten nguoi_ky.ho_ten",
    ]);
  });

  it("checks with no finding as typed", () => {
    expect(judge(congVan()).diagnostics).toEqual([]);
  });

  it("gets exactly the fault typed into it", () => {
    expect(found(judge(congVan({ sizeOfSo: 14 })))).toEqual(["FORMAT_SIZE so"]);
    expect(found(judge(congVan({ underline: false })))).toEqual(["FORMAT_RULE tieu_de"]);
    expect(found(judge(congVan({ luu: "Lưu VT." })))).toEqual(["NOI_NHAN_LUU noi_nhan.2"]);
    // The rule under the name 8 mm long (1/7 of it), then across the whole cell.
    expect(found(judge(congVan({ ruleIndent: 7.5 })))).toEqual(["FORMAT_RULE co_quan.ten"]);
    expect(found(judge(congVan({ ruleIndent: -17.5 })))).toEqual(["FORMAT_RULE co_quan.ten"]);
  });
});

describe("a Word user's Party báo cáo: tab-laid header, a drawn rule, auto-numbered headings, empty lines for the signature", () => {
  it("is recognised part by part, the numbered headings as headings", () => {
    const tree = readDocx(wordDocx({ body: baoCao(), styles: STYLES, numbering: NUMBERING }), {
      file: "w.docx",
    }).tree!;
    const r = recognise(tree, engine.resources.profiles);
    expect([r.profile, r.kind]).toEqual(["dang", "bao-cao"]);
    const lines = r.documents[0].lines;
    expect(lines.filter((l) => l.piece).map((l) => `${l.role} ${l.piece} ${l.text}`)).toEqual([
      "co-quan left TỈNH ỦY LẠNG SƠN",
      "sao left *",
      "so left Số 143-BC/TU",
      "tieu-de right ĐẢNG CỘNG SẢN VIỆT NAM",
      "ngay right Lạng Sơn, ngày 12 tháng 3 năm 2020",
    ]);
    expect(lines.find((l) => l.role === "tieu-de")!.rule).toBe("drawing");
    expect(lines.filter((l) => l.role === "muc-3").map((l) => l.text)).toEqual([
      "1. Kết quả đạt được",
      "2. Nhiệm vụ quý II",
    ]);
  });

  it("checks with no finding as typed", () => {
    expect(judge(baoCao(), NUMBERING).diagnostics).toEqual([]);
  });

  it("gets exactly the fault typed into it", () => {
    expect(found(judge(baoCao({ colon: true }), NUMBERING))).toEqual(["NUMBER_FORM so"]);
    // A drawn line 3/4 as long as the tiêu đề: a warning (the 90–110% tolerance is practice).
    const short = judge(baoCao({ line: 150 }), NUMBERING).diagnostics;
    expect(short.map((d) => `${d.code} ${d.path} ${d.severity}`)).toEqual(["FORMAT_RULE tieu_de warning"]);
    expect(short[0].message).toContain("đường kẻ bên dưới dài 52,9 mm, bằng 73% dòng chữ (72,9 mm)");
  });
});

describe("a body-only document", () => {
  it("is all body, and each missing part is one finding that says so", () => {
    const body = { size: 14, jc: "both" as const, firstLine: 10, before: 6, exact: 18 };
    const r = judge(
      para("Đoạn thứ nhất của một văn bản không có phần đầu.", body) +
        para("Đoạn thứ hai.", body) +
        section({ top: 20, bottom: 20, left: 30, right: 15 }),
    );
    expect(r.loai).toBeUndefined();
    const missing = r.diagnostics.filter((d) => d.code === "PART_MISSING").map((d) => d.path);
    expect(missing).toEqual(["tieu_de", "co_quan", "so", "ngay", "ten_loai", "noi_nhan", "nguoi_ky"]);
    expect(r.diagnostics.filter((d) => d.code !== "PART_MISSING")).toEqual([]);
  });
});

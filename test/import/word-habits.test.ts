/**
 * Documents made the way Word users make them, without vanthu's writer (raw WordprocessingML,
 * test/support/word-docx.ts): a borderless two-column header table, a header laid out with tabs,
 * auto-numbered headings, a body-only document. Each imports with the right fields and the rest
 * of its text in the body; what is missing is left empty with a warning naming the field; a file
 * that is not a .docx is one clear error and no YAML.
 */
import { importDocx } from "../../src/import/import-docx";
import { load } from "../../src/load";
import { markdownOf } from "../support/reported";
import { engine } from "../support/samples";
import { A4, p, r, tabbed, wordDocx } from "../support/word-docx";

const profiles = engine.resources.profiles;
const none = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((s) => `<w:${s} w:val="nil"/>`)
  .join("");
const cell = (w: number, paras: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${paras}</w:tc>`;
const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3969"/><w:gridCol w:w="5386"/></w:tblGrid>` +
  rows.map((row) => `<w:tr>${cell(3969, row[0])}${cell(5386, row[1])}</w:tr>`).join("") +
  "</w:tbl>";
const CENTER = '<w:jc w:val="center"/>';
const B = "<w:b/>";
const numbering =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
const numbered = (text: string) => p(text, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>', B);
const closing = table([
  [
    p("Nơi nhận:", "", "<w:b/><w:i/>") + p("- Ban Dân vận Trung ương (b/c),") + p("- Lưu Văn phòng Tỉnh ủy."),
    p("T/M BAN THƯỜNG VỤ", CENTER, B) + p("PHÓ BÍ THƯ", CENTER) + p("Nguyễn Văn An", CENTER, B),
  ],
]);

const imported = (body: string, extra: { numbering?: string } = {}) => {
  const outcome = importDocx(wordDocx({ body, ...extra }), profiles, { file: "word.docx" });
  expect(outcome.yaml).toBeDefined();
  const loaded = load(outcome.yaml!, "word.yaml");
  expect(loaded.diagnostics).toEqual([]);
  return { ...outcome, data: loaded.data as Record<string, unknown> };
};

describe("a Word user's document imports with the right fields", () => {
  it("reads a borderless header table, the title block, auto-numbered headings and the closing table", () => {
    const { data, diagnostics } = imported(
      table([
        [
          p("TỈNH ỦY LẠNG SƠN", CENTER, B) + p("*", CENTER),
          p("ĐẢNG CỘNG SẢN VIỆT NAM", CENTER, '<w:b/><w:u w:val="single"/>'),
        ],
        [p("Số 125-BC/TU", CENTER), p("Lạng Sơn, ngày 5 tháng 3 năm 2024", CENTER, "<w:i/>")],
      ]) +
        p("BÁO CÁO", CENTER, B) +
        p("Kết quả công tác dân vận năm 2023", CENTER, B) +
        p("-----", CENTER) +
        p("I. KẾT QUẢ ĐẠT ĐƯỢC", "", B) +
        numbered("Công tác tuyên truyền") +
        p("Các cấp ủy đã quán triệt sâu rộng Nghị quyết số 25-NQ/TW.") +
        numbered("Công tác phối hợp") +
        p("Mặt trận và các đoàn thể phối hợp chặt chẽ./.") +
        closing +
        A4,
      { numbering },
    );
    expect(data).toMatchObject({
      loai: "bao-cao",
      the_thuc: "dang",
      co_quan: { ten: "TỈNH ỦY LẠNG SƠN", viet_tat: "TU" },
      so: 125,
      dia_danh: "Lạng Sơn",
      ngay: "2024-03-05",
      trich_yeu: "Kết quả công tác dân vận năm 2023",
      noi_nhan: ["Ban Dân vận Trung ương (b/c)", "Lưu Văn phòng Tỉnh ủy"],
      nguoi_ky: { quyen_han: "T/M BAN THƯỜNG VỤ", chuc_vu: "PHÓ BÍ THƯ", ho_ten: "Nguyễn Văn An" },
    });
    expect(data.noi_dung).toBe(
      [
        "## I. KẾT QUẢ ĐẠT ĐƯỢC",
        "### 1. Công tác tuyên truyền",
        "Các cấp ủy đã quán triệt sâu rộng Nghị quyết số 25-NQ/TW.",
        "### 2. Công tác phối hợp",
        "Mặt trận và các đoàn thể phối hợp chặt chẽ./.",
      ].join("\n\n"),
    );
    expect(diagnostics.filter((d) => d.code === "PART_MISSING")).toEqual([]);
  });

  it("reads a header laid out with tab stops", () => {
    const { data } = imported(
      tabbed("TỈNH ỦY LẠNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM", B) +
        tabbed("*", "") +
        tabbed("Số 1866-CV/TU", "Lạng Sơn, ngày 21 tháng 7 năm 2020") +
        p("V/v tăng cường công tác dân vận", "", "<w:i/>") +
        `<w:p>${r("Kính gửi: ", "<w:i/>")}${r("Các huyện ủy, thành ủy, đảng ủy trực thuộc.")}</w:p>` +
        p("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt công tác dân vận./.") +
        closing +
        A4,
    );
    expect(data).toMatchObject({
      loai: "cong-van",
      co_quan: { ten: "TỈNH ỦY LẠNG SƠN", viet_tat: "TU" },
      so: 1866,
      dia_danh: "Lạng Sơn",
      ngay: "2020-07-21",
      trich_yeu: "V/v tăng cường công tác dân vận",
      kinh_gui: ["Các huyện ủy, thành ủy, đảng ủy trực thuộc"],
      noi_dung: "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt công tác dân vận./.",
    });
  });

  it("keeps all the text of a body-only document, and names each field it lacks", () => {
    const body = [
      "Thực hiện Kế hoạch số 12-KH/TU, Ban Tuyên giáo tổ chức hội nghị *quán triệt*.",
      "Hội nghị có 120 đại biểu tham dự; ý kiến [1] được tổng hợp | gửi về Văn phòng.",
      "Đề nghị các đơn vị báo cáo kết quả trước ngày 30/6.",
    ];
    const { data, diagnostics, yaml } = imported(body.map((t) => p(t)).join("") + A4);
    const read = markdownOf(data.noi_dung as string, { body: "p", footnote: "f", headings: ["h"] }).blocks;
    expect(
      read.map(
        (b) => b.type === "paragraph" && b.children.map((c) => (c.type === "text" ? c.value : "")).join(""),
      ),
    ).toEqual(body);
    const missing = diagnostics.filter((d) => d.code === "PART_MISSING").map((d) => d.path);
    expect(missing).toEqual(
      expect.arrayContaining([
        "loai",
        "co_quan.ten",
        "co_quan.viet_tat",
        "dia_danh",
        "trich_yeu",
        "noi_nhan",
        "nguoi_ky.chuc_vu",
        "nguoi_ky.ho_ten",
      ]),
    );
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(yaml).toContain("# thiếu: văn bản không có địa danh; điền vào đây");
  });
});

describe("a file that is not a readable .docx", () => {
  it.each([
    ["not a zip", new TextEncoder().encode("loai: bao-cao\n")],
    ["a truncated .docx", wordDocx({ body: p("Nội dung") + A4 }).slice(0, 200)],
    ["an empty file", new Uint8Array(0)],
  ])("%s is one clear error and no YAML", (_, bytes) => {
    const outcome = importDocx(bytes, profiles, { file: "hong.docx" });
    expect(outcome.yaml).toBeUndefined();
    expect(outcome.diagnostics).toHaveLength(1);
    expect(outcome.diagnostics[0]).toMatchObject({
      severity: "error",
      code: "DOCX_UNREADABLE",
      file: "hong.docx",
    });
  });
});

/**
 * Composing a document: its own section, then one section per phụ lục (label, title and the
 * "(Kèm theo …)" line from the profile), then the sections of each enclosed document, each
 * with its own header and signature. Problems in any part name that part's field path.
 */
import { createEngine } from "../../src/engine";
import type { Block, Paragraph, Root, Section } from "../../src/tree/types";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const check = (source: string, e = engine) => e.toTree(source, "x.yaml", { today: TODAY });
const plain = (p: Paragraph) =>
  p.children.map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : "")).join("");
const paragraphs = (s: Section) => s.children.filter((b): b is Paragraph => b.type === "paragraph");
const styled = (s: Section, style: string) =>
  paragraphs(s)
    .filter((p) => p.style === style)
    .map(plain);
const lineOf = (source: string, text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 1;
const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => by + l)
    .join("\n");

const APPENDICES = `phu_luc:
  - so: I
    tieu_de: Kết quả tập hợp đoàn viên
    noi_dung: |
      Nội dung phụ lục một.
  - so: II
    tieu_de: Chỉ tiêu năm 2024
    noi_dung: |
      Nội dung phụ lục hai.
`;

describe("a document with phụ lục", () => {
  const tree = check(CONG_VAN + APPENDICES).tree as Root;

  it("puts each phụ lục in its own section after the document", () => {
    expect(tree.sections).toHaveLength(3);
    expect(styled(tree.sections[0], "noi-dung")).toEqual(["Đoạn thứ nhất./."]);
    expect(styled(tree.sections[1], "noi-dung")).toEqual(["Nội dung phụ lục một."]);
    expect(styled(tree.sections[2], "noi-dung")).toEqual(["Nội dung phụ lục hai."]);
  });

  it("opens each phụ lục with its label, its title in capitals and the (Kèm theo …) line", () => {
    const first = tree.sections[1].children.slice(0, 3) as Paragraph[];
    expect(first.map((p) => [p.style, plain(p)])).toEqual([
      ["phu-luc-so", "Phụ lục I"],
      ["phu-luc-ten", "KẾT QUẢ TẬP HỢP ĐOÀN VIÊN"],
      ["phu-luc-kem-theo", "(Kèm theo Công văn số 05-CV/TU, ngày 03/02/2020 của Tỉnh ủy Lạng Sơn)"],
    ]);
    expect(plain(tree.sections[2].children[0] as Paragraph)).toBe("Phụ lục II");
  });

  it('labels a single phụ lục without a number "Phụ lục"', () => {
    const t = check(CONG_VAN + "phu_luc:\n  - tieu_de: Danh sách\n    noi_dung: Nội dung.\n").tree!;
    expect(styled(t.sections[1], "phu-luc-so")).toEqual(["Phụ lục"]);
  });

  it("leaves the profile's blanks for the number and date of a draft", () => {
    const draft = CONG_VAN.replace("so: 5\n", "").replace("ngay: 2020-02-03", "ngay: 2020");
    const t = check(draft + "phu_luc:\n  - tieu_de: Danh sách\n    noi_dung: Nội dung.\n").tree!;
    expect(styled(t.sections[1], "phu-luc-kem-theo")).toEqual([
      "(Kèm theo Công văn số     -CV/TU, ngày     /    /2020 của Tỉnh ủy Lạng Sơn)",
    ]);
  });

  it("reads the phụ lục's Markdown like the body, and reports its problems at phu_luc.N.noi_dung and the YAML line", () => {
    const source =
      CONG_VAN +
      APPENDICES.replace("Nội dung phụ lục hai.\n", "Nội dung phụ lục hai.\n\n      [ngắt trang]\n");
    const outcome = check(source);
    const d = outcome.diagnostics.find((x) => x.code === "MARKDOWN_UNSUPPORTED")!;
    expect(d).toMatchObject({
      path: "phu_luc.1.noi_dung",
      line: lineOf(source, "[ngắt trang]"),
      severity: "warning",
    });
  });

  it("needs a profile that has the phụ lục patterns", () => {
    const dang = engine.resources.profiles.get("dang")!;
    const without = createEngine({
      ...engine.resources,
      profiles: new Map([["dang", { ...dang, appendix: undefined }]]),
    });
    const outcome = check(CONG_VAN + APPENDICES, without);
    expect(outcome.tree).toBeUndefined();
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "KIND_NOT_IN_PROFILE", path: "phu_luc" }),
    ]);
  });
});

describe("a document with enclosed documents", () => {
  const BAO_CAO = CONG_VAN.replace("loai: cong-van", "loai: bao-cao")
    .replace(/kinh_gui:\n  - [^\n]+\n/, "")
    .replace("so: 5", "so: 60")
    .replace("trich_yeu: V/v thử nghiệm", "trich_yeu: kết quả công tác dân vận")
    .replace("Đoạn thứ nhất.", "Nội dung văn bản kèm theo.");
  const source = `${CONG_VAN}${APPENDICES}kem_theo:\n${indent(BAO_CAO + "phu_luc:\n  - tieu_de: Phụ lục của văn bản kèm theo\n    noi_dung: Bảng.\n", "    ").replace(/^    /, "  - ")}\n`;
  const outcome = check(source);
  const tree = outcome.tree as Root;

  it("renders without a problem", () => {
    expect(outcome.diagnostics).toEqual([]);
  });

  it("appends the enclosure's sections after the document's phụ lục, followed by its own phụ lục", () => {
    expect(tree.sections).toHaveLength(5);
    expect(styled(tree.sections[3], "noi-dung")).toEqual(["Nội dung văn bản kèm theo./."]);
    expect(styled(tree.sections[4], "phu-luc-kem-theo")).toEqual([
      "(Kèm theo Báo cáo số 60-BC/TU, ngày 03/02/2020 của Tỉnh ủy Lạng Sơn)",
    ]);
  });

  it("gives the enclosure its own header, tên loại and signature, from its own kind's template", () => {
    const s = tree.sections[3];
    const first = s.children[0] as Block;
    expect(first).toMatchObject({ type: "layoutTable", layout: "dau" });
    expect(styled(s, "ten-loai")).toEqual(["BÁO CÁO"]);
    expect(s.children.at(-1)).toMatchObject({ type: "layoutTable", layout: "cuoi" });
    expect(JSON.stringify(first)).toContain("Số 60-BC/TU");
  });

  it("reports a problem in the enclosure's body at kem_theo.0.noi_dung and its YAML line", () => {
    const broken = source.replace("Nội dung văn bản kèm theo.", "Nội dung văn bản kèm theo[^9].");
    const d = check(broken).diagnostics.find((x) => x.code === "MARKDOWN_UNSUPPORTED")!;
    // A footnote problem points at the line of the reference inside the literal block.
    expect(d).toMatchObject({
      path: "kem_theo.0.noi_dung",
      severity: "warning",
      line: lineOf(broken, "kèm theo[^9]."),
    });
  });

  it("checks the enclosure's last Nơi nhận line too", () => {
    const noLuu = source.replace(/(kem_theo:[\s\S]*)- Lưu Văn phòng Tỉnh ủy/, "$1- Văn phòng Tỉnh ủy");
    const d = check(noLuu).diagnostics.find((x) => x.code === "NOI_NHAN_LUU")!;
    expect(d).toMatchObject({ severity: "warning", path: "kem_theo.0.noi_nhan.1" });
  });
});

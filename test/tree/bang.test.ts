/**
 * ```bang blocks: a table written as YAML inside the body, with a caption, column widths and
 * alignments, merged cells and multi-row headers; every fault an error at its line, never a
 * crash and never a lost cell.
 */
import type { MarkdownStyles } from "../../src/tree/markdown";
import { markdownOf } from "../support/reported";
import type { Block, Cell, DataTable, Paragraph } from "../../src/tree/types";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const STYLES: MarkdownStyles = {
  body: dang.body_style,
  footnote: dang.footnote_style,
  headings: dang.headings,
  table: { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" },
};
const md = (source: string) => markdownOf(source, STYLES);
const bang = (yaml: string) => md("```bang\n" + yaml + "\n```");
const tableOf = (blocks: Block[]) => blocks.find((b): b is DataTable => b.type === "dataTable")!;
const text = (c: Cell) =>
  (c.children[0] as Paragraph).children.map((i) => (i.type === "text" ? i.value : "")).join("");

const MERGED = `tieu_de: "Bảng 1: Kết quả"
cot:
  - { ten: STT, rong: 8, can: center }
  - { ten: Lĩnh vực, rong: 40 }
  - Cấp Khối
  - Cấp cơ sở
tieu_de_cot:
  - [{ chu: STT, gop_dong: 2 }, { chu: Lĩnh vực, gop_dong: 2 }, { chu: Số mô hình, gop_cot: 2 }]
  - [Cấp Khối, Cấp cơ sở]
dong:
  - [1, "Cải cách hành chính, chuyển đổi số", 6, "1.230"]
  - [2, Phục vụ người dân, { chu: 4, gop_dong: 2 }, 17]
  - [3, An sinh xã hội, 9]
  - [{ chu: "**Tổng cộng**", gop_cot: 2, can: center }, 10, "1.256"]`;

describe("a ```bang block", () => {
  it("gives a caption paragraph kept with the table, then the table", () => {
    const { blocks, problems } = bang(MERGED);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "dataTable"]);
    expect(blocks[0]).toEqual({
      type: "paragraph",
      style: "bang-tieu-de",
      keepNext: true,
      children: [{ type: "text", value: "Bảng 1: Kết quả" }],
    });
  });

  it("takes the header rows from tieu_de_cot, with their merges", () => {
    const t = tableOf(bang(MERGED).blocks);
    expect(t.headerRows).toBe(2);
    expect(t.rows[0].cells.map((c) => [text(c), c.colSpan, c.rowSpan])).toEqual([
      ["STT", undefined, 2],
      ["Lĩnh vực", undefined, 2],
      ["Số mô hình", 2, undefined],
    ]);
    expect(t.rows[1].cells.map(text)).toEqual(["Cấp Khối", "Cấp cơ sở"]);
    expect(t.rows[0].cells.every((c) => (c.children[0] as Paragraph).style === "bang-dau")).toBe(true);
  });

  it("keeps every value exactly as typed: 1.230 stays 1.230", () => {
    const t = tableOf(bang(MERGED).blocks);
    expect(t.rows[2].cells.map(text)).toEqual(["1", "Cải cách hành chính, chuyển đổi số", "6", "1.230"]);
  });

  it("writes merged body cells once, with colSpan, rowSpan and their own alignment", () => {
    const t = tableOf(bang(MERGED).blocks);
    expect(t.rows[3].cells[2]).toMatchObject({ rowSpan: 2 });
    expect(t.rows[4].cells.map(text)).toEqual(["3", "An sinh xã hội", "9"]);
    expect(t.rows[5].cells[0]).toMatchObject({ colSpan: 2, align: "center" });
    expect((t.rows[5].cells[0].children[0] as Paragraph).children).toEqual([
      { type: "text", value: "Tổng cộng", marks: ["bold"] },
    ]);
  });

  it("takes widths and alignments from cot, and right-aligns the number columns it does not align", () => {
    const t = tableOf(bang(MERGED).blocks);
    expect(t.columns).toEqual([
      { width: 8, align: "center" },
      { width: 40 },
      { align: "right" },
      { align: "right" },
    ]);
  });

  it("makes a one-row header from the names in cot when there is no tieu_de_cot", () => {
    const t = tableOf(bang("cot: [STT, Tên]\ndong:\n  - [1, Một]").blocks);
    expect(t.headerRows).toBe(1);
    expect(t.rows.map((r) => r.cells.map(text))).toEqual([
      ["STT", "Tên"],
      ["1", "Một"],
    ]);
  });

  it("has no header row when no column has a name", () => {
    const t = tableOf(bang("cot: [{ rong: 10 }, {}]\ndong:\n  - [1, Một]").blocks);
    expect(t.headerRows).toBe(0);
    expect(t.rows).toHaveLength(1);
  });

  it("accepts the Vietnamese names of the alignments", () => {
    expect(
      tableOf(bang("cot: [{ ten: A, can: phải }, { ten: B, can: giữa }]\ndong:\n  - [x, y]").blocks).columns,
    ).toEqual([{ align: "right" }, { align: "center" }]);
  });

  describe("reports, as an error at the line inside the block, and prints nothing of the table", () => {
    const first = (yaml: string) => {
      const { blocks, problems } = md("Đoạn trước.\n\n```bang\n" + yaml + "\n```");
      expect(blocks.some((b) => b.type === "dataTable")).toBe(false);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.severity === "error" && p.code === "TABLE_INVALID")).toBe(true);
      return problems[0];
    };

    it("a row with more cells than columns (an unquoted comma), with the hint to quote", () => {
      const p = first(
        "cot: [STT, Lĩnh vực, Số]\ndong:\n  - [1, Hai]\n  - [2, Cải cách hành chính, chuyển đổi số, 6]",
      );
      expect(p.line).toBe(7);
      expect(p.message).toMatch(
        /dòng 2 của dong có 4 ô .* bảng chỉ có 3 cột; ô có dấu phẩy thì đặt trong dấu nháy kép/,
      );
    });

    it("a merge that overlaps a cell merged down from the row above", () => {
      const p = first(
        "cot: [A, B, C]\ndong:\n  - [{ chu: x, gop_dong: 2 }, y, z]\n  - [{ chu: u, gop_cot: 3 }]",
      );
      expect(p.message).toMatch(/bảng chỉ có 3 cột|chồng lên/);
    });

    it("a merge down past the last row", () => {
      expect(first("cot: [A, B]\ndong:\n  - [{ chu: x, gop_dong: 3 }, y]\n  - [z]").message).toMatch(
        /gộp 3 dòng nhưng bảng chỉ còn 2 dòng/,
      );
    });

    it("YAML that does not parse", () => {
      const p = first('cot: [A, B]\ndong:\n  - [1, "hai]');
      expect(p.message).toMatch(/^khối bang: /);
      expect(p.line).toBeGreaterThanOrEqual(5);
    });

    it("an unknown field, with the nearest known one", () => {
      const p = first("cot: [A]\ndongg:\n  - [1]");
      expect(p.line).toBe(5);
      expect(p.message).toMatch(/không có trường "dongg" \(có phải "dong"\?\)/);
    });

    it("a missing dong or cot", () => {
      expect(first("cot: [A]").message).toMatch(/thiếu trường dong/);
      expect(first("dong:\n  - [1]").message).toMatch(/thiếu trường cot/);
    });

    it("a wrong alignment, width or merge count", () => {
      expect(first("cot: [{ ten: A, can: trên }]\ndong:\n  - [1]").message).toMatch(
        /can phải là left, center hoặc right/,
      );
      expect(first("cot: [{ ten: A, rong: 120 }]\ndong:\n  - [1]").message).toMatch(/rong của cột 1/);
      expect(first("cot: [A, B]\ndong:\n  - [{ chu: x, gop_cot: hai }, y]").message).toMatch(
        /gop_cot là số ô được gộp/,
      );
      expect(first("cot: [{ ten: A, rong: 60 }, { ten: B, rong: 50 }]\ndong:\n  - [1, 2]").message).toMatch(
        /tổng rong .* 110%/,
      );
    });

    it("a block with no closing fence", () => {
      const { problems } = md("Đoạn.\n\n```bang\ncot: [A]\ndong:\n  - [1]");
      expect(problems).toEqual([
        expect.objectContaining({ severity: "error", code: "TABLE_INVALID", line: 3 }),
      ]);
      expect(problems[0].message).toMatch(/chưa được đóng/);
    });
  });

  it("ends a cell written as a literal block (- |) at its last line, with no line break after it", () => {
    const cells = tableOf(bang("cot: [A]\ndong:\n  - - |\n      Dòng một\n      Dòng hai\n").blocks).rows[1]
      .cells;
    expect((cells[0].children[0] as Paragraph).children).toEqual([
      { type: "text", value: "Dòng một" },
      { type: "break" },
      { type: "text", value: "Dòng hai" },
    ]);
  });

  it("leaves any other fenced block as typed text", () => {
    const { blocks, problems } = md("```js\nvar x;\n```");
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { type: "paragraph", style: "noi-dung", children: [{ type: "text", value: "```js var x; ```" }] },
    ]);
  });

  it("reports through the engine at the line of the YAML file, under noi_dung", () => {
    const body =
      "noi_dung: |\n  Đoạn thứ nhất.\n\n  ```bang\n  cot: [A, B]\n  dong:\n    - [1, 2, 3]\n  ```\n";
    const source = CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", body);
    const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
    expect(outcome.tree).toBeUndefined();
    const d = outcome.diagnostics.find((x) => x.code === "TABLE_INVALID")!;
    expect(d).toMatchObject({ severity: "error", path: "noi_dung", file: "x.yaml" });
    expect(source.split("\n")[d.line! - 1]).toBe("    - [1, 2, 3]");
  });
});

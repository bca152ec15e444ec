import fc from "fast-check";
import { engine } from "../../support/samples";
import { columnCount, tableText, type PastedTable } from "../../../src/web/page/table-text";

const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });
const plain = (rows: string[][]): PastedTable => ({
  rows: rows.map((r) => r.map((t) => cell(t))),
  headerRows: 1,
});

/** The texts of the data table's cells in the tree of a tờ trình whose body is `body`. */
function cellsOf(body: string): string[][] {
  const yaml = `loai: to-trinh\nthe_thuc: dang\nco_quan: { ten: Ban Dân vận Tỉnh ủy, viet_tat: BDVTU }\ndia_danh: Lạng Sơn\nngay: 2024-01-02\ntrich_yeu: về việc thử\nkinh_trinh: [Ban Thường vụ Tỉnh ủy]\nnoi_dung: ${JSON.stringify(body)}\nnoi_nhan: [Như trên, Lưu VP]\nnguoi_ky: { chuc_vu: TRƯỞNG BAN, ho_ten: Nguyễn Văn A }\n`;
  const { tree, diagnostics } = engine.toTree(yaml, "x.yaml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const tables: unknown[] = [];
  JSON.stringify(tree, (k, v) => {
    if (v && typeof v === "object" && (v as { type?: string; layout?: string }).layout === "bang")
      tables.push(v);
    return v;
  });
  const text = (n: unknown): string =>
    Array.isArray(n)
      ? n.map(text).join("")
      : n && typeof n === "object"
        ? (n as { type?: string }).type === "break"
          ? "\n"
          : "value" in n
            ? String((n as { value: unknown }).value)
            : text((n as { children?: unknown }).children ?? [])
        : "";
  const rows = (tables[0] as { rows: { cells: { children: unknown }[] }[] }).rows;
  return rows.map((r) => r.cells.map((c) => text(c.children)));
}

describe("a pasted table as body text", () => {
  it("is a Markdown table whose first row is the header", () => {
    expect(
      tableText(
        plain([
          ["STT", "Đơn vị"],
          ["1", "Huyện ủy"],
        ]),
      ),
    ).toBe("| STT | Đơn vị |\n| --- | --- |\n| 1 | Huyện ujy |".replace("ujy", "ủy"));
  });

  it("keeps each cell's text, its | and line breaks included, through vanthu's reading", () => {
    const word = fc
      .stringMatching(/^[A-Za-zĐđƯư0-9|,.%_ ]{1,12}$/)
      .filter((s) => s.trim() === s && !!s.trim());
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 4 }),
        (rows) => {
          const table = plain(rows.map(([a, b]) => [a, `${b}\n${a}`]));
          const read = cellsOf(tableText(table));
          expect(read.map((r) => r.map((c) => c.replace(/\s+/g, " ")))).toEqual(
            rows.map(([a, b]) => [a, `${b}\n${a}`].map((c) => c.replace(/\s+/g, " "))),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it("is a ```bang block with gop_cot and gop_dong when cells are merged", () => {
    const table: PastedTable = {
      rows: [
        [cell("STT", 1, 2), cell("Số mô hình", 2)],
        [cell("Cấp Khối"), cell("Cấp cơ sở")],
        [cell("1"), cell("6"), cell("21")],
      ],
      headerRows: 2,
    };
    expect(columnCount(table)).toBe(3);
    const text = tableText(table);
    expect(text).toBe(
      [
        "```bang",
        'cot: ["Cột 1", "Cột 2", "Cột 3"]',
        "tieu_de_cot:",
        '  - [{ chu: "STT", gop_dong: 2 }, { chu: "Số mô hình", gop_cot: 2 }]',
        '  - ["Cấp Khối", "Cấp cơ sở"]',
        "dong:",
        '  - ["1", "6", "21"]',
        "```",
      ].join("\n"),
    );
    expect(cellsOf(text)).toEqual([
      ["STT", "Số mô hình"],
      ["Cấp Khối", "Cấp cơ sở"],
      ["1", "6", "21"],
    ]);
  });
});

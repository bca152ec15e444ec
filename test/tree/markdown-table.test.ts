/**
 * GitHub Markdown tables in the body → data table nodes: one header row, alignment from the
 * delimiter row, number columns right-aligned by default, cells never lost.
 */
import type { MarkdownStyles } from "../../src/tree/markdown";
import { markdownOf } from "../support/reported";
import type { Block, Cell, DataTable, Paragraph } from "../../src/tree/types";
import { engine } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const STYLES: MarkdownStyles = {
  body: dang.body_style,
  footnote: dang.footnote_style,
  headings: dang.headings,
  table: { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" },
};
const md = (source: string) => markdownOf(source, STYLES);
const tableOf = (blocks: Block[]) => blocks.find((b): b is DataTable => b.type === "dataTable")!;
const text = (c: Cell) =>
  (c.children[0] as Paragraph).children
    .map((i) => (i.type === "text" ? i.value : i.type === "break" ? "\n" : ""))
    .join("");

const SOURCE = `| Tổ chức | Năm 2022 | Tỷ lệ | Ghi chú |
|:--|---|:-:|--:|
| Công đoàn | 12.450 | 98,6% | tốt |
| Hội Cựu chiến binh | 415 | 100% | khá |`;

describe("a Markdown table in the body", () => {
  it("becomes one table node in the profile's data layout, with one header row", () => {
    const { blocks, problems } = md(SOURCE);
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(1);
    const t = tableOf(blocks);
    expect(t).toMatchObject({ type: "dataTable", layout: "bang", headerRows: 1 });
    expect(t.rows).toHaveLength(3);
    expect(t.rows.map((r) => r.cells.map(text))).toEqual([
      ["Tổ chức", "Năm 2022", "Tỷ lệ", "Ghi chú"],
      ["Công đoàn", "12.450", "98,6%", "tốt"],
      ["Hội Cựu chiến binh", "415", "100%", "khá"],
    ]);
  });

  it("sets the header cells in the header style and the others in the cell style", () => {
    const t = tableOf(md(SOURCE).blocks);
    expect(t.rows[0].cells.every((c) => (c.children[0] as Paragraph).style === "bang-dau")).toBe(true);
    expect(
      t.rows
        .slice(1)
        .flatMap((r) => r.cells)
        .every((c) => (c.children[0] as Paragraph).style === "bang-o"),
    ).toBe(true);
  });

  it("takes each column's alignment from the delimiter row, and right-aligns an unmarked column of numbers", () => {
    const t = tableOf(md(SOURCE).blocks);
    expect(t.columns).toEqual([
      { align: "left" },
      { align: "right" },
      { align: "center" },
      { align: "right" },
    ]);
  });

  it.each([
    ["Vietnamese thousands", ["1.234", "12.345.678"]],
    ["decimal commas and percents", ["12,5", "85%", "1.234,5"]],
    ["signs and dashes for none", ["-3", "–", "7"]],
  ])("treats %s as numbers", (_what, values) => {
    const rows = values.map((v) => `| x | ${v} |`).join("\n");
    expect(tableOf(md(`| A | B |\n|---|---|\n${rows}`).blocks).columns[1]).toEqual({ align: "right" });
  });

  it("leaves a column with any word in it to the style's alignment", () => {
    const t = tableOf(md("| A | B |\n|---|---|\n| x | 12 |\n| y | mười |\n| z | 12.5 |").blocks);
    expect(t.columns[1]).toEqual({});
  });

  it("reads marks in cells and makes <br> a line break", () => {
    const t = tableOf(md("| A |\n|---|\n| **Tổng** cộng<br>dòng hai |").blocks);
    const p = t.rows[1].cells[0].children[0] as Paragraph;
    expect(p.children).toEqual([
      { type: "text", value: "Tổng", marks: ["bold"] },
      { type: "text", value: " cộng" },
      { type: "break" },
      { type: "text", value: "dòng hai" },
    ]);
  });

  it("reports a row with more cells than the header as an error at its line, instead of dropping the extra cell", () => {
    const { problems } = md("Đoạn.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |");
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", code: "TABLE_INVALID", line: 6 }),
    ]);
    expect(problems[0].message).toMatch(/3 ô, nhiều hơn 2 cột/);
  });

  it("fills a short row with empty cells", () => {
    const t = tableOf(md("| A | B |\n|---|---|\n| 1 |").blocks);
    expect(t.rows[1].cells.map(text)).toEqual(["1", ""]);
  });

  it("keeps an escaped pipe inside its cell", () => {
    const { blocks, problems } = md("| A | B |\n|---|---|\n| a \\| b | c |");
    expect(problems).toEqual([]);
    expect(tableOf(blocks).rows[1].cells.map(text)).toEqual(["a | b", "c"]);
  });

  it("stays text when the profile has no data table layout", () => {
    const { blocks } = markdownOf(SOURCE, {
      body: STYLES.body,
      footnote: STYLES.footnote,
      headings: STYLES.headings,
    });
    expect(blocks.every((b) => b.type === "paragraph")).toBe(true);
  });
});

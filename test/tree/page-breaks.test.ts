/**
 * `[ngắt trang]` alone in a paragraph → a page break block; one that would only leave an empty
 * page (at the very end, or right after another) is dropped with a warning at its line.
 */
import { markdownOf } from "../support/reported";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const md = (source: string) =>
  markdownOf(source, { body: dang.body_style, footnote: dang.footnote_style, headings: dang.headings });
const types = (source: string) => md(source).blocks.map((b) => b.type);

describe("a page break in the body", () => {
  it("is a pageBreak block between the paragraphs around it", () => {
    expect(types("Trước.\n\n[ngắt trang]\n\nSau.")).toEqual(["paragraph", "pageBreak", "paragraph"]);
    expect(md("Trước.\n\n[ngắt trang]\n\nSau.").problems).toEqual([]);
  });

  it("is recognised in any case and with spaces around it", () => {
    expect(types("Trước.\n\n  [Ngắt Trang]  \n\nSau.")).toEqual(["paragraph", "pageBreak", "paragraph"]);
  });

  it("stays text inside a sentence or a heading", () => {
    expect(types("Xem [ngắt trang] ở đây.\n\n## [ngắt trang]\n\nSau.")).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });

  it("is dropped at the very end, with a warning at its line", () => {
    const { blocks, problems } = md("Một.\n\nHai.\n\n[ngắt trang]\n");
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: "warning", code: "MARKDOWN_UNSUPPORTED", line: 5 }),
    ]);
    expect(problems[0].message).toMatch(/ở cuối nội dung đã được bỏ qua/);
  });

  it("is dropped right after another one, with a warning", () => {
    const { blocks, problems } = md("Một.\n\n[ngắt trang]\n\n[ngắt trang]\n\nHai.");
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "pageBreak", "paragraph"]);
    expect(problems).toEqual([expect.objectContaining({ severity: "warning", line: 5 })]);
  });

  it("warns through the engine at the YAML line of the dropped break", () => {
    const source = CONG_VAN.replace(
      "noi_dung: |\n  Đoạn thứ nhất.\n",
      "noi_dung: |\n  Đoạn thứ nhất.\n\n  [ngắt trang]\n",
    );
    const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
    expect(outcome.tree).toBeDefined();
    const d = outcome.diagnostics.find((x) => x.code === "MARKDOWN_UNSUPPORTED")!;
    expect(d).toMatchObject({ severity: "warning", path: "noi_dung" });
    expect(source.split("\n")[d.line! - 1]).toBe("  [ngắt trang]");
  });
});

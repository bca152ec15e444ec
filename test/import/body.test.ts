import { blocksToMarkdown } from "../../src/import/body";
import { markdownOf } from "../support/reported";
import type { Block, Inline } from "../../src/tree/types";
import { note, para, table, text } from "../support/read-nodes";

const HEADINGS = ["muc-1", "muc-2", "muc-3", "muc-4", "muc-5", "dieu"];
const options = { headings: HEADINGS, caption: "bang-tieu-de", foreign: false };
const STYLES = {
  body: "noi-dung",
  footnote: "chu-thich",
  headings: HEADINGS,
  table: { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" },
};

/** Markdown → the blocks vanthu renders, as JSON-comparable text. */
const readBack = (markdown: string) => {
  const result = markdownOf(markdown, STYLES);
  expect(result.problems).toEqual([]);
  return result.blocks;
};
const textOf = (inlines: Inline[]): string =>
  inlines.map((i) => (i.type === "text" ? i.value : i.type === "break" ? "\n" : "")).join("");

describe("body blocks become the Markdown vanthu reads", () => {
  it("writes headings at their level with the number as printed, and body paragraphs", () => {
    const { markdown } = blocksToMarkdown(
      [para("I. MỤC ĐÍCH, YÊU CẦU", "muc-2"), para("1. Mục đích", "muc-3"), para("Tiếp tục quán triệt.")],
      options,
    );
    expect(markdown).toBe("## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\nTiếp tục quán triệt.");
  });

  it("keeps bold and italic runs, with white space outside the delimiters", () => {
    const { markdown } = blocksToMarkdown(
      [para([text("Điều 1.", "bold"), text(" Thành lập "), text("Tổ công tác ", "italic"), text("ngay.")])],
      options,
    );
    expect(markdown).toBe("**Điều 1.** Thành lập *Tổ công tác* ngay.");
    const [p] = readBack(markdown) as Extract<Block, { type: "paragraph" }>[];
    expect(p.children).toEqual([
      { type: "text", value: "Điều 1.", marks: ["bold"] },
      { type: "text", value: " Thành lập " },
      { type: "text", value: "Tổ công tác", marks: ["italic"] },
      { type: "text", value: " ngay." },
    ]);
  });

  it("nests bold and italic that overlap", () => {
    const { markdown } = blocksToMarkdown(
      [para([text("Chú ý: ", "bold"), text("rất quan trọng", "bold", "italic"), text(" ở đây.")])],
      options,
    );
    const [p] = readBack(markdown) as Extract<Block, { type: "paragraph" }>[];
    expect(p.children).toEqual([
      { type: "text", value: "Chú ý:", marks: ["bold"] },
      { type: "text", value: " " },
      { type: "text", value: "rất quan trọng", marks: ["bold", "italic"] },
      { type: "text", value: " ở đây." },
    ]);
  });

  it("escapes what would be read as markup, so the text comes back exactly", () => {
    const typed = "# 5*3 = 15_x \\ [ngắt trang] [^1] ^[a] | b | ``` ~~~";
    const { markdown } = blocksToMarkdown([para(typed)], options);
    const [p] = readBack(markdown) as Extract<Block, { type: "paragraph" }>[];
    expect(p.type).toBe("paragraph");
    expect(textOf(p.children)).toBe(typed);
    const { markdown: alone } = blocksToMarkdown([para("[ngắt trang]")], options);
    expect(readBack(alone)).toEqual([
      { type: "paragraph", style: "noi-dung", children: [{ type: "text", value: "[ngắt trang]" }] },
    ]);
  });

  it("writes line breaks, page breaks and footnotes", () => {
    const { markdown } = blocksToMarkdown(
      [
        para([text("dòng một"), { type: "break" }, text("# dòng hai")]),
        { type: "pageBreak" },
        para([
          text("Nghị quyết"),
          note(para("Số 25-NQ/TW, ngày 03/6/2013.", "chu-thich")),
          text(" về dân vận."),
        ]),
      ],
      options,
    );
    expect(markdown).toBe(
      "dòng một\\\n\\# dòng hai\n\n[ngắt trang]\n\nNghị quyết[^1] về dân vận.\n\n[^1]: Số 25-NQ/TW, ngày 03/6/2013.",
    );
    const blocks = readBack(markdown);
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "pageBreak", "paragraph"]);
  });

  it("writes an auto-numbered paragraph with its number as printed", () => {
    const numbered = para("Mục đích", "noi-dung", {
      numbering: { label: "a)", format: "lowerLetter", level: 0, list: "1", suffix: "tab" },
    });
    expect(blocksToMarkdown([numbered], options).markdown).toBe("a) Mục đích");
  });

  it("writes a plain table as a Markdown table and a merged one as a bang block", () => {
    const plain = blocksToMarkdown(
      [
        table([
          ["Tổ chức", "Số"],
          ["Chi bộ | 1", "12"],
        ]),
      ],
      options,
    ).markdown;
    expect(plain).toBe("| Tổ chức | Số |\n|---|---|\n| Chi bộ \\| 1 | 12 |");
    const merged = blocksToMarkdown(
      [
        para("Bảng 1: Kết quả", "bang-tieu-de"),
        table(
          [
            ["STT", "Đơn vị", "Kết quả"],
            ["1", "Chi bộ 1", "1.230"],
            ["Tổng, cộng", "1.230"],
          ],
          1,
          [[2, 0, 2, 1]],
        ),
      ],
      options,
    ).markdown;
    const blocks = readBack(merged);
    expect(blocks[0]).toMatchObject({ style: "bang-tieu-de", children: [{ value: "Bảng 1: Kết quả" }] });
    expect(blocks[1]).toMatchObject({ type: "dataTable", headerRows: 1 });
    const rows = (blocks[1] as Extract<Block, { type: "dataTable" }>).rows;
    expect(rows[2].cells[0]).toMatchObject({ colSpan: 2 });
    expect(
      rows.map((r) => r.cells.map((c) => textOf((c.children[0] as { children: Inline[] }).children))),
    ).toEqual([
      ["STT", "Đơn vị", "Kết quả"],
      ["1", "Chi bộ 1", "1.230"],
      ["Tổng, cộng", "1.230"],
    ]);
  });
});

/**
 * A page break in the .docx: the block after it starts a new page by itself (pageBreakBefore on
 * its first paragraph), so no empty paragraph is left at the top or bottom of a page.
 */
import { CONG_VAN, renderText, rendered } from "../support/samples";

const withBody = (body: string) =>
  CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", `noi_dung: |\n${body.replace(/^/gm, "  ")}\n`);

describe("a page break in the .docx", () => {
  it("starts the next paragraph on a new page, and only that one", async () => {
    const { read } = await renderText(withBody("Trước.\n\n[ngắt trang]\n\nSau.\n\nNữa./."));
    const byText = (t: string) => read!.paragraphs.find((p) => p.text === t)!;
    expect(byText("Sau.").pageBreakBefore).toBe(true);
    expect(byText("Trước.").pageBreakBefore).toBeUndefined();
    expect(byText("Nữa./.").pageBreakBefore).toBeUndefined();
  });

  it("leaves no paragraph of its own and no page-break character", async () => {
    const { read } = await renderText(withBody("Trước.\n\n[ngắt trang]\n\nSau./."));
    expect(read!.xml("word/document.xml")).not.toContain('w:type="page"');
    const body = read!.paragraphs.filter((p) => p.table === undefined && p.style === "noi-dung");
    expect(body.map((p) => p.text)).toEqual(["Trước.", "Sau./."]);
  });

  it("puts a table after it on the new page through its first cell", async () => {
    const { read } = await renderText(
      withBody("Trước.\n\n[ngắt trang]\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nSau."),
    );
    const t = read!.tables.findIndex((x) => x.borders.top === "single");
    const cells = read!.paragraphs.filter((p) => p.table === t);
    expect(cells[0].pageBreakBefore).toBe(true);
    expect(cells.slice(1).some((p) => p.pageBreakBefore)).toBe(false);
  });

  it("starts Phần thứ hai of the sample on a new page", async () => {
    const { docx } = await rendered("010-bao-cao-co-bang-phu-luc");
    expect(docx.paragraphs.find((p) => p.text === "Phần thứ hai")!.pageBreakBefore).toBe(true);
    expect(docx.paragraphs.filter((p) => p.pageBreakBefore)).toHaveLength(1);
  });
});

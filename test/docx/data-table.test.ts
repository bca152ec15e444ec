/**
 * Data tables in the .docx, read back from word/document.xml and styles.xml: a fixed grid that
 * fills the text width exactly, single thin borders, a header row repeated on each page, rows
 * that never split, merged cells as grid spans and vertical merges, and each column's
 * alignment. Every size is the profile's (`tables.bang`, styles bang-dau, bang-o, bang-tieu-de).
 */
import { eighthsFromPt, twipFromMm } from "../../src/docx/units";
import { CONG_VAN, engine, renderText, rendered } from "../support/samples";

const profile = engine.resources.profiles.get("dang")!;
const layout = profile.tables.bang;
const TEXT_WIDTH = twipFromMm(210) - twipFromMm(30) - twipFromMm(15);
const SAMPLE = "010-bao-cao-co-bang-phu-luc";
const withBody = (body: string) =>
  CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", `noi_dung: |\n${body.replace(/^/gm, "  ")}\n`);

/** The data tables of a read-back document: those with borders. */
const dataTables = (docx: Awaited<ReturnType<typeof rendered>>["docx"]) =>
  docx.tables.map((t, i) => ({ ...t, index: i })).filter((t) => t.borders.top === "single");

describe("a data table in the .docx", () => {
  it("is a fixed grid exactly as wide as the text, inside the margins", async () => {
    const { docx } = await rendered(SAMPLE);
    const tables = dataTables(docx);
    expect(tables.length).toBe(4);
    for (const t of tables) {
      expect(t.layout).toBe("fixed");
      expect(t.width).toBe(TEXT_WIDTH);
      expect(t.grid.reduce((a, b) => a + b)).toBe(TEXT_WIDTH);
      expect(t.grid.every((w) => w > 0)).toBe(true);
    }
  });

  it("draws single borders of the profile's thickness, outside and inside", async () => {
    const { docx } = await rendered(SAMPLE);
    const [t] = dataTables(docx);
    expect(t.borders).toEqual({
      top: "single",
      left: "single",
      bottom: "single",
      right: "single",
      insideH: "single",
      insideV: "single",
    });
    const xml = docx.xml("word/document.xml")!;
    expect(xml).toContain(
      `<w:insideH w:val="single" w:color="000000" w:sz="${eighthsFromPt(layout.borders!)}"/>`,
    );
  });

  it("repeats its header row on every page and never splits a row", async () => {
    const { docx } = await rendered(SAMPLE);
    const [markdown, bang] = dataTables(docx);
    expect(markdown.header).toEqual([true, false, false, false, false]);
    expect(bang.header).toEqual([true, true, false, false, false, false, false]);
    expect([...markdown.cantSplit, ...bang.cantSplit].every(Boolean)).toBe(true);
  });

  it("sets the header bold and centred, the cells at 13 pt, as the profile says", async () => {
    const { docx } = await rendered(SAMPLE);
    const [t] = dataTables(docx);
    const header = docx.paragraphs.filter((p) => p.table === t.index && p.row === 0);
    expect(header.every((p) => p.style === layout.header_style)).toBe(true);
    expect(docx.style(layout.header_style!)).toMatchObject({ bold: true, jc: "center", size: 13 });
    expect(docx.style(layout.cell_style!)).toMatchObject({ size: 13 });
  });

  it("right-aligns the columns of numbers and leaves the text column to its style", async () => {
    const { docx } = await rendered(SAMPLE);
    const [t] = dataTables(docx);
    const row = docx.paragraphs.filter((p) => p.table === t.index && p.row === 1);
    expect(row.map((p) => [p.text, p.jc])).toEqual([
      ["Công đoàn cơ sở", "left"],
      ["12.450", "right"],
      ["12.812", "right"],
      ["98,6%", "right"],
    ]);
  });

  it("merges cells across columns with a grid span and down rows with a vertical merge", async () => {
    const { docx } = await rendered(SAMPLE);
    const bang = dataTables(docx)[1];
    expect(bang.spans[0].map((c) => [c.gridSpan, c.vMerge])).toEqual([
      [1, "restart"],
      [1, "restart"],
      [2, undefined],
      [1, "restart"],
    ]);
    expect(bang.spans[1].map((c) => [c.gridSpan, c.vMerge])).toEqual([
      [1, "continue"],
      [1, "continue"],
      [1, undefined],
      [1, undefined],
      [1, "continue"],
    ]);
    const total = bang.spans.at(-1)!;
    expect(total[0]).toMatchObject({ gridSpan: 2, width: bang.grid[0] + bang.grid[1] });
  });

  it("gives a column with a width in percent that share of the table", async () => {
    const { docx } = await rendered(SAMPLE);
    const bang = dataTables(docx)[1];
    expect(bang.grid[0] / TEXT_WIDTH).toBeCloseTo(0.08, 2);
    expect(bang.grid[1] / TEXT_WIDTH).toBeCloseTo(0.4, 2);
  });

  it("keeps the caption with the table", async () => {
    const { docx } = await rendered(SAMPLE);
    const caption = docx.paragraphs.find((p) => p.style === layout.caption_style)!;
    expect(caption.text).toMatch(/^Bảng 1: /);
    expect(caption.keepNext).toBe(true);
  });

  it("sizes columns by their content: a short column of numbers is narrower than a long text column", async () => {
    const { read } = await renderText(
      withBody(
        "| STT | Nội dung | Số |\n|---|---|---|\n| 1 | Tổ chức cơ sở đảng có mô hình “Dân vận khéo” được công nhận | 92 |",
      ),
    );
    const t = read!.tables.find((x) => x.borders.top === "single")!;
    expect(t.grid[1]).toBeGreaterThan(t.grid[0] * 3);
    expect(t.grid[1]).toBeGreaterThan(t.grid[2] * 3);
  });

  it("never overflows the text width, however long the content", async () => {
    const long = "rất dài ".repeat(60).trim();
    const { read } = await renderText(
      withBody(`| A | B | C |\n|---|---|---|\n| ${long} | ${long} | ${long} |`),
    );
    const t = read!.tables.find((x) => x.borders.top === "single")!;
    expect(t.grid.reduce((a, b) => a + b)).toBe(TEXT_WIDTH);
    expect(Math.max(...t.grid) - Math.min(...t.grid)).toBeLessThan(TEXT_WIDTH / 10);
  });
});

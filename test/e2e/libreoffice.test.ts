/**
 * End to end through a real word processor: LibreOffice converts every Party sample to PDF (one
 * soffice call for all of them), and poppler reads the pages back. This checks what no XML
 * read-back can: the page size as printed, the fonts really used (Liberation Serif, the metric
 * twin of Times New Roman, with no fallback font for Vietnamese letters), the text as laid out,
 * the page number from page 2 on, and the title's rule as long as the title.
 *
 * Needs soffice, poppler-utils and fonts-liberation2 (.ci/run installs them). Without soffice
 * the suite is skipped locally, with a warning, and fails in CI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnWidths } from "../../src/docx/columns";
import { prepareProfile } from "../../src/docx/prepared";
import type { LayoutTable, Paragraph, Root } from "../../src/tree/types";
import { EXIT, SKIP, visit } from "../../src/tree/visit";
import {
  findLine,
  hasSoffice,
  longestDarkRun,
  textIn,
  toPdf,
  tool as runTool,
  words as pageWords,
  type Word,
} from "../support/pdf";
import { readDocx } from "../support/docx-reader";
import { longPartyNameCases, sampleCases, type PageCase } from "../support/page-cases";
import { engine, laidOut, TODAY } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the LibreOffice end-to-end tests are skipped");

const PT_PER_MM = 72 / 25.4;
/** Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman Bold 15 pt, as LibreOffice lays it out. */
const TITLE_WIDTH = 206.4;

const treeOf = ({ source, file }: PageCase) => engine.toTree(source, file, { today: TODAY }).tree;
/** The Party samples, and sample 030 under other long and broken Party names. */
const PARTY = [...sampleCases().filter((c) => treeOf(c)?.profile === "dang"), ...longPartyNameCases()];
const docxOf = async ({ source, file }: PageCase) => {
  const outcome = await engine.render(source, file, { today: TODAY });
  if (!outcome.docx) throw new Error(`${file} did not render: ${JSON.stringify(outcome.diagnostics)}`);
  return outcome.docx;
};

/** The text of the first paragraph in `style`, anywhere in the tree (breaks as spaces). */
function textOf(tree: Root, style: string): string {
  let found: Paragraph | undefined;
  visit(tree, { paragraph: (p) => (p.style === style ? ((found = p), EXIT) : SKIP) });
  return found?.children.map((c) => (c.type === "text" ? c.value : " ")).join("") ?? "";
}

/** The paragraphs of a layout table, row by row. */
const paragraphsIn = (table: LayoutTable): Paragraph[] =>
  table.rows.flatMap((r) =>
    r.cells.flatMap((c) => c.children.filter((b): b is Paragraph => b.type === "paragraph")),
  );

/**
 * The header table as laid out, the width of its left column (twips) and the left margin (pt):
 * the header's two columns share lines, so each is read apart by x position.
 */
function headerOf(tree: Root) {
  const laid = laidOut(tree);
  const header = laid.sections[0].children.find(
    (b): b is LayoutTable => b.type === "layoutTable" && b.layout === "dau",
  )!;
  const profile = engine.resources.profiles.get(tree.profile)!;
  const width = prepareProfile(profile).textWidth;
  const [left] = columnWidths(profile, "dau", width, header.widths)!;
  return { laid, header, width, left, x0: profile.page.margins.left * PT_PER_MM };
}
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
/** A poppler tool's output; each distinct call runs once (the PDFs do not change). */
const outputs = new Map<string, string>();
const tool = (cmd: string, ...args: string[]) => {
  const key = [cmd, ...args].join("\0");
  if (!outputs.has(key)) outputs.set(key, runTool(cmd, ...args));
  return outputs.get(key)!;
};
const wordCache = new Map<string, Word[]>();
const words = (pdf: string, page: number): Word[] =>
  wordCache.get(`${pdf}:${page}`) ??
  wordCache.set(`${pdf}:${page}`, pageWords(pdf, page)).get(`${pdf}:${page}`)!;

let dir: string;
const pdfOf = (c: PageCase) => join(dir, "pdf", `${c.name.replace(/\//g, "__")}.pdf`);

(hasSoffice || process.env.CI ? describe : describe.skip)("the Party samples printed by LibreOffice", () => {
  beforeAll(async () => {
    if (!hasSoffice)
      throw new Error(
        "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2",
      );
    dir = mkdtempSync(join(tmpdir(), "vanthu-lo-"));
    mkdirSync(join(dir, "docx"));
    const inputs: string[] = [];
    for (const c of PARTY) {
      const path = join(dir, "docx", `${c.name.replace(/\//g, "__")}.docx`);
      writeFileSync(path, await docxOf(c));
      inputs.push(path);
    }
    mkdirSync(join(dir, "pdf"));
    toPdf(inputs, join(dir, "pdf"));
  }, 200000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("has Party samples to print", () => {
    expect(PARTY.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(PARTY.map((c) => [c.name, c]))("%s", (_name, file) => {
    const tree = treeOf(file)!;

    it("is printed on A4 portrait pages", () => {
      const info = tool("pdfinfo", pdfOf(file));
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Math.abs(+size[1] - 595.3)).toBeLessThan(0.5);
      expect(Math.abs(+size[2] - 841.9)).toBeLessThan(0.5);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(1);
    });

    it("uses Liberation Serif only, so no Vietnamese letter fell back to another font", () => {
      const rows = tool("pdffonts", pdfOf(file))
        .split("\n")
        .slice(2)
        .filter((l) => l.trim());
      const names = rows.map((l) => l.split(/\s+/)[0]);
      expect(names.length).toBeGreaterThan(0);
      expect(
        names.filter((n) => !/^([A-Z]{6}\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?$/.test(n)),
      ).toEqual([]);
    });

    it("shows the header lines, each in its column, and the signer's name", () => {
      // The header's columns share lines, and a long name is broken over several (the "-ten-dai"
      // samples): each column is read apart, by x position, where the layout pass put it.
      const { laid, width, left, x0 } = headerOf(tree);
      const split = x0 + left / 20;
      const page = words(pdfOf(file), 1);
      const columns = [squash(textIn(page, x0, split)), squash(textIn(page, split, x0 + width / 20))];
      const expected: [number, string][] = [
        [0, textOf(laid, "co-quan")],
        [0, textOf(laid, "so")],
        [1, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        [1, textOf(laid, "ngay")],
      ];
      expect(expected.every(([, e]) => e.length > 0)).toBe(true);
      for (const [c, line] of expected)
        expect([c, columns[c]]).toEqual([c, expect.stringContaining(squash(line))]);
      expect(squash(tool("pdftotext", pdfOf(file), "-"))).toContain(squash(textOf(laid, "ho-ten")));
    });

    it("sets the star under the agency name, centred on the name's lines", () => {
      const { header, left, x0 } = headerOf(tree);
      const column = words(pdfOf(file), 1).filter((w) => w.xMax <= x0 + left / 20 + 1);
      const star = column.find((w) => w.text === "*")!;
      expect(star).toBeDefined();
      // The line just above the star is the name's last line, as the layout pass broke it.
      // Boxes of neighbouring lines overlap (a box is the font's height): lines are told apart by their bottoms.
      const above = column.filter((w) => w.yMax < star.yMax - 4);
      const y = Math.max(...above.map((w) => w.yMax));
      const line = above.filter((w) => Math.abs(w.yMax - y) < 2).sort((a, b) => a.xMin - b.xMin);
      const names = paragraphsIn(header).filter((p) => p.style === "co-quan");
      const lastLine = names
        .at(-1)!
        .children.map((c) => (c.type === "text" ? c.value : "\n"))
        .join("");
      expect(squash(line.map((w) => w.text).join(" "))).toBe(squash(lastLine.split("\n").at(-1)!));
      expect(star.yMax - y).toBeLessThan(20);
      // Centred under that line, at the centre of the column.
      const centre = (star.xMin + star.xMax) / 2;
      expect(Math.abs(centre - (line[0].xMin + line.at(-1)!.xMax) / 2)).toBeLessThanOrEqual(2);
      expect(Math.abs(centre - (x0 + left / 40))).toBeLessThanOrEqual(2);
    });

    it("numbers the pages from page 2 on, at the top", async () => {
      const sections = readDocx(await docxOf(file)).sections.length;
      const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", pdfOf(file)))![1]);
      const firstLine = (page: number) =>
        tool("pdftotext", "-f", String(page), "-l", String(page), "-layout", pdfOf(file), "-")
          .split("\n")
          .map((l) => l.trim())
          .find((l) => l !== "");
      expect(firstLine(1)).not.toMatch(/^\d+$/);
      // Nothing is printed above the top margin (20 mm) of page 1; page 2 has its number there, centred on
      // the text width.
      const TOP = (20 / 25.4) * 72;
      expect(words(pdfOf(file), 1).filter((w) => w.yMax < TOP)).toEqual([]);
      // A document of several sections (an appendix, an enclosed document) restarts its numbering
      // and leaves each section's first page unnumbered: there, each page shows a number or nothing.
      if (sections > 1) {
        for (let page = 2; page <= pages; page++)
          expect(
            words(pdfOf(file), page)
              .filter((w) => w.yMax < TOP)
              .map((w) => w.text)
              .join(" "),
          ).toMatch(/^(\d+)?$/);
      } else if (pages >= 2) {
        expect(firstLine(2)).toBe("2");
        const header = words(pdfOf(file), 2).filter((w) => w.yMax < TOP);
        expect(header.map((w) => w.text)).toEqual(["2"]);
        const textCentre = ((30 + (210 - 15)) / 2 / 25.4) * 72;
        expect(Math.abs((header[0].xMin + header[0].xMax) / 2 - textCentre)).toBeLessThanOrEqual(2);
      }
      if (sections === 1 && pages >= 3) expect(firstLine(3)).toBe("3");
    });

    it("sets ĐẢNG CỘNG SẢN VIỆT NAM 206.4 pt wide, with a rule under it as long as the title", () => {
      const title = findLine(words(pdfOf(file), 1), "ĐẢNG CỘNG SẢN VIỆT NAM")!;
      expect(title).toBeDefined();
      expect(Math.abs(title.xMax - title.xMin - TITLE_WIDTH)).toBeLessThanOrEqual(2);
      // The rule lies between the title and the date line below it.
      const region = {
        xMin: title.xMin - 20,
        yMin: title.yMax - 1,
        xMax: title.xMax + 20,
        yMax: title.yMax + 11,
      };
      const [ruleX, ruleLength] = longestDarkRun(pdfOf(file), 1, region, dir);
      expect(Math.abs(ruleLength - (title.xMax - title.xMin))).toBeLessThanOrEqual(3);
      expect(Math.abs(ruleX - title.xMin)).toBeLessThanOrEqual(2);
    });
  });

  it("has at least one sample long enough to show a page number", () => {
    const pages = PARTY.map((f) => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", pdfOf(f)))![1]));
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(2);
  });
});

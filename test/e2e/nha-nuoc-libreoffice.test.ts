/**
 * The state samples (data/nha-nuoc/) printed by LibreOffice and read back from the PDF with
 * poppler: the page, the fonts really used, the quốc hiệu on one line, số and date on one line,
 * the page number from page 2 in the top margin, and the drawn rules measured in pixels against
 * the printed text: under the tiêu ngữ as long as it, under the cơ quan and the trích yếu 1/3 to
 * 1/2 of their longest line, centred under it (NĐ 30/2020 Phụ lục I II.1, II.2, II.5).
 *
 * Needs soffice, poppler-utils and fonts-liberation2 (.ci/run installs them). Without soffice
 * the suite is skipped locally, with a warning, and fails in CI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import {
  findLine,
  hasSoffice,
  longestDarkRun,
  pageCount,
  toPdf,
  tool,
  words,
  type Box,
} from "../support/pdf";
import { laidOut, rendered, ROOT, sampleFiles, sampleName } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the state samples' LibreOffice tests are skipped");

const STATE = sampleFiles(join(ROOT, "data/nha-nuoc"));
const PT_PER_MM = 72 / 25.4;
/** The state profile's page: A4, margins top 25, left 35, right 20 mm. */
const TOP = 25 * PT_PER_MM;
const TEXT_CENTRE = ((35 + (210 - 20)) / 2) * PT_PER_MM;

/** The lines of every paragraph in `style`, anywhere in the tree. */
function linesOf(tree: Root, style: string): string[][] {
  const out: string[][] = [];
  visit(tree, {
    paragraph: (p) => {
      if (p.style === style)
        out.push(
          p.children
            .map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : ""))
            .join("")
            .split("\n"),
        );
      return SKIP;
    },
  });
  return out;
}

let dir: string;
const pdfs = new Map<string, string>();

(hasSoffice || process.env.CI ? describe : describe.skip)("the state samples printed by LibreOffice", () => {
  beforeAll(async () => {
    if (!hasSoffice)
      throw new Error(
        "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2",
      );
    dir = mkdtempSync(join(tmpdir(), "vanthu-lo-nn-"));
    mkdirSync(join(dir, "docx"));
    const inputs: string[] = [];
    for (const file of STATE) {
      const path = join(dir, "docx", `${sampleName(file).replace(/\//g, "__")}.docx`);
      writeFileSync(path, (await rendered(file)).bytes);
      inputs.push(path);
    }
    toPdf(inputs, join(dir, "pdf")).forEach((pdf, i) => pdfs.set(STATE[i], pdf));
  }, 200000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("has the seven state samples to print", () => {
    expect(STATE.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(STATE.map((f) => [sampleName(f), f]))("%s", (name, file) => {
    // The tree as written: after the layout pass, so a name or trích yếu broken over lines (the
    // "-ten-dai" samples) is read line by line, and its rule measured against its longest line.
    const tree = async () => laidOut((await rendered(file)).tree as Root);
    /** The printed box of the (first) paragraph in `style`, line by line. */
    const printed = async (style: string) => {
      const ws = words(pdfs.get(file)!, 1);
      const lines = linesOf(await tree(), style)[0] ?? [];
      let from = 0;
      return lines.map((line) => {
        const box = findLine(ws, line, from);
        if (!box) throw new Error(`"${line}" (${style}) is not on page 1`);
        from = box.index + 1;
        return box;
      });
    };
    /** The drawn rule just under `box`, within [left, right]: its start and length. */
    const ruleUnder = (box: Box, left: number, right: number) =>
      longestDarkRun(
        pdfs.get(file)!,
        1,
        { xMin: left, xMax: right, yMin: box.yMax - 1, yMax: box.yMax + 10 },
        dir,
      );

    it("is printed on A4 portrait pages in Liberation Serif only", () => {
      const info = tool("pdfinfo", pdfs.get(file)!);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Math.abs(+size[1] - 595.3)).toBeLessThan(0.5);
      expect(Math.abs(+size[2] - 841.9)).toBeLessThan(0.5);
      const names = tool("pdffonts", pdfs.get(file)!)
        .split("\n")
        .slice(2)
        .filter((l) => l.trim())
        .map((l) => l.split(/\s+/)[0]);
      expect(
        names.filter((n) => !/^([A-Z]{6}\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?$/.test(n)),
      ).toEqual([]);
    });

    it("prints the quốc hiệu on one line and the số and the date on one line", async () => {
      const [qh] = await printed("quoc-hieu");
      expect(qh.yMax - qh.yMin).toBeLessThan(20);
      const [so] = await printed("so");
      const [ngay] = await printed("ngay");
      expect(Math.abs(so.yMax - ngay.yMax)).toBeLessThanOrEqual(1);
      expect(so.xMax).toBeLessThan(ngay.xMin);
    });

    it("draws the rule under the tiêu ngữ as long as the tiêu ngữ", async () => {
      const [tn] = await printed("tieu-ngu");
      const [x, length] = ruleUnder(tn, tn.xMin - 30, tn.xMax + 30);
      expect(Math.abs(length - (tn.xMax - tn.xMin))).toBeLessThanOrEqual(3);
      expect(Math.abs(x - tn.xMin)).toBeLessThanOrEqual(2);
    });

    it("draws the rule under the cơ quan 1/3–1/2 as long as its longest line, centred under it", async () => {
      const lines = await printed("co-quan");
      const longest = Math.max(...lines.map((b) => b.xMax - b.xMin));
      const last = lines.at(-1)!;
      const centre = (last.xMin + last.xMax) / 2;
      const [x, length] = ruleUnder(last, centre - longest, centre + longest);
      expect(length / longest).toBeGreaterThanOrEqual(1 / 3 - 0.02);
      expect(length / longest).toBeLessThanOrEqual(1 / 2 + 0.02);
      expect(Math.abs(x + length / 2 - centre)).toBeLessThanOrEqual(2);
    });

    it("draws the rule under the trích yếu 1/3–1/2 as long as its longest line, centred (a công văn has none)", async () => {
      if ((await tree()).kind === "cong-van") {
        expect(linesOf(await tree(), "trich-yeu")).toEqual([]);
        return;
      }
      const lines = await printed("trich-yeu");
      const longest = Math.max(...lines.map((b) => b.xMax - b.xMin));
      const last = lines.at(-1)!;
      const centre = (last.xMin + last.xMax) / 2;
      expect(Math.abs(centre - TEXT_CENTRE)).toBeLessThanOrEqual(2);
      const [x, length] = ruleUnder(last, centre - longest, centre + longest);
      expect(length / longest).toBeGreaterThanOrEqual(1 / 3 - 0.02);
      expect(length / longest).toBeLessThanOrEqual(1 / 2 + 0.02);
      expect(Math.abs(x + length / 2 - centre)).toBeLessThanOrEqual(2);
    });

    it("numbers the pages from page 2 on, centred in the top margin", () => {
      const pdf = pdfs.get(file)!;
      expect(words(pdf, 1).filter((w) => w.yMax < TOP)).toEqual([]);
      const pages = pageCount(pdf);
      for (let page = 2; page <= pages; page++) {
        const header = words(pdf, page).filter((w) => w.yMax < TOP);
        expect(header.map((w) => w.text)).toEqual([String(page)]);
        expect(Math.abs((header[0].xMin + header[0].xMax) / 2 - TEXT_CENTRE)).toBeLessThanOrEqual(2);
      }
    });
  });

  it("has at least one sample long enough to show a page number", () => {
    expect(Math.max(...STATE.map((f) => pageCount(pdfs.get(f)!)))).toBeGreaterThanOrEqual(2);
  });
});

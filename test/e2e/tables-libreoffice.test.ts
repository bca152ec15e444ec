/**
 * Tables, page breaks, phụ lục and headings as LibreOffice prints them (PDF read back with
 * poppler): what the XML alone cannot show. The sample data/010 must keep every word inside the
 * margins, repeat its long table's header row on the next page, start Phần thứ hai on a new
 * page, and number each phụ lục's pages from 1 with no number on its first page. A heading near
 * the foot of a page must move to the next page with its paragraph, wherever it falls.
 *
 * Needs soffice, poppler-utils and fonts-liberation2; skipped locally without soffice, fails in CI.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findLine, hasSoffice, pageCount, toPdf, words, type Word } from "../support/pdf";
import { CONG_VAN, renderText, rendered } from "../support/samples";

const MM = 72 / 25.4;
const PAGE_WIDTH = 595.3;
const LEFT = 30 * MM;
const RIGHT = PAGE_WIDTH - 15 * MM;
const HEADING = "2. TIÊU ĐỀ MỤC GẦN CUỐI TRANG";
const FOLLOWING = "Đoạn ngay sau tiêu";
const FILLER =
  "Đoạn văn dài để lấp trang, nội dung công tác dân vận được triển khai sâu rộng tới các cơ sở đảng trực thuộc trong toàn Đảng bộ.";

/** A công văn whose heading lands lower on page 1 as `lines` grows, until it crosses to page 2. */
function headingNearFoot(lines: number, table: boolean): string {
  const parts = [...Array<string>(table ? 10 : 12).fill(FILLER), ...Array<string>(lines).fill("Một dòng.")];
  if (table)
    parts.push("| Tổ chức | Số lượng |\n|--|--:|\n| Chi bộ 1 | 3 |\n| Chi bộ 2 | 6 |\n| Chi bộ 3 | 9 |");
  parts.push(
    `### ${HEADING}`,
    `${FOLLOWING} đề, dài ba dòng để kiểm tra việc giữ cùng trang với tiêu đề của nó, ${FILLER}`,
    FILLER,
    FILLER,
    FILLER,
  );
  const body = parts.join("\n\n").replace(/^/gm, "  ");
  return CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", `noi_dung: |\n${body}\n`);
}
const SWEEP = [false, true].flatMap((table) =>
  [0, 1, 2, 3, 4, 5].map((lines) => ({
    name: `${table ? "table" : "text"}-${lines}`,
    source: headingNearFoot(lines, table),
  })),
);

let dir: string;
let sample: string;
const sweepPdf = new Map<string, string>();

/** Words of every page of `pdf`, page 1 first. */
const pages = (pdf: string): Word[][] => Array.from({ length: pageCount(pdf) }, (_, i) => words(pdf, i + 1));
/** The number printed at the top of a page (the header), if any: a lone number above the margin. */
const pageNumberOf = (ws: Word[]) => ws.find((w) => w.yMax < 20 * MM && /^\d+$/.test(w.text))?.text;
const pageOf = (all: Word[][], line: string) => all.findIndex((ws) => findLine(ws, line) !== undefined);

(hasSoffice || process.env.CI ? describe : describe.skip)(
  "tables, page breaks and phụ lục printed by LibreOffice",
  () => {
    beforeAll(async () => {
      if (!hasSoffice)
        throw new Error(
          "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2",
        );
      dir = mkdtempSync(join(tmpdir(), "vanthu-tables-"));
      const inputs = [join(dir, "sample.docx")];
      writeFileSync(inputs[0], (await rendered("010-bao-cao-co-bang-phu-luc")).bytes);
      for (const s of SWEEP) {
        const { docx } = await renderText(s.source);
        const path = join(dir, `${s.name}.docx`);
        writeFileSync(path, docx!);
        inputs.push(path);
      }
      const pdfs = toPdf(inputs, dir);
      sample = pdfs[0];
      SWEEP.forEach((s, i) => sweepPdf.set(s.name, pdfs[i + 1]));
    }, 200000);
    afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

    it("keeps every word of the sample inside the left and right margins", () => {
      for (const ws of pages(sample)) {
        for (const w of ws) {
          expect(w.xMin).toBeGreaterThanOrEqual(LEFT - 1);
          expect(w.xMax).toBeLessThanOrEqual(RIGHT + 1);
        }
      }
    });

    it("repeats the header row of Phụ lục I's long table at the top of its second page", () => {
      const all = pages(sample);
      const first = pageOf(all, "Phụ lục I");
      expect(first).toBeGreaterThan(0);
      const next = all[first + 1];
      const header = findLine(next, "Tổ chức cơ sở đảng")!;
      expect(header).toBeDefined();
      expect(findLine(all[first], "Tổ chức cơ sở đảng")).toBeDefined();
      // The repeated header sits above every body row of that page.
      const body = findLine(next, "Đảng bộ")!;
      expect(header.yMax).toBeLessThan(body.yMin);
    });

    it("starts Phần thứ hai on a new page", () => {
      const all = pages(sample);
      const p = pageOf(all, "Phần thứ hai");
      const top = all[p].filter((w) => pageNumberOf([w]) === undefined);
      expect(findLine(top, "Phần thứ hai")!.index).toBe(0);
    });

    it("numbers each part's pages from 1, with no number on the first page of each", () => {
      const all = pages(sample);
      const starts = [0, pageOf(all, "Phụ lục I"), pageOf(all, "Phụ lục II")];
      expect(starts[1]).toBeGreaterThan(0);
      expect(starts[2]).toBeGreaterThan(starts[1] + 1);
      for (const s of starts) expect(pageNumberOf(all[s])).toBeUndefined();
      expect(pageNumberOf(all[starts[1] + 1])).toBe("2");
      expect(pageNumberOf(all[1])).toBe("2");
    });

    it.each(SWEEP.map((s) => [s.name]))("keeps a heading on the page of its paragraph (%s)", (name) => {
      const all = pages(sweepPdf.get(name)!);
      const heading = pageOf(all, HEADING);
      expect(heading).toBeGreaterThanOrEqual(0);
      expect(pageOf(all, FOLLOWING)).toBe(heading);
    });

    it("sweeps the heading across the foot of page 1", () => {
      const on = SWEEP.map((s) => pageOf(pages(sweepPdf.get(s.name)!), HEADING));
      expect(on).toContain(0);
      expect(on).toContain(1);
    });
  },
);

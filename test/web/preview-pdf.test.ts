/**
 * The preview is the document: for every sample, the lines the form's preview draws (docx-preview
 * over the very .docx the server renders) are the lines LibreOffice prints from that .docx,
 * each starting at the same distance from the page's left edge. Lines are read the same way on
 * both sides: words with their boxes, put on one line when they share a baseline and follow each
 * other closely (a wide gap, as between the header's two columns, starts another line).
 * All samples go through one soffice call, with a private profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { hasSoffice, pageCount, toPdf, words, type Word } from "../support/pdf";
import { engine, ROOT, TODAY } from "../support/samples";
import { chromiumAvailable, openForm, type OpenForm } from "./support";

const run = chromiumAvailable() && hasSoffice ? describe : describe.skip;
/** Words further apart than this (pt) are on different lines (the header's columns, a tab to a far stop). */
const GAP = 24;
/** How far a line may start from where the PDF starts it (pt): about two characters. */
const TOLERANCE = 6;

interface Line {
  text: string;
  x: number;
}

/** Words (pt from the page's top left) → lines, in reading order. */
export function linesOf(ws: Word[]): Line[] {
  const sorted = [...ws].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const rows: Word[][] = [];
  for (const w of sorted) {
    const row = rows.find((r) => Math.abs(r[0].yMax - w.yMax) < 2.5);
    if (row) row.push(w);
    else rows.push([w]);
  }
  return rows.flatMap((row) => {
    row.sort((a, b) => a.xMin - b.xMin);
    const lines: Word[][] = [];
    for (const w of row) {
      const last = lines.at(-1);
      if (last && w.xMin - last.at(-1)!.xMax < GAP) last.push(w);
      else lines.push([w]);
    }
    // Pieces closer than a space are one word (the preview splits words where runs change).
    const text = (l: Word[]) =>
      l.map((w, i) => (i && w.xMin - l[i - 1].xMax > 0.3 ? " " : "") + w.text).join("");
    return lines.map((l) => ({
      text: normal(text(l)),
      x: Math.round(l[0].xMin * 10) / 10,
    }));
  });
}

const normal = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\u2060\u00ad]/g, "")
    .replace(/\u2011/g, "-")
    .replace(/\s+/g, " ")
    .trim();

run("the preview and the printed document", () => {
  let form: OpenForm;
  let page: Page;
  let dir: string;
  const pdfLines = new Map<string, Line[]>();
  const names: string[] = [];

  beforeAll(async () => {
    form = await openForm({ context: { viewport: { width: 2400, height: 1200 } } });
    page = form.page;
    page.on("dialog", (d) => void d.accept());
    names.push(
      ...(await page.$$eval("#sample option", (os) =>
        os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
      )),
    );
    dir = mkdtempSync(join(tmpdir(), "vanthu-preview-pdf-"));
    const files: string[] = [];
    for (const [i, name] of names.entries()) {
      const out = await engine.render(readFileSync(join(ROOT, "data", `${name}.yaml`), "utf8"), name, {
        today: TODAY,
      });
      const file = join(dir, `${i}.docx`);
      writeFileSync(file, out.docx!);
      files.push(file);
    }
    const pdfs = toPdf(files, dir);
    pdfs.forEach((pdf, i) => {
      const lines: Line[] = [];
      for (let p = 1; p <= pageCount(pdf); p++) lines.push(...linesOf(words(pdf, p)));
      pdfLines.set(names[i], lines);
    });
  }, 600_000);
  afterAll(async () => {
    await form?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The preview's words with their boxes in pt from their page's top left. */
  const previewWords = () =>
    page.evaluate(() => {
      const out: { xMin: number; yMin: number; xMax: number; yMax: number; text: string; page: number }[] =
        [];
      const sections = [...document.querySelectorAll("#preview .doc:not(.offscreen) section.docx")];
      sections.forEach((section, n) => {
        const box = section.getBoundingClientRect();
        const pt = 595.3 / box.width;
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (const m of text.matchAll(/[^\s\u2060]+(?:\u2060[^\s\u2060]*)*/g)) {
            const range = document.createRange();
            // A word the preview breaks across two lines is read letter by letter, each on its line.
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const pieces: [number, number][] =
              range.getClientRects().length > 1
                ? [...m[0]].map((_, k) => [m.index + k, m.index + k + 1])
                : [[m.index, m.index + m[0].length]];
            for (const [from, to] of pieces) {
              range.setStart(node, from);
              range.setEnd(node, to);
              const r = range.getBoundingClientRect();
              if (!r.width) continue;
              out.push({
                text: text.slice(from, to),
                xMin: (r.left - box.left) * pt,
                xMax: (r.right - box.left) * pt,
                yMin: (r.top - box.top) * pt + n * 100000,
                yMax: (r.bottom - box.top) * pt + n * 100000,
                page: n,
              });
            }
          }
        }
      });
      return out;
    });

  /**
   * The words of lines, as a set: page numbers and footnote numbers (lines of digits alone) left
   * out, words also cut at hyphens (the two may break "164-KH/TU" differently) and counted once
   * (LibreOffice repeats a table's header row on each page it spans; the preview has no pages).
   */
  const wordsOf = (lines: Line[]) =>
    new Set(
      lines.filter((l) => !/^\d+$/.test(l.text)).flatMap((l) => l.text.split(/[\s-]+/).filter(Boolean)),
    );

  it("draws every sample's text and starts its lines where LibreOffice prints them", async () => {
    const problems: string[] = [];
    let compared = 0;
    for (const name of names) {
      // The rendering of this sample: a new page drawn after the choice, not the one before.
      await page.evaluate(() => document.querySelector("#preview .doc")?.setAttribute("data-before", ""));
      await page.selectOption("#sample", name);
      await page.waitForFunction(
        () =>
          !!document.querySelector("#preview .doc:not(.offscreen):not([data-before])") &&
          document.getElementById("status")!.className.includes("ok"),
      );
      const preview = linesOf(await previewWords());
      const printed = pdfLines.get(name)!;
      // The same words: nothing dropped, added or changed (a hyphen, a space, a letter).
      const [shown, paper] = [wordsOf(preview), wordsOf(printed)];
      const missing = [...paper].filter((w) => !shown.has(w));
      const extra = [...shown].filter((w) => !paper.has(w));
      if (missing.length) problems.push(`${name}: printed, not in the preview: ${missing.join(" | ")}`);
      if (extra.length) problems.push(`${name}: in the preview, not printed: ${extra.join(" | ")}`);
      // Each line the two break alike starts at the same place (a Kính gửi row, a centred title).
      const left = [...preview];
      for (const line of printed) {
        const i = left.findIndex((l) => l.text === line.text);
        if (i < 0 || /^\d+$/.test(line.text)) continue;
        compared++;
        if (Math.abs(left[i].x - line.x) > TOLERANCE)
          problems.push(
            `${name}: "${line.text}" starts at ${left[i].x} pt in the preview, ${line.x} pt printed`,
          );
        left.splice(i, 1);
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  }, 900_000);
});

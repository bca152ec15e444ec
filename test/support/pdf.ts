/**
 * Reading printed pages back: LibreOffice converts .docx to PDF, poppler gives the words with
 * their boxes (pdftotext -bbox) and the pixels (pdftoppm), so a test can measure where text and
 * drawn rules really are on the page. Positions are in points from the page's top left.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

export function tool(cmd: string, ...args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 30000, maxBuffer: 64 << 20 });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.error}`);
  return r.stdout;
}

/**
 * Convert .docx files to `to` ("pdf"; "docx" for LibreOffice's own re-save; "odt" to see how it
 * reads the document's structure) in `outDir` with
 * one soffice call and a fresh user profile; the outputs' paths.
 */
export function convertWithLibreOffice(
  docxFiles: string[],
  outDir: string,
  to: "pdf" | "docx" | "odt",
  timeout = 180000,
): string[] {
  const profile = join(tmpdir(), `lo-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...docxFiles,
    ],
    { encoding: "utf8", timeout },
  );
  rmSync(profile, { recursive: true, force: true });
  const outputs = docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, `.${to}`)));
  // soffice exits 0 even when it could not load a file: each output is checked.
  const missing = outputs.filter((p) => !existsSync(p));
  if (r.error || missing.length)
    throw new Error(
      `soffice did not convert ${missing.join(", ")}: ${r.error ?? ""}\n${r.stdout}\n${r.stderr}`,
    );
  return outputs;
}

/** Convert .docx files to PDFs in `outDir`; the PDFs' paths. */
export const toPdf = (docxFiles: string[], outDir: string): string[] =>
  convertWithLibreOffice(docxFiles, outDir, "pdf");

export const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", pdf))![1]);

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Word extends Box {
  text: string;
}

/** Words of page `page` with their boxes (pdftotext -bbox). */
export function words(pdf: string, page: number): Word[] {
  const html = tool("pdftotext", "-bbox", "-f", String(page), "-l", String(page), pdf, "-");
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: +m[1],
    yMin: +m[2],
    xMax: +m[3],
    yMax: +m[4],
    text: m[5]
      .normalize("NFC")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  }));
}

/** The box of the first run of consecutive words that reads `line` (from word `from` on), or undefined. */
export function findLine(ws: Word[], line: string, from = 0): (Box & { index: number }) | undefined {
  const parts = line.normalize("NFC").split(/\s+/).filter(Boolean);
  for (let i = from; i + parts.length <= ws.length; i++) {
    if (parts.every((p, k) => ws[i + k].text === p)) {
      const run = ws.slice(i, i + parts.length);
      return {
        index: i,
        xMin: run[0].xMin,
        xMax: run.at(-1)!.xMax,
        yMin: Math.min(...run.map((w) => w.yMin)),
        yMax: Math.max(...run.map((w) => w.yMax)),
      };
    }
  }
  return undefined;
}

/**
 * The text of the words whose boxes lie within [xMin, xMax] (one column of a page whose columns
 * share lines, such as the header's), in reading order: by line, then from the left.
 */
export function textIn(ws: readonly Word[], xMin: number, xMax: number): string {
  const inside = ws.filter((w) => w.xMin >= xMin - 1 && w.xMax <= xMax + 1);
  // Words of one line differ in top by less than a few points (a bold or larger word sits higher).
  const lineOf = (w: Word) => Math.round(w.yMax / 4);
  return [...inside]
    .sort((a, b) => lineOf(a) - lineOf(b) || a.xMin - b.xMin)
    .map((w) => w.text)
    .join(" ");
}

/** The longest run of dark pixels on any pixel row of a region of page `page`, as [x start, length] in points. */
export function longestDarkRun(pdf: string, page: number, region: Box, workDir: string): [number, number] {
  const dpi = 144;
  const k = dpi / 72;
  const base = join(workDir, `rule-${Math.random().toString(36).slice(2)}`);
  const { xMin: x, yMin: y } = region;
  const [w, h] = [region.xMax - region.xMin, region.yMax - region.yMin];
  tool(
    "pdftoppm",
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    String(dpi),
    "-gray",
    "-singlefile",
    "-x",
    String(Math.round(x * k)),
    "-y",
    String(Math.round(y * k)),
    "-W",
    String(Math.round(w * k)),
    "-H",
    String(Math.round(h * k)),
    pdf,
    base,
  );
  const pgm = readFileSync(`${base}.pgm`);
  rmSync(`${base}.pgm`, { force: true });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 64))!;
  const [width, height, offset] = [+header[1], +header[2], header[0].length];
  let best: [number, number] = [0, 0];
  for (let row = 0; row < height; row++) {
    let start = -1;
    for (let col = 0; col <= width; col++) {
      const dark = col < width && pgm[offset + row * width + col] < 128;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        if (col - start > best[1]) best = [start, col - start];
        start = -1;
      }
    }
  }
  return [x + best[0] / k, best[1] / k];
}

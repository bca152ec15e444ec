/**
 * Small page images (pdftoppm, grey, a few dozen dpi) and a tolerant comparison: both images are
 * blurred a little (3×3 box), so antialiasing and sub-pixel shifts between LibreOffice builds do
 * not count, and the share of pixels that still differ clearly is compared with a limit. A line
 * of text that moves, breaks differently or goes to another page changes far more than the limit.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { tool } from "./pdf";

/** Page `page` of `pdf` as a grey PNG at `dpi`. */
export function pageImage(pdf: string, page: number, dpi: number, workDir: string): Buffer {
  const base = join(workDir, `page-${Math.random().toString(36).slice(2)}`);
  tool(
    "pdftoppm",
    "-f",
    String(page),
    "-l",
    String(page),
    "-r",
    String(dpi),
    "-gray",
    "-png",
    "-singlefile",
    pdf,
    base,
  );
  const png = readFileSync(`${base}.png`);
  rmSync(`${base}.png`, { force: true });
  return png;
}

interface Grey {
  width: number;
  height: number;
  data: Float32Array;
}

function grey(png: Buffer): Grey {
  const img = PNG.sync.read(png);
  const data = new Float32Array(img.width * img.height);
  for (let i = 0; i < data.length; i++) data[i] = img.data[i * 4];
  return { width: img.width, height: img.height, data };
}

function blur({ width, height, data }: Grey): Float32Array {
  const out = new Float32Array(data.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
          sum += data[yy * width + xx];
          n++;
        }
      out[y * width + x] = sum / n;
    }
  return out;
}

/**
 * The share (0–1) of pixels that differ by more than `level` (of 255) after the blur; 1 for images of
 * different sizes.
 */
export function difference(a: Buffer, b: Buffer, level = 48): number {
  const [ga, gb] = [grey(a), grey(b)];
  if (ga.width !== gb.width || ga.height !== gb.height) return 1;
  const [ba, bb] = [blur(ga), blur(gb)];
  let differing = 0;
  for (let i = 0; i < ba.length; i++) if (Math.abs(ba[i] - bb[i]) > level) differing++;
  return differing / ba.length;
}

/**
 * A printed document as its pages, lines and words (`pdftotext -bbox-layout`), in reading order,
 * so a test can ask where a paragraph's words fell: on which page, on which lines. Positions in
 * points from the page's top left. Non-breaking hyphens read back as "-".
 */
import { tool } from "./pdf";

export interface PdfWord {
  text: string;
  page: number;
  /** Index of the line in the whole document (lines are counted across pages). */
  line: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLayout {
  pages: { width: number; height: number }[];
  words: PdfWord[];
}

const unescape = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\u2010\u2011]/g, "-")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

export function readLayout(pdf: string): PdfLayout {
  const html = tool("pdftotext", "-bbox-layout", pdf, "-");
  const pages: PdfLayout["pages"] = [];
  const words: PdfWord[] = [];
  let line = -1;
  const tokens =
    /<page width="([\d.]+)" height="([\d.]+)">|<line |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(tokens)) {
    if (m[1]) pages.push({ width: +m[1], height: +m[2] });
    else if (m[0] === "<line ") line++;
    else
      words.push({
        text: unescape(m[7]),
        page: pages.length,
        line,
        xMin: +m[3],
        yMin: +m[4],
        xMax: +m[5],
        yMax: +m[6],
      });
  }
  return { pages, words };
}

/** Words of a text as pdftotext splits them. */
export const wordsOf = (text: string): string[] =>
  unescape(text)
    .split(/\s+/)
    .filter((w) => w !== "");

/**
 * The index of the first run of consecutive words from `from` on that reads `wanted`, or -1.
 * `wanted` may be a prefix of the words (the first words of a paragraph).
 */
export function findWords(words: readonly PdfWord[], wanted: readonly string[], from = 0): number {
  if (!wanted.length) return -1;
  for (let i = from; i + wanted.length <= words.length; i++)
    if (wanted.every((w, k) => words[i + k].text === w)) return i;
  return -1;
}

/**
 * The indices of `wanted`'s words in order from `from` on, on one page, with at most `gap` other
 * words between two of them (words of another column read in between), or undefined.
 */
export function findSpread(
  words: readonly PdfWord[],
  wanted: readonly string[],
  from = 0,
  gap = 12,
): number[] | undefined {
  for (
    let i = findWords(words, wanted.slice(0, 1), from);
    i >= 0;
    i = findWords(words, wanted.slice(0, 1), i + 1)
  ) {
    const found = [i];
    for (let k = 1; k < wanted.length; k++) {
      const last = found.at(-1)!;
      let j = last + 1;
      while (j < words.length && j - last <= gap + 1 && words[j].text !== wanted[k]) j++;
      if (j >= words.length || j - last > gap + 1 || words[j].page !== words[i].page) break;
      found.push(j);
    }
    if (found.length === wanted.length) return found;
  }
  return undefined;
}

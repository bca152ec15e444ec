/**
 * The number a new heading gets in the body editor: the next one of its level after the
 * headings written above the caret, in the numbering docs/viet-yaml.md "Nội dung bằng Markdown" gives
 * each level (`#` Phần I, `##` I., `###` 1., `####` 1.1., `#####` a)). Counting restarts
 * under each heading of a higher level; `####` takes its parent's number (2.1. under 2.). Lines
 * inside a fenced block (```bang; tree/fence.ts) are not headings.
 */
import { insideFences } from "../../tree/fence";

/** Vietnamese point letters: a) b) c) d) đ) e) g) … (no f, j, w, z). */
const LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

const HEADING = /^(#{1,6})[ \t]+(.*)$/;

/** Whether a heading's text already starts with a number of some level ("I.", "2.1.", "a)", "Phần II"). */
export const isNumbered = (text: string) =>
  /^(?:Phần\s+(?:[IVXLC]+|thứ\s)|[IVXLC]+[.-]|\d+(?:\.\d+)*[.)-]|[a-zđ]\))/u.test(text.trimStart());

/** The number (with its trailing mark and a space) for a heading of `level` (1–5) written after `before`. */
export function nextHeadingNumber(before: string, level: number): string {
  let count = 0;
  let parent = "";
  const lines = before.split("\n");
  const fenced = insideFences(lines);
  for (const [i, line] of lines.entries()) {
    const m = fenced[i] ? null : HEADING.exec(line);
    if (!m) continue;
    const at = m[1].length;
    if (at < level) {
      count = 0;
      if (at === level - 1) parent = /^(\d+(?:\.\d+)*)\./.exec(m[2].trim())?.[1] ?? "";
    } else if (at === level) count++;
  }
  const n = count + 1;
  switch (level) {
    case 1:
      return `Phần ${roman(n)}. `;
    case 2:
      return `${roman(n)}. `;
    case 3:
      return `${n}. `;
    case 4:
      return `${parent || "1"}.${n}. `;
    default:
      return `${LETTERS[(n - 1) % LETTERS.length]}) `;
  }
}

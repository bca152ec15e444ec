/**
 * Numbers as Vietnamese documents write them: "." between thousands, "," before decimals, an
 * optional sign and "%": "1.234", "12,5", "85%", "-3", "1.234.567,25". A column whose body
 * cells are all numbers is right-aligned unless the author says otherwise.
 */
import type { Cell } from "./types";

const NUMBER = /^[+\-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s?%?$/;
/** Cells that count neither way: empty, or a dash standing for "none". */
const BLANK = /^[-–—]?$/;

export const isNumber = (text: string): boolean => NUMBER.test(text.trim());

/** True when at least one of `texts` is a number and every other one is a number or blank. */
export function isNumericColumn(texts: readonly string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => !BLANK.test(t));
  return filled.length > 0 && filled.every(isNumber);
}

/** The text a cell shows, marks and breaks aside ("**13**" → "13"). */
export function cellText(cell: Cell): string {
  return cell.children
    .map((b) =>
      b.type === "paragraph" ? b.children.map((c) => (c.type === "text" ? c.value : " ")).join("") : "",
    )
    .join(" ");
}

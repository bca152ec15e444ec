/**
 * The sane range of every number a profile sets, in one place: the schema refuses a value
 * outside its range, and the profile check (`check.ts`) refuses combinations that leave no room
 * for text (margins that fill the page, indents wider than the text). Word's own limits bound
 * some (a page is at most 22 in = 558.8 mm; a border at most 12 pt, its gap 31 pt); the others
 * are far beyond any official format, but small enough that nothing breaks or explodes in size.
 * README "Thể thức" lists them.
 */
import * as z from "zod";

export const RANGES = {
  /** Page width and height, mm (A6 is 105 mm wide; Word's largest page is 558.8 mm). */
  page: { min: 100, max: 558, unit: "mm" },
  /** Each margin, and the header and footer distances, mm. */
  margin: { min: 0, max: 200, unit: "mm" },
  /** Text width and height the margins must leave on the page, mm. */
  textArea: 50,
  /** Each indent of a style, and each tab stop, mm. */
  indent: { min: 0, max: 200, unit: "mm" },
  /** Text width a style's indents must leave (text width minus left, right and first-line indents), mm. */
  indentedText: 20,
  /** Tab stops per style. */
  tabs: 20,
  /** Font size, pt. */
  size: { min: 4, max: 72, unit: "pt" },
  /** Space before and after a paragraph, above a table, below a rule, pt. */
  spacing: { min: 0, max: 200, unit: "pt" },
  /** Line spacing as a multiple of single spacing. */
  line: { min: 0.5, max: 3, unit: "lần" },
  /** Exact or at-least line height, pt. */
  lineHeight: { min: 4, max: 200, unit: "pt" },
  /** A table's border width (0: none) and a rule's thickness, pt. */
  border: { min: 0, max: 6, unit: "pt" },
  thickness: { min: 0.25, max: 6, unit: "pt" },
  /** Space between a rule and its text, pt (Word: at most 31). */
  gap: { min: 0, max: 31, unit: "pt" },
  /** A rule's length as a share of its text's width. */
  ratio: { min: 0.05, max: 1, unit: "" },
  /** Cell padding of a data table (left and right), mm. */
  padding: { min: 0, max: 10, unit: "mm" },
  /** A layout table's column, % of the text width; and how many columns it has. */
  column: { min: 1, max: 100, unit: "%" },
  columns: 10,
  /** Digits a number is zero-padded to ("05"); it multiplies the number line's length. */
  pad: { min: 0, max: 10, unit: "chữ số" },
  /** Characters in a label, pattern or name: a label is printed in every document. */
  text: 200,
  /** Characters in a list's punctuation and line prefix, printed on every line of the list. */
  mark: 10,
} as const;

type Range = { min: number; max: number; unit: string };

/** A number in `r`, refused with a message that gives the range. */
export function inRange(r: Range): z.ZodNumber {
  const unit = r.unit ? ` ${r.unit}` : "";
  const error = (issue: { input?: unknown }) =>
    `phải từ ${r.min} đến ${r.max}${unit}, không phải ${String(issue.input)}`;
  return z.number().min(r.min, { error }).max(r.max, { error });
}

/** A text of at most `max` characters. */
export function inLength(max: number): z.ZodString {
  return z.string().max(max, {
    error: (issue) =>
      `dài tối đa ${max} ký tự, không phải ${String((issue.input as string | undefined)?.length)}`,
  });
}

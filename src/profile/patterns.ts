/**
 * The patterns of a profile (number and date lines, symbols, labels, the appendix lines) fill
 * each `{value}` from the document. Each pattern may name only the values it is filled with (a
 * misspelt "{kyhieu}" would print nothing in every document), and each at most once: a value
 * written twice would print a document's text twice, and a pattern of thousands of
 * "{dia_danh}" thousands of times.
 */
import { closest } from "../text/closest";
import type { Report } from "../report";
import { KEY } from "../template/format";
import type { Profile } from "./schema";

/** The values each pattern is filled with (src/template/format.ts, frame.ts, compose/appendix.ts). */
export const PLACEHOLDERS = {
  number_line: ["so", "ky_hieu"],
  ky_hieu: ["loai", "co_quan", "don_vi"],
  date_line: ["dia_danh", "ngay", "thang", "nam"],
  appendix_label: ["so"],
  appendix_reference: ["ten_loai", "so", "ky_hieu", "ngay", "thang", "nam", "co_quan"],
  du_thao: ["lan"],
  ban_hanh: ["tham_quyen", "ten_loai"],
} as const;

/** Labels filled with values; the others are printed as written. */
const FILLED_LABELS: Record<string, readonly string[]> = {
  du_thao: PLACEHOLDERS.du_thao,
  du_thao_lan: PLACEHOLDERS.du_thao,
  ban_hanh: PLACEHOLDERS.ban_hanh,
  tham_quyen: PLACEHOLDERS.ban_hanh,
};

export function checkPatterns(p: Profile, report: Report): void {
  const fault = (path: (string | number)[], message: string) => report("PROFILE_INVALID", message, { path });
  type Pattern = [(string | number)[], string | undefined, readonly string[]];
  const patterns: Pattern[] = [
    [["number", "line"], p.number.line, PLACEHOLDERS.number_line],
    [["number", "ky_hieu"], p.number.ky_hieu, PLACEHOLDERS.ky_hieu],
    [["date", "line"], p.date.line, PLACEHOLDERS.date_line],
    [["appendix", "label"], p.appendix?.label, PLACEHOLDERS.appendix_label],
    [["appendix", "reference"], p.appendix?.reference, PLACEHOLDERS.appendix_reference],
    ...Object.entries(p.kinds).map(([id, k]): Pattern => [
      ["kinds", id, "ky_hieu"],
      k.ky_hieu,
      PLACEHOLDERS.ky_hieu,
    ]),
    ...Object.entries(FILLED_LABELS).map(([key, known]): Pattern => {
      const v = p.labels[key];
      return [["labels", key], typeof v === "string" ? v : undefined, known];
    }),
  ];
  for (const [path, pattern, known] of patterns) {
    if (pattern === undefined) continue;
    const keys = [...pattern.matchAll(KEY)].map((m) => m[1]);
    const unknown = keys.find((k) => !known.includes(k));
    if (unknown !== undefined) {
      const best = closest(unknown, [...known]);
      fault(
        path,
        `mẫu "${pattern}" có {${unknown}}, không phải giá trị nào được điền${best ? ` (có phải {${best}}?)` : ""}; mẫu này dùng được: ${known.map((k) => `{${k}}`).join(", ")}`,
      );
      continue;
    }
    const seen = new Set<string>();
    const twice = keys.find((k) => seen.has(k) || !seen.add(k));
    if (twice)
      fault(
        path,
        `mẫu "${pattern}" điền {${twice}} nhiều lần; mỗi giá trị chỉ được viết một lần trong một mẫu`,
      );
  }
}

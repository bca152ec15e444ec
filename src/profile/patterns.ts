/**
 * The patterns of a profile (number and date lines, symbols, labels, the appendix lines) fill
 * each `{value}` from the document. A value written twice in one pattern would print a
 * document's text twice, and a pattern of thousands of "{dia_danh}" thousands of times: each
 * value may appear once per pattern.
 */
import type { ProfileProblem } from "./check";
import type { Profile } from "./schema";

const KEY = /\{(\w+)\}/g;

export function patternProblems(p: Profile): ProfileProblem[] {
  const patterns: [(string | number)[], string | undefined][] = [
    [["number", "line"], p.number.line],
    [["number", "ky_hieu"], p.number.ky_hieu],
    [["date", "line"], p.date.line],
    [["appendix", "label"], p.appendix?.label],
    [["appendix", "reference"], p.appendix?.reference],
    ...Object.entries(p.kinds).map(([id, k]): [(string | number)[], string | undefined] => [
      ["kinds", id, "ky_hieu"],
      k.ky_hieu,
    ]),
    ...Object.entries(p.labels).map(([key, v]): [(string | number)[], string | undefined] => [
      ["labels", key],
      typeof v === "string" ? v : undefined,
    ]),
  ];
  const problems: ProfileProblem[] = [];
  for (const [path, pattern] of patterns) {
    if (pattern === undefined) continue;
    const seen = new Set<string>();
    const twice = [...pattern.matchAll(KEY)].map((m) => m[0]).find((k) => seen.has(k) || !seen.add(k));
    if (twice)
      problems.push({
        path,
        message: `mẫu "${pattern}" điền ${twice} nhiều lần; mỗi giá trị chỉ được viết một lần trong một mẫu`,
      });
  }
  return problems;
}

/**
 * What a function reported through its `report` (src/report.ts), as plain values a test can
 * compare: the code, the severity, the message and the where, in the reporter's own terms.
 */
import type { Code, Severity } from "../../src/diagnostic";
import type { Report, Where } from "../../src/report";
import { fromMarkdown, type MarkdownStyles } from "../../src/tree/markdown";
import type { WorkbookLookup } from "../../src/tree/bang";
import type { Block } from "../../src/tree/types";

export type Found = Omit<Where, "severity"> & { severity: Severity; code: Code; message: string };

/** `run` with a report that gathers; what it returned and what it reported. */
export function reported<T>(run: (report: Report) => T): { result: T; problems: Found[] } {
  const problems: Found[] = [];
  const result = run((code, message, where = {}) => {
    problems.push({ ...where, severity: where.severity ?? "error", code, message });
  });
  return { result, problems };
}

/** A body read by `fromMarkdown`: its blocks and its problems (lines 1-based in `source`). */
export function markdownOf(
  source: string,
  styles: MarkdownStyles,
  workbook?: WorkbookLookup,
): { blocks: Block[]; problems: Found[] } {
  const { result, problems } = reported((report) => fromMarkdown(source, styles, report, workbook));
  return { blocks: result, problems };
}

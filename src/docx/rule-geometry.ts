/**
 * Where the rule under a paragraph goes: `ratio` × the width of the paragraph's longest line,
 * centred in the space the paragraph has, as left/right indents of an empty bordered paragraph.
 */
import type { Style } from "../profile/schema";
import type { Paragraph as ParagraphNode } from "../tree/types";
import { textWidth } from "./measure";
import { eighthsFromPt, twipFromPt } from "./units";

export interface RuleGeometry {
  left: number;
  right: number;
  /** Border width in eighths of a point. */
  size: number;
  /** Space above the rule, in twips. */
  before: number;
  /** Space below the rule, in twips. */
  after: number;
  keepNext?: boolean;
}

export function ruleGeometry(node: ParagraphNode, style: Style, available: number): RuleGeometry | undefined {
  const rule = style.rule_below;
  if (!rule) return undefined;
  const lines: number[] = [0];
  for (const c of node.children) {
    if (c.type === "break") lines.push(0);
    else if (c.type === "text") {
      const marks = new Set(c.marks);
      lines[lines.length - 1] += textWidth(
        c.value,
        style.size ?? 14,
        marks.has("bold") || !!style.bold,
        marks.has("italic") || !!style.italic,
      );
    }
  }
  const length = Math.min(available, Math.round(lines.reduce((a, b) => Math.max(a, b), 0) * rule.ratio));
  const left = Math.max(0, Math.floor((available - length) / 2));
  return {
    left,
    right: available - length - left,
    size: eighthsFromPt(rule.thickness),
    before: twipFromPt(rule.gap),
    after: twipFromPt(rule.after),
    keepNext: style.keep_next,
  };
}

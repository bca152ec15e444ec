/**
 * A solid rule under a paragraph, `ratio` × the width of the paragraph's longest line, centred
 * in the space the paragraph has: an empty paragraph with a bottom border, narrowed by equal
 * left and right indents (pure WordprocessingML, drawn by Word and LibreOffice alike).
 */
import { BorderStyle, LineRuleType, Paragraph } from "docx";
import type { Style } from "../../profile/schema";
import type { Paragraph as ParagraphNode } from "../../tree/types";
import { textWidth } from "../measure";
import { eighthsFromPt, twipFromPt } from "../units";

export function ruleBelow(node: ParagraphNode, style: Style, available: number): Paragraph | undefined {
  const rule = style.rule_below;
  if (!rule) return undefined;
  const lines: number[] = [0];
  for (const c of node.children) {
    if (c.type === "break") lines.push(0);
    else if (c.type === "text") {
      const marks = new Set(c.marks);
      lines[lines.length - 1] += textWidth(c.value, style.size ?? 14, marks.has("bold") || !!style.bold, marks.has("italic") || !!style.italic);
    }
  }
  const length = Math.min(available, Math.round(Math.max(...lines) * rule.ratio));
  const side = Math.max(0, Math.floor((available - length) / 2));
  return new Paragraph({
    indent: { left: side, right: available - length - side },
    border: { bottom: { style: BorderStyle.SINGLE, size: eighthsFromPt(rule.thickness), space: 0, color: "000000" } },
    spacing: { before: twipFromPt(rule.gap), after: 0, line: 20, lineRule: LineRuleType.EXACT },
    keepNext: style.keep_next,
    run: { size: 2 },
  });
}

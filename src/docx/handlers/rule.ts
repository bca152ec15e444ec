/**
 * A solid rule under a paragraph (geometry in `../rule-geometry`): an empty paragraph with a
 * bottom border, narrowed by equal left and right indents (pure WordprocessingML, drawn by Word
 * and LibreOffice alike).
 */
import { BorderStyle, LineRuleType, Paragraph } from "docx";
import type { Style } from "../../profile/schema";
import type { Paragraph as ParagraphNode } from "../../tree/types";
import { ruleGeometry } from "../rule-geometry";

/**
 * `keepNext` keeps the rule with the next block even when its style does not (inside a table kept
 * with the next); `loose`, not even when it does (inside a loose row).
 */
export function ruleBelow(
  node: ParagraphNode,
  style: Style,
  available: number,
  keepNext?: boolean,
  loose?: boolean,
): Paragraph | undefined {
  const g = ruleGeometry(node, style, available);
  if (!g) return undefined;
  return new Paragraph({
    indent: { left: g.left, right: g.right },
    border: { bottom: { style: BorderStyle.SINGLE, size: g.size, space: 0, color: "000000" } },
    spacing: { before: g.before, after: g.after, line: 20, lineRule: LineRuleType.EXACT },
    keepNext: (!loose && g.keepNext) || keepNext || undefined,
    run: { size: 2 },
  });
}

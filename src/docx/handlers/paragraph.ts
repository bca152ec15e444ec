/** A paragraph node → a docx paragraph in its profile style (plus the style's rule, if any). */
import { AlignmentType, Paragraph, TabStopType } from "docx";
import type { Paragraph as ParagraphNode } from "../../tree/types";
import type { State } from "../state";
import { twipFromMm } from "../units";
import { inline } from "./inline";
import { ruleBelow } from "./rule";

export function paragraph(node: ParagraphNode, state: State): Paragraph[] {
  const style = state.style(node.style);
  const p = new Paragraph({
    style: node.style,
    ...(node.keepNext || state.keepNext
      ? { keepNext: true }
      : state.loose && style.keep_next && { keepNext: false }),
    ...(state.breakBefore && { pageBreakBefore: true }),
    ...(state.align && { alignment: ALIGN[state.align] }),
    ...(style.tabs && {
      tabStops: style.tabs.map((mm) => ({ type: TabStopType.LEFT, position: twipFromMm(mm) })),
    }),
    children: node.children.map((c) => inline(c, state)),
  });
  const rule = ruleBelow(node, style, state.width, state.keepNext, state.loose);
  return rule ? [p, rule] : [p];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

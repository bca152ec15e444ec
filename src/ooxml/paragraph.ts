/**
 * One w:p → the paragraph node (style, inlines, resolved look, source number), plus the blocks
 * of the text boxes anchored in it. Paragraph properties resolve as Word does: document defaults
 * → the table's style → the paragraph style chain → the numbering level → direct formatting;
 * runs: document defaults → table style → paragraph style → character style → direct.
 */
import { TooLarge, type Context, type Where } from "./context";
import { READ_LIMITS } from "./limits";
import { paragraphLook, runLook } from "./look";
import { mergePara, mergeRun, paraProps, runProps, type ParaProps, type RunProps } from "./props";
import { marksOf, paragraphContent } from "./runs";
import type { NumberingLook, ReadParagraph } from "./types";
import { child, type El } from "./xml";

const TOGGLES = ["bold", "italic", "caps", "smallCaps", "strike", "dstrike", "vanish"] as const;

export interface ReadP {
  paragraph: ReadParagraph;
  /** Text box contents anchored in the paragraph (read by the caller as blocks). */
  boxes: El[];
}

export function readParagraph(p: El, ctx: Context, where: Where): ReadP {
  if (++ctx.paragraphs > READ_LIMITS.paragraphs) throw new TooLarge(`hơn ${READ_LIMITS.paragraphs} đoạn`);
  const source = where.body ? ++ctx.source : undefined;
  const { styles, numbering } = ctx;
  const direct = paraProps(child(p, "w:pPr"));
  const styleId = direct.pStyle && styles.has(direct.pStyle) ? direct.pStyle : styles.defaultOf("paragraph");
  const styled: ParaProps = styleId ? styles.paragraph(styleId) : {};

  // Numbering: direct numPr over the style's; a level tied to the style gives the level.
  const tied = styleId ? numbering.levelOfStyle(styleId) : undefined;
  const numId = direct.numId ?? styled.numId ?? tied?.numId;
  const ilvl = direct.ilvl ?? styled.ilvl ?? tied?.ilvl ?? 0;
  const numbered = numId && numId !== "0" ? numbering.next(numId, ilvl) : undefined;

  const base = mergePara(mergePara(styles.defaults.pPr, where.cell?.pPr ?? {}), styled);
  const resolved = mergePara(mergePara(base, numbered?.level.pPr ?? {}), direct);

  // Run properties the paragraph gives every run: defaults, table, paragraph style.
  const paraRun = mergeRun(
    mergeRun(styles.defaults.rPr, where.cell?.rPr ?? {}),
    styleId ? styles.paragraphRun(styleId) : {},
  );
  const resolveRun = (d: RunProps) => {
    const charStyle = d.rStyle && styles.has(d.rStyle) ? styles.character(d.rStyle) : {};
    const styledRun = mergeRun(paraRun, charStyle);
    // Toggle properties: a character style switching on what the paragraph style already has on switches it off.
    const styleRun = styleId ? styles.paragraphRun(styleId) : {};
    for (const t of TOGGLES) if (charStyle[t] === true && styleRun[t] === true) styledRun[t] = false;
    const all = mergeRun(styledRun, d);
    const marks = marksOf({ ...pick(charStyle), ...pick(d) });
    return {
      look: runLook(all, ctx.theme, { styleName: d.rStyle ? styles.name(d.rStyle) : undefined }),
      marks,
    };
  };

  const { inlines, found } = paragraphContent(p, ctx, resolveRun);
  const markProps = mergeRun(paraRun, resolved.mark ?? {});
  const numberingLook: NumberingLook | undefined = numbered && {
    label: numbered.label,
    format: numbered.level.format,
    level: ilvl,
    list: numId!,
    suffix: numbered.level.suffix,
  };
  const look = paragraphLook(resolved, {
    styleId,
    styleName: styleId ? styles.name(styleId) : undefined,
    mark: runLook(mergeRun(markProps, numbered?.level.rPr ?? {}), ctx.theme),
    numbering: numberingLook,
  });
  if (found.looks.length) look.drawings = found.looks;
  if (where.container && !look.container) look.container = where.container;
  const paragraph: ReadParagraph = {
    type: "paragraph",
    style: direct.pStyle ?? styleId ?? "",
    children: inlines,
    ...(look.keepNext && direct.keepNext && { keepNext: true }),
    look,
    ...(source !== undefined && { source }),
  };
  return { paragraph, boxes: found.boxes };
}

/** Only the marks a level states (bold/italic/underline), not everything else it sets. */
const pick = (p: RunProps): RunProps => ({
  ...(p.bold !== undefined && { bold: p.bold }),
  ...(p.italic !== undefined && { italic: p.italic }),
  ...(p.underline !== undefined && { underline: p.underline }),
});

export { runProps };

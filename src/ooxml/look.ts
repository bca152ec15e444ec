/**
 * Resolved properties → the `look` of a run or a paragraph, in the reader's units. Word's own
 * defaults fill what nothing sets: Times New Roman, 10 pt, left aligned, no spacing, single lines.
 */
import type { NumberingLook, ParagraphLook, RunLook, TabStop } from "./types";
import type { Border, FontSlot, ParaProps, RunProps } from "./props";
import type { ThemeFonts } from "./theme";
import { mmFromTwips, ptFromTwips, round } from "./units";

const WORD_FONT = "Times New Roman";

function font(slot: FontSlot | undefined, theme: ThemeFonts): string | undefined {
  if (!slot) return undefined;
  return "name" in slot ? slot.name : (theme[slot.theme] ?? theme[slot.theme.replace(/Ascii$/, "HAnsi")]);
}

export function runLook(p: RunProps, theme: ThemeFonts, names: { styleName?: string } = {}): RunLook {
  const ascii = font(p.ascii, theme) ?? font(p.hAnsi, theme) ?? WORD_FONT;
  const others: RunLook["fonts"] = {};
  for (const k of ["hAnsi", "cs", "eastAsia"] as const) {
    const f = font(p[k], theme);
    if (f && f !== ascii) others[k] = f;
  }
  const underline = p.underline && p.underline !== "none" ? p.underline : undefined;
  const color = p.color && p.color.toLowerCase() !== "auto" ? p.color.toUpperCase() : undefined;
  const vertAlign = p.vertAlign === "superscript" || p.vertAlign === "subscript" ? p.vertAlign : undefined;
  return {
    font: ascii,
    ...(Object.keys(others).length > 0 && { fonts: others }),
    size: round((p.size ?? 20) / 2),
    bold: !!p.bold,
    italic: !!p.italic,
    ...(underline && { underline }),
    caps: !!p.caps,
    smallCaps: !!p.smallCaps,
    strike: !!p.strike,
    doubleStrike: !!p.dstrike,
    ...(color && { color }),
    ...(vertAlign && { vertAlign }),
    ...(p.highlight && p.highlight !== "none" && { highlight: p.highlight }),
    ...(p.vanish && { hidden: true }),
    ...(p.rStyle && { styleId: p.rStyle }),
    ...(names.styleName && { styleName: names.styleName }),
  };
}

const ALIGN: Record<string, ParagraphLook["align"]> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "justify",
  justify: "justify",
  distribute: "distribute",
};

function borderLook(b: Border) {
  return { style: b.style, width: round(b.size / 8), space: b.space, ...(b.color && { color: b.color }) };
}

/** Tab stops after clears: a "clear" stop removes an inherited stop at its position. */
function tabStops(tabs: ParaProps["tabs"]): TabStop[] | undefined {
  if (!tabs?.length) return undefined;
  const at = new Map<number, TabStop>();
  for (const t of tabs) {
    if (t.kind === "clear") at.delete(t.pos);
    else
      at.set(t.pos, {
        position: mmFromTwips(t.pos),
        kind: (["left", "center", "right", "decimal", "bar", "num"].includes(t.kind)
          ? t.kind
          : t.kind === "start"
            ? "left"
            : t.kind === "end"
              ? "right"
              : "left") as TabStop["kind"],
        ...(t.leader && { leader: t.leader }),
      });
  }
  const out = [...at.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  return out.length ? out : undefined;
}

export function paragraphLook(
  p: ParaProps,
  extra: { styleId?: string; styleName?: string; mark: RunLook; numbering?: NumberingLook },
): ParagraphLook {
  const line =
    p.line === undefined
      ? undefined
      : p.lineRule === "exact"
        ? { exact: ptFromTwips(p.line) }
        : p.lineRule === "atLeast"
          ? { atLeast: ptFromTwips(p.line) }
          : { multiple: round(p.line / 240) };
  const borders = Object.entries(p.borders ?? {}).filter((e): e is [string, Border] => e[1] !== null);
  const tabs = tabStops(p.tabs);
  return {
    ...(extra.styleId && { styleId: extra.styleId }),
    ...(extra.styleName && { styleName: extra.styleName }),
    align: ALIGN[p.jc ?? "left"] ?? "justify",
    indent: {
      left: mmFromTwips(p.left ?? 0),
      right: mmFromTwips(p.right ?? 0),
      firstLine: mmFromTwips(p.firstLine ?? 0),
    },
    spacing: {
      before: ptFromTwips(p.before ?? 0),
      after: ptFromTwips(p.after ?? 0),
      ...(line && !("multiple" in line && line.multiple === 1) && { line }),
    },
    keepNext: !!p.keepNext,
    keepLines: !!p.keepLines,
    pageBreakBefore: !!p.pageBreakBefore,
    ...(p.outlineLvl !== undefined &&
      p.outlineLvl >= 0 &&
      p.outlineLvl < 9 && { outlineLevel: p.outlineLvl }),
    ...(borders.length > 0 && {
      borders: Object.fromEntries(borders.map(([side, b]) => [side, borderLook(b)])),
    }),
    ...(tabs && { tabs }),
    ...(extra.numbering && { numbering: extra.numbering }),
    mark: extra.mark,
    ...(p.frame && { container: "frame" as const }),
  };
}

export { borderLook };

/**
 * Profile styles → Word paragraph styles. Paragraphs refer to them by id, so a maintainer who
 * opens the .docx sees the profile's names in Word's style list.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from "docx";
import type { Profile, Style } from "../profile/schema";
import { halfPoints, twipFromMm, twipFromPt } from "./units";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A style with its `based_on` chain folded in (nested objects merged key by key). */
export function resolveStyle(profile: Profile, id: string, seen = new Set<string>()): Style {
  const own = profile.styles[id] ?? {};
  if (!own.based_on || seen.has(id)) return own;
  seen.add(id);
  const parent = resolveStyle(profile, own.based_on, seen);
  return {
    ...parent,
    ...own,
    indent: { ...parent.indent, ...own.indent },
    spacing: { ...parent.spacing, ...own.spacing },
  };
}

function lineSpacing(s: NonNullable<Style["spacing"]>) {
  if (s.line_exact !== undefined) return { line: twipFromPt(s.line_exact), lineRule: LineRuleType.EXACT };
  if (s.line_at_least !== undefined)
    return { line: twipFromPt(s.line_at_least), lineRule: LineRuleType.AT_LEAST };
  return { line: Math.round((s.line ?? 1) * 240), lineRule: LineRuleType.AUTO };
}

function paragraphStyle(profile: Profile, id: string): IParagraphStyleOptions {
  const s = profile.styles[id];
  const spacing = s.spacing ?? {};
  const indent = s.indent;
  return {
    id,
    name: id,
    basedOn: s.based_on ?? "Normal",
    quickFormat: true,
    run: {
      ...(s.size !== undefined && { size: halfPoints(s.size) }),
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.italic !== undefined && { italics: s.italic }),
      ...(s.underline !== undefined && { underline: s.underline ? {} : undefined }),
    },
    paragraph: {
      ...(s.align && { alignment: ALIGN[s.align] }),
      ...(indent && {
        indent: {
          ...(indent.first_line !== undefined && { firstLine: twipFromMm(indent.first_line) }),
          ...(indent.hanging !== undefined && { hanging: twipFromMm(indent.hanging) }),
          ...(indent.left !== undefined && { left: twipFromMm(indent.left) }),
          ...(indent.right !== undefined && { right: twipFromMm(indent.right) }),
        },
      }),
      spacing: {
        ...(spacing.before !== undefined && { before: twipFromPt(spacing.before) }),
        ...(spacing.after !== undefined && { after: twipFromPt(spacing.after) }),
        ...(s.based_on &&
        spacing.line === undefined &&
        spacing.line_exact === undefined &&
        spacing.line_at_least === undefined
          ? {}
          : lineSpacing(spacing)),
      },
      ...(s.keep_next !== undefined && { keepNext: s.keep_next }),
      ...(s.keep_lines !== undefined && { keepLines: s.keep_lines }),
    },
  };
}

/** docDefaults (font in all four slots, language, no spacing) and one paragraph style per profile style. */
export function toStyles(profile: Profile): IStylesOptions {
  const body = resolveStyle(profile, profile.body_style);
  return {
    default: {
      document: {
        run: { font: profile.font, size: halfPoints(body.size ?? 14), language: { value: profile.language } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: Object.keys(profile.styles).map((id) => paragraphStyle(profile, id)),
  };
}

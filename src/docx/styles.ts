/**
 * Profile styles → Word paragraph styles. Paragraphs refer to them by id ("noi-dung"); Word's
 * style list shows each style's Vietnamese `name` ("Nội dung"). The profile's heading styles carry
 * outline levels (Navigation Pane, table of contents); Word's own Heading 1–6 and footnote styles
 * are set to the profile too, so a clerk who uses them in Word gets the profile's look.
 */
import {
  AlignmentType,
  LineRuleType,
  type IBaseParagraphStyleOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from "docx";
import { resolveStyle } from "../profile/resolve-style";
import type { Profile, Style } from "../profile/schema";
import { halfPoints, twipFromMm, twipFromPt } from "./units";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function lineSpacing(s: NonNullable<Style["spacing"]>) {
  if (s.line_exact !== undefined) return { line: twipFromPt(s.line_exact), lineRule: LineRuleType.EXACT };
  if (s.line_at_least !== undefined)
    return { line: twipFromPt(s.line_at_least), lineRule: LineRuleType.AT_LEAST };
  return { line: Math.round((s.line ?? 1) * 240), lineRule: LineRuleType.AUTO };
}

/** Run and paragraph properties of `s` (its own keys only; a resolved style gives them all). */
function properties(s: Style, own: boolean): IBaseParagraphStyleOptions {
  const spacing = s.spacing ?? {};
  const indent = s.indent;
  return {
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
        ...(own &&
        s.based_on &&
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

function paragraphStyle(profile: Profile, id: string): IParagraphStyleOptions {
  const s = profile.styles[id];
  const level = profile.headings.indexOf(id);
  const base = properties(s, true);
  return {
    id,
    name: s.name ?? id,
    basedOn: s.based_on ?? "Normal",
    quickFormat: true,
    ...base,
    // Outline levels count from 0 (Level 1) in WordprocessingML.
    ...(level >= 0 && { paragraph: { ...base.paragraph, outlineLevel: level } }),
  };
}

/**
 * Word's built-in styles a clerk may still use: Heading 1–6 as the profile's headings (black, the
 * profile's font, with their outline level), FootnoteText and FootnoteReference as its footnotes.
 */
function builtIn(profile: Profile, style: (id: string) => Style) {
  const heading = (level: number): IBaseParagraphStyleOptions => {
    const id = profile.headings[Math.min(level, profile.headings.length - 1)];
    const p = properties(style(id), false);
    return {
      run: { font: profile.font, color: "000000", bold: false, italics: false, ...p.run },
      paragraph: { ...p.paragraph, outlineLevel: level },
    };
  };
  const note = style(profile.footnote_style);
  const noteProps = properties(note, false);
  const noteSize = halfPoints(note.size ?? 12);
  return {
    heading1: heading(0),
    heading2: heading(1),
    heading3: heading(2),
    heading4: heading(3),
    heading5: heading(4),
    heading6: heading(5),
    footnoteText: { run: { font: profile.font, ...noteProps.run }, paragraph: noteProps.paragraph },
    footnoteTextChar: { run: { size: noteSize } },
    footnoteReference: { run: { superScript: true } },
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
      ...builtIn(profile, (id) => resolveStyle(profile, id)),
    },
    paragraphStyles: Object.keys(profile.styles).map((id) => paragraphStyle(profile, id)),
  };
}

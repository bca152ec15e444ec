/**
 * The format of every recognised line against the profile style it should have (resolved through
 * `based_on`, as the renderer resolves it): font, size, bold, italic, underline, IN HOA,
 * alignment, indents, spacing, line spacing and the rule drawn under it. A rule judges only what
 * the profile states; where the text gives a range, the style's `accept` widens it. Text that
 * comes from the author's Markdown (the body, headings, tables, notes) may mix bold and italic:
 * there, only a paragraph that is wholly off is reported.
 */
import type { Report } from "../report";
import { resolveStyle } from "../profile/resolve-style";
import type { LineSpacing, ReadInline, ReadText } from "../ooxml/types";
import type { Profile, Style } from "../profile/schema";
import { textLength } from "../recognise/rule-length";
import type { Line } from "../recognise/types";
import { upperVi } from "../text/upper";
import { cite, finding, num, severityOf } from "./finding";
import { partName } from "./names";

const MM = 0.3;
const PT = 0.3;

/** The field a format finding is reported on: a list's part, not its item ("noi_nhan.3" → "noi_nhan"). */
export const partPath = (field: string): string =>
  field.replace(/^((?:kem_theo\.\d+\.)?(?:noi_nhan|kinh_gui|can_cu))\..*$/, "$1");

/** The styles whose text is the author's Markdown, where inline bold and italic are the author's. */
export function freeStyles(profile: Profile): Set<string> {
  const bang = profile.tables.bang ?? {};
  return new Set(
    [profile.body_style, profile.footnote_style, ...profile.headings, "can-cu", "dieu"].concat(
      [bang.header_style, bang.cell_style, bang.caption_style].filter((s): s is string => !!s),
    ),
  );
}

export function formatFindings(report: Report, profile: Profile, lines: readonly Line[]): void {
  const free = freeStyles(profile);
  for (const line of lines) {
    if (!line.role || !Object.hasOwn(profile.styles, line.role)) continue;
    const style = resolveStyle(profile, line.role);
    const tell: Tell = (code, what, fix, unverified) =>
      finding(
        report,
        code,
        `${partName(line.role)}: ${what}${cite(style.source, style.unverified || unverified)}; ${fix}`,
        {
          line,
          path: partPath(line.field),
          severity: severityOf(style.unverified || unverified),
        },
      );
    lineFindings(profile, style, line, free.has(line.role), tell);
  }
}

/** Tells a finding on the line; `unverified`: the rule's own limits are common practice (a warning). */
type Tell = (code: Parameters<typeof finding>[1], what: string, fix: string, unverified?: boolean) => void;

function lineFindings(profile: Profile, style: Style, line: Line, free: boolean, tell: Tell): void {
  const runs = line.runs.filter((r) => !r.look.vertAlign && r.origin !== "symbol");
  const look = line.paragraph.look;

  const font = runs.map(fontOf).find((f) => f && f.toLowerCase() !== profile.font.toLowerCase());
  if (font)
    tell(
      "FORMAT_FONT",
      `phông chữ "${font}", thể thức dùng "${profile.font}"`,
      `chọn đoạn, đặt phông ${profile.font} ở Trang đầu › Phông chữ (Home › Font)`,
    );

  if (style.size !== undefined) {
    const [lo, hi] = style.accept?.size ?? [style.size, style.size];
    const bad = runs.find((r) => r.look.size < lo - 0.01 || r.look.size > hi + 0.01);
    if (bad)
      tell(
        "FORMAT_SIZE",
        `cỡ chữ ${num(bad.look.size)} pt, thể thức yêu cầu ${range(lo, hi, "pt")}`,
        `chọn đoạn, đặt cỡ chữ ${num(style.size)} ở Trang đầu › Cỡ phông (Home › Font Size)`,
      );
  }

  const ruleByUnderline = !!style.rule_below && line.rule === "underline";
  const marks = [
    ["bold", "đậm", "Ctrl+B", style.bold ?? false],
    ["italic", "nghiêng", "Ctrl+I", style.italic ?? false],
    ["underline", "gạch chân", "Ctrl+U", ruleByUnderline || (style.underline ?? false)],
  ] as const;
  for (const [key, name, keys, want] of marks) {
    if (free && style[key] === undefined && !want) {
      if (!line.inTable && runs.length && runs.every((r) => on(r, key)))
        tell(
          "FORMAT_EMPHASIS",
          `cả đoạn in ${name}, thể thức không in ${name}`,
          `chọn đoạn, bấm ${keys} để bỏ`,
        );
      continue;
    }
    const wrong = free
      ? runs.length > 0 && runs.every((r) => on(r, key) !== want)
      : runs.some((r) => on(r, key) !== want);
    if (wrong)
      tell(
        "FORMAT_EMPHASIS",
        want
          ? `chữ không in ${name}, thể thức yêu cầu in ${name}`
          : `chữ in ${name}, thể thức yêu cầu không in ${name}`,
        `chọn đoạn, bấm ${keys} để ${want ? `in ${name}` : "bỏ"}`,
      );
  }

  if (style.caps && !runs.every((r) => r.look.caps || upperVi(r.value) === r.value.normalize("NFC")))
    tell(
      "FORMAT_CAPS",
      "chưa viết IN HOA, thể thức yêu cầu IN HOA",
      "gõ lại bằng chữ in hoa (hoặc chọn đoạn, bấm Shift+F3 đến khi thành chữ in hoa)",
    );

  // The rule's length, wherever it is drawn (under a side of a tab-laid line too).
  if (style.rule_below && line.rule && line.ruleLength !== undefined) ruleLengthFindings(style, line, tell);
  if (line.piece) return; // a side of a tab-laid line: placed by tab stops, not by its paragraph
  if (style.align && align(look.align) !== style.align)
    tell(
      "FORMAT_ALIGN",
      `${ALIGN[align(look.align)]}, thể thức yêu cầu ${ALIGN[style.align]}`,
      `chọn đoạn, bấm ${ALIGN_KEYS[style.align]} (Trang đầu › Đoạn văn)`,
    );

  indentFindings(style, line, tell);
  spacingFindings(style, line, tell);

  if (style.rule_below && !line.rule)
    tell(
      "FORMAT_RULE",
      `không có đường kẻ liền bên dưới, thể thức yêu cầu một đường kẻ dài ${num(style.rule_below.ratio * 100)}% dòng chữ`,
      "đặt viền dưới cho một đoạn trống ngay dưới dòng này (Trang đầu › Viền › Viền dưới), hoặc vẽ một đường thẳng (Chèn › Hình dạng)",
    );
}

/**
 * The rule's length against the text above it: within the profile's `length` (NĐ 30: 1/3 to 1/2
 * of the line under the issuer's name), or, where the profile gives none, within 15% of its
 * `ratio` (a warning: a tolerance of practice). The text is measured as the style prints it (its
 * size, IN HOA), so that a wrong size or case is one finding, not two. Text wider than its
 * paragraph wraps, its widest line then between half the paragraph's width and all of it: only a
 * rule out of range for every such line is reported.
 */
function ruleLengthFindings(style: Style, line: Line, tell: Tell): void {
  const rule = style.rule_below!;
  const length = line.ruleLength!;
  const text = styledLength(style, line.piece ? line.runs : line.paragraph.children);
  if (text <= 0) return;
  const limits = rule.length ?? { min: rule.ratio * 0.85, max: rule.ratio * 1.15, unverified: true };
  const wraps = line.box !== undefined && text > line.box;
  const widest = wraps ? [line.box! / 2, line.box!] : [text, text];
  const tooShort = length / widest[0] < limits.min - 0.01;
  const tooLong = length / widest[1] > limits.max + 0.01;
  if (!tooShort && !tooLong) return;
  const against = tooLong ? widest[1] : widest[0];
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  const asks = limits.min === limits.max ? pct(limits.min) : `từ ${pct(limits.min)} đến ${pct(limits.max)}`;
  const want = against * Math.min(Math.max(rule.ratio, limits.min), limits.max);
  const how = {
    border:
      "chỉnh thụt lề trái và phải của đoạn có viền dưới (Trang đầu › Đoạn văn › Thụt lề) cho đường kẻ ngắn lại hoặc dài ra",
    drawing: "kéo hai đầu đường kẻ (hoặc đặt chiều rộng ở Định dạng hình › Kích thước)",
    underline: "bỏ gạch chân, đặt viền dưới cho một đoạn trống ngay dưới dòng này với thụt lề hai bên",
  }[line.rule!];
  tell(
    "FORMAT_RULE",
    `đường kẻ bên dưới dài ${num(length)} mm, bằng ${pct(length / against)} dòng chữ${wraps ? " dài nhất" : ""} (${wraps ? (tooLong ? "nhiều nhất " : "ít nhất ") : ""}${num(against)} mm); thể thức yêu cầu ${asks} dòng chữ`,
    `${how}, để đường kẻ dài khoảng ${num(want)} mm và cân giữa dòng chữ`,
    limits.unverified,
  );
}

/** The width (mm) of the widest line of `inlines` printed as `style` asks: its size (when off), IN HOA. */
function styledLength(style: Style, inlines: readonly ReadInline[]): number {
  const [lo, hi] = style.accept?.size ?? [style.size ?? 0, style.size ?? 0];
  return textLength(
    inlines.map((k) => {
      if (k.type !== "text") return k;
      const off = style.size !== undefined && (k.look.size < lo - 0.01 || k.look.size > hi + 0.01);
      return {
        ...k,
        value: style.caps ? upperVi(k.value) : k.value,
        look: { ...k.look, size: off ? style.size! : k.look.size },
      };
    }),
  );
}

/**
 * Indents that place a line: a first-line (or hanging) indent of at least `FIRST_LINE_RULE` mm
 * (the body's 1 cm), a left or right indent of at least `PLACEMENT_RULE` mm (Kính gửi at 54 mm).
 * Smaller ones in a profile are the renderer's fine adjustments (a hanging 2.3 mm so a wrapped
 * Nơi nhận line clears its dash), which no text prescribes and a checker does not judge.
 */
export const FIRST_LINE_RULE = 5;
export const PLACEMENT_RULE = 20;

function indentFindings(style: Style, line: Line, tell: Tell): void {
  const indent = line.paragraph.look.indent;
  const want = style.indent ?? {};
  const firstWant = want.hanging !== undefined ? -want.hanging : want.first_line;
  const fix = "chọn đoạn, sửa ở Trang đầu › Đoạn văn › Thụt lề (Home › Paragraph › Indentation)";
  if (firstWant !== undefined && (Math.abs(firstWant) >= FIRST_LINE_RULE || firstWant === 0)) {
    const [lo, hi] =
      want.hanging === undefined && style.accept?.first_line
        ? style.accept.first_line
        : [firstWant, firstWant];
    if (indent.firstLine < lo - MM || indent.firstLine > hi + MM)
      tell(
        "FORMAT_INDENT",
        `thụt dòng đầu ${firstIndent(indent.firstLine)}, thể thức yêu cầu ${firstIndent(firstWant)}${lo !== hi ? ` (hoặc từ ${num(lo)} đến ${num(hi)} mm)` : ""}`,
        fix,
      );
  }
  for (const [key, name] of [
    ["left", "lề trái đoạn"],
    ["right", "lề phải đoạn"],
  ] as const) {
    const w = want[key];
    if (w !== undefined && w >= PLACEMENT_RULE && Math.abs(indent[key] - w) > MM)
      tell("FORMAT_INDENT", `${name} ${num(indent[key])} mm, thể thức yêu cầu ${num(w)} mm`, fix);
  }
}

function spacingFindings(style: Style, line: Line, tell: Tell): void {
  const spacing = line.paragraph.look.spacing;
  const want = style.spacing ?? {};
  const fix = "chọn đoạn, sửa ở Trang đầu › Đoạn văn › Giãn cách (Home › Paragraph › Spacing)";
  for (const [key, name] of [
    ["before", "trước đoạn"],
    ["after", "sau đoạn"],
  ] as const) {
    const w = want[key];
    if (w === undefined) continue;
    const [lo, hi] = style.accept?.[key] ?? [w, w];
    // Empty paragraphs typed above a line count as space before it (the gap for the signature).
    const have = key === "before" ? spacing.before + (line.blankAbove ?? 0) : spacing[key];
    if (have < lo - PT || have > hi + PT)
      tell(
        "FORMAT_SPACING",
        `khoảng cách ${name} ${num(have)} pt, thể thức yêu cầu ${range(lo, hi, "pt")}`,
        fix,
      );
  }
  const wanted: LineSpacing | undefined =
    want.line_exact !== undefined
      ? { exact: want.line_exact }
      : want.line_at_least !== undefined
        ? { atLeast: want.line_at_least }
        : want.line !== undefined
          ? { multiple: want.line }
          : undefined;
  if (!wanted) return;
  const have: LineSpacing = spacing.line ?? { multiple: 1 };
  const accepted =
    "multiple" in wanted && "multiple" in have
      ? have.multiple >= (style.accept?.line?.[0] ?? wanted.multiple) - 0.01 &&
        have.multiple <= (style.accept?.line?.[1] ?? wanted.multiple) + 0.01
      : "exact" in wanted && "exact" in have
        ? Math.abs(have.exact - wanted.exact) <= PT
        : "atLeast" in wanted && "atLeast" in have && Math.abs(have.atLeast - wanted.atLeast) <= PT;
  if (!accepted)
    tell(
      "FORMAT_SPACING",
      `giãn dòng ${lineName(have)}, thể thức yêu cầu ${lineName(wanted)}${style.accept?.line ? ` (từ ${num(style.accept.line[0])} đến ${num(style.accept.line[1])} dòng)` : ""}`,
      `chọn đoạn, đặt Giãn cách dòng (Line spacing) ${lineName(wanted)} ở Trang đầu › Đoạn văn`,
    );
}

const on = (r: ReadText, key: "bold" | "italic" | "underline") =>
  key === "underline" ? !!r.look.underline : r.look[key];
const fontOf = (r: ReadText) => r.look.font ?? r.look.fonts?.hAnsi;
const range = (lo: number, hi: number, unit: string) =>
  lo === hi ? `${num(lo)} ${unit}` : `từ ${num(lo)} đến ${num(hi)} ${unit}`;
const align = (a: string): "left" | "center" | "right" | "justify" =>
  a === "distribute" ? "justify" : (a as "left");
const ALIGN = {
  left: "căn trái",
  center: "căn giữa",
  right: "căn phải",
  justify: "căn đều hai bên",
} as const;
const ALIGN_KEYS = { left: "Ctrl+L", center: "Ctrl+E", right: "Ctrl+R", justify: "Ctrl+J" } as const;
const firstIndent = (mm: number) => (mm < 0 ? `treo ${num(-mm)} mm` : `${num(mm)} mm`);
const lineName = (l: LineSpacing) =>
  "exact" in l
    ? `chính xác (Exactly) ${num(l.exact)} pt`
    : "atLeast" in l
      ? `tối thiểu (At least) ${num(l.atLeast)} pt`
      : l.multiple === 1
        ? "đơn (Single)"
        : `${num(l.multiple)} dòng (Multiple)`;

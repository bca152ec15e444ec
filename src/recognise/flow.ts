/**
 * What comes between the header and the closing: tên loại, trích yếu and the "-----" under them;
 * "Kính gửi:" and its list; the căn cứ between the two ban hành lines of a quyết định; then the
 * body: paragraphs, headings (by the styles they name, Word's heading styles and outline levels,
 * or their numbering and emphasis), data tables with their captions, footnotes.
 */
import type { ReadParagraph } from "../ooxml/types";
import { fieldOf, hint, lineOf, type Context } from "./context";
import { kindOfTitle, startsWithLabel } from "./patterns";
import { isDashItem, isDashLine, isUpper, key, oneLine, paragraphText, textRuns } from "./text";
import type { Line } from "./types";

/** Tên loại, trích yếu, separator: from `from`; the kind when the tên loại names one. */
export function recogniseTitle(ctx: Context, from: number, to: number) {
  const { cands, profile } = ctx;
  const lines: Line[] = [];
  let i = skipEmpty(ctx, from, to);
  if (i >= to) return { lines, end: from };
  const kind = kindOfTitle(profile, cands[i].text);
  if (!kind && hint(ctx, cands[i]) !== "ten-loai") return { lines, end: from };
  lines.push(lineOf(ctx, i, "ten-loai", "ten_loai"));
  i = skipEmpty(ctx, i + 1, to);
  let count = 0;
  while (i < to && count < 4) {
    const c = cands[i];
    const h = hint(ctx, c);
    if (isDashLine(c.text) || h === "phan-cach") {
      lines.push(lineOf(ctx, i, "phan-cach", "trich_yeu"));
      i = skipEmpty(ctx, i + 1, to);
      break;
    }
    const plain = !h && c.p.look.align === "center" && !opensSomething(ctx, c.text) && !c.place;
    if (h !== "trich-yeu" && !(plain && (count === 0 || !lines.at(-1)!.rule))) break;
    const line = lineOf(ctx, i, "trich-yeu", "trich_yeu");
    lines.push(line);
    count++;
    i = skipEmpty(ctx, i + 1, to);
  }
  return { lines, end: i, kind };
}

/** "Kính gửi:" (or "Kính trình:") and the "- …" lines under it. */
export function recogniseKinhGui(ctx: Context, from: number, to: number) {
  const { cands, profile } = ctx;
  const i = skipEmpty(ctx, from, to);
  const labels = [profile.labels.kinh_gui, profile.labels.kinh_trinh ?? profile.labels.kinh_gui];
  if (
    i >= to ||
    !(labels.some((l) => startsWithLabel(cands[i].text, l)) || hint(ctx, cands[i]) === "kinh-gui")
  )
    return { lines: [] as Line[], end: from };
  const lines = [lineOf(ctx, i, "kinh-gui", "kinh_gui")];
  let j = skipEmpty(ctx, i + 1, to);
  let k = 0;
  while (j < to) {
    const c = cands[j];
    const h = hint(ctx, c);
    const listed = isDashItem(c.text) && (c.p.look.indent.left >= 20 || /^\t/.test(paragraphText(c.p)));
    if (!(h === "kinh-gui-muc" || (!h && listed))) break;
    lines.push(lineOf(ctx, j, "kinh-gui-muc", `kinh_gui.${k++}`));
    j = skipEmpty(ctx, j + 1, to);
  }
  return { lines, end: j };
}

/**
 * The căn cứ of a quyết định, quy định, quy chế: lines before an IN HOA centred ban hành line
 * ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH", "QUYẾT ĐỊNH:"), and the thẩm quyền line above them (state).
 */
export function recogniseCanCu(ctx: Context, from: number, to: number, kind?: string) {
  const { cands, profile } = ctx;
  const title = kind ? profile.kinds[kind]?.title : undefined;
  const isBanHanh = (i: number) => {
    const c = cands[i];
    const h = hint(ctx, c);
    if (h) return h === "ban-hanh";
    const t = oneLine(c.text);
    return (
      c.p.look.align === "center" && isUpper(t) && !!title && key(t).endsWith(key(title)) && t.length < 200
    );
  };
  let last = -1;
  for (let i = from; i < Math.min(to, from + 40); i++) if (!cands[i].empty && isBanHanh(i)) last = i;
  const grounds = (i: number) => /^(-\s*)?(căn cứ|theo|xét)\s/iu.test(cands[i].text.trim());
  let any = false;
  for (let i = from; i < last; i++) any ||= grounds(i);
  if (last < 0 || (!any && !hint(ctx, cands[last]))) return { lines: [] as Line[], end: from };
  const lines: Line[] = [];
  let k = 0;
  for (let i = from; i <= last; i++) {
    if (cands[i].empty) continue;
    const t = oneLine(cands[i].text);
    const authority =
      !lines.length && !hint(ctx, cands[i]) && isUpper(t) && cands[i].p.look.align === "center";
    if (isBanHanh(i) || authority) lines.push(lineOf(ctx, i, "ban-hanh", "tham_quyen"));
    else lines.push(lineOf(ctx, i, "can-cu", `can_cu.${k++}`));
  }
  return { lines, end: last + 1 };
}

/** Body lines from `from` to `to`, under `field` ("noi_dung", "phu_luc.0.noi_dung"). */
export function recogniseBody(ctx: Context, from: number, to: number, field: string): Line[] {
  const { cands } = ctx;
  const lines: Line[] = [];
  for (let i = from; i < to; i++) {
    const c = cands[i];
    if (c.empty) continue;
    if (c.place?.data) {
      lines.push(lineOf(ctx, i, c.place.headerRow ? tableHeader(ctx) : tableCell(ctx), field));
      continue;
    }
    const nextTable = cands.slice(i + 1, to).find((x) => !x.empty);
    const h = hint(ctx, c);
    const set = c.p.look.align === "center" || textRuns(c.p.children).every((r) => r.look.bold);
    const caption = h
      ? h === caption_(ctx)
      : !c.place && !!nextTable?.place?.data && /^bảng\b/iu.test(c.text.trim()) && set;
    lines.push(lineOf(ctx, i, caption ? caption_(ctx) : bodyRole(ctx, c.p, c.text), field));
    for (const note of footnotes(c.p)) lines.push(noteLine(ctx, note, c.section, field));
  }
  return lines;
}

const tableHeader = (ctx: Context) => ctx.profile.tables.bang?.header_style ?? "bang-dau";
const tableCell = (ctx: Context) => ctx.profile.tables.bang?.cell_style ?? "bang-o";
const caption_ = (ctx: Context) => ctx.profile.tables.bang?.caption_style ?? "bang-tieu-de";

const BODY_HINTS = (ctx: Context) =>
  new Set([
    ctx.profile.body_style,
    ...ctx.profile.headings,
    "can-cu",
    "ban-hanh",
    ctx.profile.footnote_style,
  ]);

/** A body paragraph's role: the style it names, a Word heading level, or its numbering and emphasis. */
function bodyRole(ctx: Context, p: ReadParagraph, text: string): string {
  const { profile } = ctx;
  const h = hint(ctx, { p } as never);
  if (h && BODY_HINTS(ctx).has(h)) return h;
  const headings = profile.headings;
  const heading = /^heading\s*(\d)$/i.exec(p.look.styleName ?? "")?.[1];
  const level = heading ? Number(heading) - 1 : p.look.outlineLevel;
  // As vanthu writes them: Heading 1 (outline level 1) is the profile's first heading style.
  if (level !== undefined && level < headings.length) return headings[level];
  const runs = textRuns(p.children);
  const all = (f: (r: (typeof runs)[number]) => boolean) => runs.length > 0 && runs.every(f);
  const bold = all((r) => r.look.bold);
  const italic = all((r) => r.look.italic);
  const t = text.trim();
  if (t.length > 300) return profile.body_style;
  const at = (n: number) => headings[Math.min(n, headings.length - 1)];
  if (bold && isUpper(t) && !/^[IVXLC]+[.-]\s/.test(t)) return at(p.look.align === "center" ? 0 : 1);
  if (/^(phần|chương)\s+\S+/iu.test(t) && bold) return at(0);
  if (/^[IVXLC]+[.-]\s/.test(t) && bold) return at(1);
  if (/^điều\s+\d+\s*\./iu.test(t) && bold && headings.length > 5) return at(5);
  if (/^\d+\.\d+\.?\s/.test(t) && bold) return at(3);
  if (/^\d+[.-]\s/.test(t) && bold) return at(2);
  if (/^[a-zđ]\)\s/u.test(t) && italic) return at(4);
  return profile.body_style;
}

function* footnotes(p: ReadParagraph): Generator<ReadParagraph> {
  for (const c of p.children) if (c.type === "footnote") yield* c.children;
}

function noteLine(ctx: Context, p: ReadParagraph, section: number, field: string): Line {
  const text = paragraphText(p).trim();
  return {
    role: ctx.profile.footnote_style,
    field: fieldOf(ctx, field),
    text,
    runs: textRuns(p.children),
    paragraph: p,
    section,
  };
}

const opensSomething = (ctx: Context, text: string) =>
  startsWithLabel(text, ctx.profile.labels.kinh_gui) ||
  startsWithLabel(text, ctx.profile.labels.kinh_trinh ?? ctx.profile.labels.kinh_gui) ||
  /^(-\s*)?căn cứ\b/iu.test(text.trim());

export function skipEmpty(ctx: Context, i: number, to: number): number {
  while (i < to && ctx.cands[i].empty) i++;
  return i;
}

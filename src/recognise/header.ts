/**
 * The header of a document: a table of two columns (vanthu, and most Word users), paragraphs laid
 * out with tab stops ("TỈNH ỦY<tab>ĐẢNG CỘNG SẢN VIỆT NAM"), or lines stacked one under another.
 * Left: cơ quan cấp trên, cơ quan ban hành, "*", "Số …", a công văn's trích yếu, the secrecy and
 * urgency marks. Right: the tiêu đề (quốc hiệu, tiêu ngữ) and the date. The draft box above it.
 */
import { hint, lineOf, pieces, type Context, type Piece } from "./context";
import { isDateLine, isNumberLine, tieuDeIndex } from "./patterns";
import { key } from "./text";
import type { Line } from "./types";

/** How far into a document its header may start (paragraphs). */
const REACH = 40;

interface Slot {
  i: number;
  piece?: Piece;
  side: "left" | "right";
}

/** The header's lines and the index after it, or undefined when the document has none. */
export function recogniseHeader(
  ctx: Context,
  from: number,
  to: number,
): { lines: Line[]; end: number } | undefined {
  const { cands, profile } = ctx;
  const limit = Math.min(to, from + REACH);
  let t = -1;
  for (let i = from; i < limit && t < 0; i++)
    if (pieces(cands[i]).some((p) => tieuDeIndex(profile, p.text) >= 0)) t = i;
  if (t < 0) return undefined;
  const lines: Line[] = [];
  let start = from;
  // The draft box: a table before the header's, holding "DỰ THẢO" / "Dự thảo lần 2".
  for (let i = from; i < t; i++) {
    const c = cands[i];
    if (c.place && c.place.table !== cands[t].place?.table && /^dự thảo/iu.test(c.text.trim())) {
      lines.push(lineOf(ctx, i, "du-thao", "du_thao"));
      start = i + 1;
    }
  }
  const slots: Slot[] = [];
  let end: number;
  const place = cands[t].place;
  if (place) {
    end = t;
    let first = t;
    while (first > start && cands[first - 1].place?.table === place.table) first--;
    while (end < to && cands[end].place?.table === place.table) end++;
    for (let i = first; i < end; i++)
      if (!cands[i].empty) slots.push({ i, side: cands[i].place!.col === 0 ? "left" : "right" });
  } else {
    end = tabHeaderEnd(ctx, start, to);
    for (let i = start; i < end; i++) {
      if (cands[i].empty) continue;
      const ps = pieces(cands[i]);
      if (ps.length === 1 && !ps[0].side) slots.push({ i, piece: ps[0], side: stackedSide(ctx, ps[0].text) });
      else for (const p of ps) slots.push({ i, piece: p, side: p.side! });
    }
  }
  lines.push(
    ...left(
      ctx,
      slots.filter((s) => s.side === "left"),
    ),
  );
  lines.push(
    ...right(
      ctx,
      slots.filter((s) => s.side === "right"),
    ),
  );
  return { lines, end };
}

/** A header of paragraphs ends after its last number, date or công văn trích yếu line (at most 12 paragraphs). */
function tabHeaderEnd(ctx: Context, from: number, to: number): number {
  let end = from;
  for (let i = from; i < Math.min(to, from + 12); i++) {
    const texts = pieces(ctx.cands[i]).map((p) => p.text);
    if (texts.some((s) => isNumberLine(s) || isDateLine(s))) end = i + 1;
    else if (end > from && i === end && texts.some((s) => /^v\/v\b/iu.test(s))) end = i + 1;
  }
  return Math.max(end, from + 1);
}

/** A stacked header line goes right when it is a tiêu đề or the date. */
const stackedSide = (ctx: Context, text: string): "left" | "right" =>
  tieuDeIndex(ctx.profile, text) >= 0 || isDateLine(text) ? "right" : "left";

function left(ctx: Context, slots: Slot[]): Line[] {
  const { profile } = ctx;
  const text = (s: Slot) => (s.piece ? s.piece.text : ctx.cands[s.i].text.trim());
  const line = (s: Slot, role: string, field: string) => lineOf(ctx, s.i, role, field, s.piece);
  const sao = profile.labels.sao;
  const marks = new Set(
    [...Object.values(profile.labels.do_mat ?? {}), ...Object.values(profile.labels.do_khan ?? {})].map(key),
  );
  const isSao = (s: Slot) => text(s) === "*" || (!!sao && text(s) === sao);
  const cut = slots.findIndex((s) => isSao(s) || isNumberLine(text(s)));
  const issuers = cut < 0 ? slots : slots.slice(0, cut);
  const out = issuerLines(ctx, issuers).map(([s, role]) =>
    line(s, role, role === "co-quan" ? "co_quan.ten" : "co_quan.cap_tren"),
  );
  let seenNumber = false;
  for (const s of cut < 0 ? [] : slots.slice(cut)) {
    const t = text(s);
    const h = hint(ctx, ctx.cands[s.i]);
    if (isSao(s)) out.push(line(s, "sao", "co_quan"));
    else if (isNumberLine(t)) {
      out.push(line(s, "so", "so"));
      seenNumber = true;
    } else if (marks.has(key(t))) {
      const mat = Object.values(profile.labels.do_mat ?? {}).some((m) => key(m) === key(t));
      out.push(line(s, mat ? "do-mat" : "do-khan", mat ? "do_mat" : "do_khan"));
    } else if (h === "do-mat" || h === "do-khan") out.push(line(s, h, h.replace("-", "_")));
    else if (seenNumber) out.push(line(s, "trich-yeu-cong-van", "trich_yeu"));
    else out.push(line(s, "", "co_quan"));
  }
  return out;
}

/**
 * Which issuer lines are the cấp trên and which the cơ quan ban hành: by the styles they name
 * when they do; else one line is the issuer, two are cấp trên then issuer unless both are bold,
 * and more are told apart by bold (the issuer's) with the last one the issuer when none is.
 */
function issuerLines(ctx: Context, slots: Slot[]): [Slot, string][] {
  const hints = slots.map((s) => hint(ctx, ctx.cands[s.i]));
  if (slots.length && hints.every((h) => h === "co-quan" || h === "co-quan-cap-tren"))
    return slots.map((s, i) => [s, hints[i]!]);
  const bold = slots.map((s) => {
    const runs = s.piece ? s.piece.runs : ctx.cands[s.i].p.children.filter((k) => k.type === "text");
    return runs.length > 0 && runs.every((r) => r.type === "text" && r.look.bold);
  });
  if (slots.length <= 1) return slots.map((s) => [s, "co-quan"]);
  if (slots.length === 2 && !(bold[0] && bold[1]) && !(bold[0] && !bold[1]))
    return [
      [slots[0], "co-quan-cap-tren"],
      [slots[1], "co-quan"],
    ];
  if (!bold.some(Boolean))
    return slots.map((s, i) => [s, i === slots.length - 1 ? "co-quan" : "co-quan-cap-tren"]);
  return slots.map((s, i) => [s, bold[i] ? "co-quan" : "co-quan-cap-tren"]);
}

function right(ctx: Context, slots: Slot[]): Line[] {
  const { profile } = ctx;
  return slots.map((s) => {
    const t = s.piece ? s.piece.text : ctx.cands[s.i].text.trim();
    const title = tieuDeIndex(profile, t);
    if (title >= 0) return lineOf(ctx, s.i, profile.labels.tieu_de[title].style, "tieu_de", s.piece);
    if (isDateLine(t) || hint(ctx, ctx.cands[s.i]) === "ngay")
      return lineOf(ctx, s.i, "ngay", "ngay", s.piece);
    return lineOf(ctx, s.i, "", "tieu_de", s.piece);
  });
}

/**
 * What every step of the recogniser shares: the profile, the paragraphs, the field prefix of the
 * document being read, and how a paragraph becomes a `Line` (its text, runs, the rule under it).
 */
import type { ReadInline, ReadText } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import type { Candidate } from "./flatten";
import { inlineText, isDashLine, paragraphText, textRuns } from "./text";
import type { Line } from "./types";

export interface Context {
  profile: Profile;
  cands: Candidate[];
  /** "" for the main document, "kem_theo.0" for an enclosed one. */
  prefix: string;
}

/** The field with the document's prefix: "so" → "kem_theo.0.so". */
export const fieldOf = (ctx: Context, field: string): string =>
  ctx.prefix ? `${ctx.prefix}.${field}` : field;

/** The profile style a paragraph names itself by (vanthu's own output, or a user who applied its styles). */
export function hint(ctx: Context, c: Candidate): string | undefined {
  const id = c.p.look.styleId ?? c.p.style;
  if (id && Object.hasOwn(ctx.profile.styles, id)) return id;
  const name = c.p.look.styleName;
  return name && Object.hasOwn(ctx.profile.styles, name) ? name : undefined;
}

/** One side of a paragraph laid out with tabs. */
export interface Piece {
  text: string;
  runs: ReadText[];
  side?: "left" | "right";
}

/** The paragraph whole, or its left and right sides when tabs separate them ("TỈNH ỦY<tab>ĐẢNG…"). */
export function pieces(c: Candidate): Piece[] {
  const kids = c.p.children;
  const firstText = kids.findIndex((k) => k.type === "text" && k.value.trim() !== "");
  const tabAt = kids.findIndex((k, i) => k.type === "tab" && i > firstText && hasTextAfter(kids, i));
  const leadingTab = firstText > 0 && kids.slice(0, firstText).some((k) => k.type === "tab");
  if (leadingTab) return [{ ...side(kids.slice(firstText)), side: "right" }];
  if (firstText < 0 || tabAt < 0) return [{ text: paragraphText(c.p).trim(), runs: textRuns(c.p.children) }];
  return [
    { ...side(kids.slice(0, tabAt)), side: "left" },
    { ...side(kids.slice(tabAt + 1)), side: "right" },
  ];
}
const hasTextAfter = (kids: readonly ReadInline[], i: number) =>
  kids.slice(i + 1).some((k) => k.type === "text" && k.value.trim() !== "");
const side = (kids: readonly ReadInline[]) => ({
  text: inlineText(kids).replace(/\t+/g, " ").trim(),
  runs: textRuns(kids),
});

/** How a rule is drawn under candidate `i`: its own bottom border, an empty bordered or drawn paragraph after it, a drawing, its text underlined. */
export function ruleUnder(ctx: Context, i: number, runs: readonly ReadText[]): Line["rule"] {
  const c = ctx.cands[i];
  if (c.p.look.borders?.bottom) return "border";
  if (c.p.look.drawings?.some((d) => d.kind === "line")) return "drawing";
  const next = ctx.cands[i + 1];
  if (next && sameCell(c, next) && (next.empty || (isDashLine(next.text) && /_/.test(next.text)))) {
    if (next.p.look.borders?.bottom || next.p.look.borders?.top) return "border";
    if (next.p.look.drawings?.some((d) => d.kind === "line")) return "drawing";
    if (/_/.test(next.text)) return "underline";
    if (next.p.children.some((k) => k.type === "tab" && k.look.underline)) return "underline";
  }
  if (runs.length && runs.every((r) => r.look.underline)) return "underline";
  return undefined;
}

export const sameCell = (a: Candidate, b: Candidate): boolean =>
  a.section === b.section &&
  a.place?.table === b.place?.table &&
  a.place?.row === b.place?.row &&
  a.place?.col === b.place?.col &&
  a.place?.nested?.row === b.place?.nested?.row &&
  a.place?.nested?.col === b.place?.nested?.col;

/** A line for candidate `i` (or one side of it). */
export function lineOf(ctx: Context, i: number, role: string, field: string, piece?: Piece): Line {
  const c = ctx.cands[i];
  const text = piece ? piece.text : c.text.trim();
  const runs = piece ? piece.runs : textRuns(c.p.children);
  const line: Line = {
    role,
    field: fieldOf(ctx, field),
    text,
    runs,
    paragraph: c.p,
    section: c.section,
  };
  if (c.p.source !== undefined) line.source = c.p.source;
  if (piece?.side) line.piece = piece.side;
  if (c.place) line.inTable = true;
  const rule = ruleUnder(ctx, i, runs);
  if (rule) line.rule = rule;
  return line;
}

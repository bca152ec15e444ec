/**
 * What every step of the recogniser shares: the profile, the paragraphs, the field prefix of the
 * document being read, and how a paragraph becomes a `Line` (its text, runs, the rule under it).
 */
import type { ReadInline, ReadText } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import type { Candidate } from "./flatten";
import { ruleLength } from "./rule-length";
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

const piecesOf = new WeakMap<Candidate, Piece[]>();

/** The paragraph whole, or its left and right sides when tabs separate them ("TỈNH ỦY<tab>ĐẢNG…"). */
export function pieces(c: Candidate): Piece[] {
  let found = piecesOf.get(c);
  if (!found) piecesOf.set(c, (found = split(c)));
  return found;
}

/**
 * Text groups separated by tabs, each placed by the tabs before it: with two or more tab stops of
 * its own (the left and right column centres), a group after at most one tab is the left column;
 * otherwise the first group is the left one unless two tabs or more come before it.
 */
function split(c: Candidate): Piece[] {
  const kids = c.p.children;
  const groups: { tabs: number; kids: ReadInline[] }[] = [];
  let tabs = 0;
  let current: ReadInline[] | undefined;
  for (const k of kids) {
    if (k.type === "tab") {
      tabs++;
      current = undefined;
    } else if (k.type === "text" && k.value.trim() !== "") {
      if (!current) groups.push({ tabs, kids: (current = []) });
      current.push(k);
    } else current?.push(k);
  }
  if (groups.length === 0 || (groups.length === 1 && tabs === 0))
    return [{ text: paragraphText(c.p).trim(), runs: textRuns(c.p.children) }];
  const stops = (c.p.look.tabs ?? []).filter((t) => t.kind !== "bar").length;
  const isLeft = (g: { tabs: number }, i: number) => (stops >= 2 ? g.tabs <= 1 : i === 0 && g.tabs < 2);
  const left = groups.filter(isLeft);
  const right = groups.filter((g, i) => !isLeft(g, i));
  const piece = (gs: typeof groups, side: "left" | "right"): Piece => ({
    ...sideOf(gs.flatMap((g) => g.kids)),
    side,
  });
  return [...(left.length ? [piece(left, "left")] : []), ...(right.length ? [piece(right, "right")] : [])];
}

const sideOf = (kids: readonly ReadInline[]) => ({
  text: inlineText(kids).replace(/\t+/g, " ").trim(),
  runs: textRuns(kids),
});

/**
 * How a rule is drawn under candidate `i`: its own bottom border or drawn line, an empty bordered
 * paragraph, a drawn line or an underlined tab in the paragraph after it, or its text underlined.
 */
export function ruleUnder(ctx: Context, i: number, runs: readonly ReadText[]): Line["rule"] {
  const c = ctx.cands[i];
  if (c.p.look.borders?.bottom) return "border";
  if (c.p.look.drawings?.some((d) => d.kind === "line")) return "drawing";
  const next = ctx.cands[i + 1];
  if (next && sameCell(c, next)) {
    if (next.empty && (next.p.look.borders?.bottom || next.p.look.borders?.top)) return "border";
    if (next.p.look.drawings?.some((d) => d.kind === "line")) return "drawing";
    if (next.p.children.some((k) => k.type === "tab" && k.look.underline)) return "underline";
    if (isDashLine(next.text) && /_/.test(next.text)) return "underline";
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
  if (rule) {
    line.rule = rule;
    const next = ctx.cands[i + 1];
    const length = ruleLength(rule, c, next && sameCell(c, next) ? next : undefined, runs);
    if (length !== undefined && length > 0) line.ruleLength = length;
    const box = c.width === undefined ? undefined : c.width - c.p.look.indent.left - c.p.look.indent.right;
    if (box !== undefined && box > 0 && !piece) line.box = box;
  }
  const blank = blankAbove(ctx, i);
  if (blank) line.blankAbove = blank;
  return line;
}

/** The least height (pt) of an empty paragraph typed as a blank line. */
const BLANK_LINE = 6;

/** The height (pt) of the empty paragraphs right above candidate `i` in the same place (drawn rules aside). */
function blankAbove(ctx: Context, i: number): number {
  let pt = 0;
  for (let j = i - 1; j >= 0; j--) {
    const e = ctx.cands[j];
    if (!e.empty || !sameCell(e, ctx.cands[i]) || e.p.look.borders || e.p.look.drawings) break;
    const { spacing, mark } = e.p.look;
    const line = spacing.line;
    const height = !line
      ? mark.size * 1.15
      : "exact" in line
        ? line.exact
        : "atLeast" in line
          ? Math.max(line.atLeast, mark.size * 1.15)
          : mark.size * 1.15 * line.multiple;
    // A thin spacer (a rule's paragraph left without its border) is no blank line.
    if (height + spacing.before + spacing.after >= BLANK_LINE) pt += height + spacing.before + spacing.after;
  }
  return Math.round(pt * 100) / 100;
}

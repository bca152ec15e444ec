/**
 * A paragraph in a `wrap` style, set in `room` twips: each author line too long for it is broken
 * into balanced lines, an agency name (`groups`) only between its word groups (falling back to
 * any word when no group break fits), a prose block (`balance`) at its best places. Lines the
 * author broke stay broken where the author broke them, except in prose whose author lines do not
 * all fit: that is balanced again as one block.
 */
import type { Style } from "../profile/schema";
import type { Paragraph } from "../tree/types";
import { balancedBreaks, type Breakable } from "./balance";
import { groupStarts, lineStarts } from "./name-groups";
import { breakAt, lineWidth, linesOf, spaceWidth, type Word } from "./paragraph-words";
import { POOR, proseBreakable } from "./prose-breaks";

/**
 * Our metrics are Times New Roman's advance widths; a word processor may set a line a little
 * wider (rounding, kerning). A line is planned to fill at most this share of its room.
 */
export const MEASURE_TOLERANCE = 0.985;

/** What a line start inside a word group costs, over its cost in prose. */
const INSIDE_GROUP = 1;
/** What a line start between a level and its place name costs ("ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG TÀU"). */
const BEFORE_PLACE = 1;
/** What a line start inside a kind, a level or a place name costs ("TRUNG HỌC / PHỔ THÔNG", "HỒ / CHÍ MINH"). */
const SPLIT = 2 * POOR;

/** The lines of `words` planned for `room`: the words that start a new line. */
function plan(words: Word[], style: Style, room: number): Word[] {
  const space = spaceWidth(style);
  if (lineWidth(words, space) <= room) return [];
  const prose = proseBreakable(words);
  const breakable = style.wrap === "groups" ? groupBreakable(words, prose, space, room) : prose;
  // A poor place ("số / 25-NQ/TW", "đối / với", "ĐẢNG BỘ / …") is taken only when there is no other way, even
  // at one line more; a split name part ("TRUNG HỌC / PHỔ THÔNG", "THÀNH / PHỐ") only when nothing else fits.
  const below = (limit: number) => breakable.map((b) => (b.penalty >= limit ? { ...b, allowed: false } : b));
  const starts =
    balancedBreaks(below(POOR), space, room) ??
    balancedBreaks(below(SPLIT), space, room) ??
    balancedBreaks(breakable, space, room) ??
    [];
  return starts.map((i) => words[i]);
}

/**
 * A name breaks between its groups; only a group wider than the whole room breaks inside, at its
 * best places, and at a cost, so it does so only as often as it must, never inside a kind or unit
 * type while another place fits. A break that leaves an organ alone on the first line is taken
 * only when no other fits; where the organ and its level fit on the first line and the place name
 * after them does not, the line ends after the level instead ("ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG TÀU").
 */
function groupBreakable(words: Word[], prose: Breakable[], space: number, room: number): Breakable[] {
  const texts = words.map((w) => w.text);
  const starts = groupStarts(texts);
  const kinds = lineStarts(texts);
  const out: Breakable[] = [];
  for (let i = 0; i < words.length;) {
    let j = i + 1;
    while (j < words.length && !starts[j]) j++;
    const tooWide = lineWidth(words.slice(i, j), space) > room;
    // The organ and the whole level group do not fit on the first line: the other way is a lone organ.
    const headTooWide = lineWidth(words.slice(0, j), space) > room;
    for (let k = i; k < j; k++) {
      const { width } = words[k];
      const kind = kinds[k];
      const inside = INSIDE_GROUP + prose[k].penalty;
      if (k === i) out.push({ width, allowed: true, penalty: kind === "lone" ? POOR : 0 });
      else if (kind === "place") out.push({ width, allowed: tooWide || headTooWide, penalty: BEFORE_PLACE });
      else
        out.push({
          width,
          allowed: tooWide,
          penalty: (kind === "whole" ? SPLIT : kind === "lone" ? POOR : 0) + inside,
        });
    }
    i = j;
  }
  return out;
}

export function wrapParagraph(p: Paragraph, style: Style, room: number): Paragraph {
  if (!style.wrap) return p;
  const lines = linesOf(p, style);
  if (!lines) return p;
  const fits = room * MEASURE_TOLERANCE;
  const space = spaceWidth(style);
  // Prose whose author lines do not all fit (they were broken for a wider line) is balanced as one
  // block, rather than each line broken again into a long and a short one.
  if (style.wrap === "balance" && lines.length > 1 && lines.some((l) => lineWidth(l, space) > fits))
    return wrapParagraph(joined(p), style, room);
  return breakAt(
    p,
    lines.flatMap((words) => plan(words, style, fits)),
  );
}

/** `p` with a space in place of each line break. */
function joined(p: Paragraph): Paragraph {
  return {
    ...p,
    children: p.children.map((c, k) => {
      if (c.type !== "break") return c;
      const before = p.children[k - 1];
      return {
        type: "text",
        value: " ",
        ...(before?.type === "text" && before.marks && { marks: before.marks }),
      };
    }),
  };
}

/** The widest line of `p` as it is (author lines), in twips; 0 for a paragraph that cannot be read. */
export function widestLine(p: Paragraph, style: Style): number {
  const space = spaceWidth(style);
  return Math.max(0, ...(linesOf(p, style) ?? []).map((l) => lineWidth(l, space)));
}

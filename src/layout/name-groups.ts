/**
 * Where an agency name may break: between its word groups, never inside one. A name is read
 * as groups (the words of `name-words.ts`), each starting at a Party organ ("ĐẢNG BỘ", "BAN CHẤP
 * HÀNH"), a unit type ("ỦY BAN", "CÔNG TY", "TRƯỜNG ĐẠI HỌC"), a linking word ("CÁC", "VÀ",
 * "CỦA") or an administrative level followed by its place name ("TỈNH BÀ RỊA - VŨNG TÀU",
 * "HUYỆN PHÚ LƯƠNG"); every other word belongs to the group before it, so "CƠ QUAN", "THÁI
 * NGUYÊN", "TỔ QUỐC VIỆT NAM" stay whole. A level word with no place name after it ("… CÁC CƠ
 * QUAN TỈNH") belongs to the group before it too.
 *
 * A Văn phòng never leaves an organ alone on a line: organs in a row make one head ("BAN CHẤP
 * HÀNH ĐẢNG BỘ"), a unit type after an organ joins it, and the unit's own name starts the next
 * group ("ĐẢNG ỦY CÔNG TY / XỔ SỐ KIẾN THIẾT", not "ĐẢNG ỦY / CÔNG TY XỔ SỐ KIẾN THIẾT"). Where
 * the first group is still a lone organ ("ĐẢNG BỘ / TỈNH THÁI NGUYÊN"), `loneHeadEnd` says so,
 * and the line breaker takes that place only when nothing else fits.
 */
import { upperVi } from "../text/upper";
import { KINDS, LEVELS, LINKS, ORGANS, UNITS } from "./name-words";

/** The length of the phrase of `list` that starts at `words[i]`, or 0. */
function match(words: readonly string[], i: number, list: readonly string[][]): number {
  for (const phrase of list) if (phrase.every((p, k) => words[i + k] === p)) return phrase.length;
  return 0;
}

/** Whether a phrase of `list` runs from `words[i]` to just before `words[end]`. */
const endsAt = (words: readonly string[], i: number, end: number, list: readonly string[][]): boolean =>
  list.some((phrase) => i + phrase.length === end && phrase.every((p, k) => words[i + k] === p));

/**
 * How a line start reads at a word: "group", the start of a word group; "lone", a start that leaves
 * one organ alone on the first line; "place", the start of a place name whose level follows such a
 * lone organ ("ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG TÀU"); "whole", a start inside a kind or a unit type
 * (never a good place); "word", any other word inside a group.
 */
export type LineStart = "group" | "lone" | "place" | "whole" | "word";

/** Where the place name that starts at `words[i]` ends: at the next organ, unit, level or link, or the end. */
function placeEnd(words: readonly string[], i: number): number {
  let k = i + 1;
  while (k < words.length && ![ORGANS, UNITS, LEVELS, LINKS].some((list) => match(words, k, list))) k++;
  return k;
}

interface Reading {
  /** How a line start reads at each word. */
  kinds: LineStart[];
  /** For each word, whether a line may start there (the first word: false). */
  starts: boolean[];
  /** The index of the second group when the first group is one organ alone, else -1. */
  loneHeadEnd: number;
}

function read(words: readonly string[]): Reading {
  const upper = words.map((w) => upperVi(w));
  const n = upper.length;
  const starts = upper.map(() => false);
  const kinds = upper.map((): LineStart => "word");
  /** Whether the group being read is, so far, organs only (a head). */
  let head = false;
  let organsInHead = 0;
  let inPlace = false;
  let loneHeadEnd = -1;
  const start = (i: number) => {
    if (i > 0 && !starts.slice(1, i).some(Boolean) && head && organsInHead === 1) loneHeadEnd = i;
    starts[i] = i > 0;
    if (i > 0) kinds[i] = i === loneHeadEnd ? "lone" : "group";
  };
  for (let i = 0; i < n;) {
    const level = match(upper, i, LEVELS);
    const organ = match(upper, i, ORGANS);
    const unit = match(upper, i, UNITS);
    // An organ or unit named by a level ("TỈNH ỦY", "THỊ XÃ" never is one) is an organ, not a place.
    if (organ > level && organ >= unit) {
      if (!head) {
        start(i);
        organsInHead = 0;
      }
      head = true;
      organsInHead += 1;
      inPlace = false;
      i += organ;
      continue;
    }
    if (unit > level) {
      const joins = head;
      if (!joins) start(i);
      // "CHI BỘ / TRƯỜNG …" leaves the organ alone too.
      else if (organsInHead === 1 && !starts.slice(1, i).some(Boolean)) kinds[i] = "lone";
      // Inside the type, a line starts only before the kind or type that ends it ("TRƯỜNG / TRUNG HỌC PHỔ THÔNG").
      for (let k = i + 1; k < i + unit; k++)
        if (!endsAt(upper, k, i + unit, KINDS) && !endsAt(upper, k, i + unit, UNITS)) kinds[k] = "whole";
      head = false;
      inPlace = false;
      i += unit;
      // The unit's own name, after a head it joined, starts the next group; a level with no place
      // after it ("… CÔNG AN TỈNH") is not a name.
      if (joins && i < n && !(match(upper, i, LEVELS) && i + match(upper, i, LEVELS) >= n)) start(i);
      continue;
    }
    if (level && i + level < n && upper[i + level] !== "-") {
      start(i);
      if (i === loneHeadEnd) kinds[i + level] = "place";
      // Neither the level nor its place name is split ("THÀNH / PHỐ", "HỒ / CHÍ MINH").
      const end = placeEnd(upper, i + level);
      for (let k = i + 1; k < end; k++) if (k !== i + level) kinds[k] = "whole";
      head = false;
      inPlace = true;
      i += level;
      continue;
    }
    const link = match(upper, i, LINKS);
    if (link && !inPlace) {
      start(i);
      head = false;
      i += link;
      continue;
    }
    head = false;
    i += 1;
  }
  // No line starts inside a kind, wherever it stands ("KHỐI CÁC TRƯỜNG ĐẠI HỌC").
  for (let i = 0; i < n; i++)
    for (let k = i + 1; k < i + match(upper, i, KINDS); k++) if (kinds[k] === "word") kinds[k] = "whole";
  return { kinds, starts, loneHeadEnd };
}

/**
 * For each word of `words` (split at spaces), whether a line may start there. The first word
 * is `false` (a line starts there anyway).
 */
export const groupStarts = (words: readonly string[]): boolean[] => read(words).starts;

/**
 * The index of the word that starts the second group when the first group is one organ and nothing
 * else ("ĐẢNG BỘ" before "TỈNH THÁI NGUYÊN"): a line start there leaves the organ alone on its
 * line. -1 when there is no such place.
 */
export const loneHeadEnd = (words: readonly string[]): number => read(words).loneHeadEnd;

/** For each word of `words`, how a line start there reads (the first word: "group"). */
export const lineStarts = (words: readonly string[]): LineStart[] => {
  const { kinds } = read(words);
  return kinds.map((k, i) => (i === 0 ? "group" : k));
};

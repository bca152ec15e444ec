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
import { LEVELS, LINKS, ORGANS, UNITS } from "./name-words";

/** The length of the phrase of `list` that starts at `words[i]`, or 0. */
function match(words: readonly string[], i: number, list: readonly string[][]): number {
  for (const phrase of list) if (phrase.every((p, k) => words[i + k] === p)) return phrase.length;
  return 0;
}

interface Reading {
  /** For each word, whether a line may start there (the first word: false). */
  starts: boolean[];
  /** The index of the second group when the first group is one organ alone, else -1. */
  loneHeadEnd: number;
}

function read(words: readonly string[]): Reading {
  const upper = words.map((w) => upperVi(w));
  const n = upper.length;
  const starts = upper.map(() => false);
  /** Whether the group being read is, so far, organs only (a head). */
  let head = false;
  let organsInHead = 0;
  let inPlace = false;
  let loneHeadEnd = -1;
  const start = (i: number) => {
    if (i > 0 && !starts.slice(1, i).some(Boolean) && head && organsInHead === 1) loneHeadEnd = i;
    starts[i] = i > 0;
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
  return { starts, loneHeadEnd };
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

/**
 * Where an agency name may break: between its word groups, never inside one. A name is read
 * as groups, each starting at an organ ("ĐẢNG BỘ", "BAN CHẤP HÀNH", "ỦY BAN", "MẶT TRẬN"…), a
 * linking word ("CÁC", "VÀ", "CỦA"…) or an administrative level followed by its place name
 * ("TỈNH BÀ RỊA - VŨNG TÀU", "HUYỆN PHÚ LƯƠNG"); every other word belongs to the group before it,
 * so "CƠ QUAN", "THÁI NGUYÊN", "TỔ QUỐC VIỆT NAM" stay whole. A level word with no place name
 * after it ("… CÁC CƠ QUAN TỈNH") belongs to the group before it too.
 */
import { upperVi } from "../text/upper";

/** Organs and offices that start a group (longest first where one starts another). */
const ORGANS = [
  "BAN CHẤP HÀNH",
  "BAN THƯỜNG VỤ",
  "BAN CÁN SỰ",
  "BAN CHỈ ĐẠO",
  "ĐẢNG BỘ",
  "ĐẢNG ỦY",
  "ĐẢNG UỶ",
  "ĐẢNG ĐOÀN",
  "CHI BỘ",
  "ỦY BAN",
  "UỶ BAN",
  "MẶT TRẬN",
  "HỘI ĐỒNG",
  "VĂN PHÒNG",
  "TỈNH ỦY",
  "TỈNH UỶ",
  "HUYỆN ỦY",
  "HUYỆN UỶ",
  "THÀNH ỦY",
  "THÀNH UỶ",
  "QUẬN ỦY",
  "QUẬN UỶ",
  "THỊ ỦY",
  "THỊ UỶ",
  "BAN",
  "SỞ",
  "CỤC",
  "TRƯỜNG",
  "BỆNH VIỆN",
  "TRUNG TÂM",
  "CÔNG TY",
  "TỔNG CÔNG TY",
  "LIÊN ĐOÀN",
  "HỘI",
  "ĐOÀN",
];

/** Words that link two groups and start the second. */
const LINKS = ["TRỰC THUỘC", "THUỘC", "CÁC", "VÀ", "CỦA"];

/** Administrative levels: with a place name after them, they start a group that runs to the next level. */
const LEVELS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

const phrases = (list: string[]) => list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const ORGAN_WORDS = phrases(ORGANS);
const LINK_WORDS = phrases(LINKS);
const LEVEL_WORDS = phrases(LEVELS);

/** The length of the phrase of `list` that starts at `words[i]`, or 0. */
function match(words: readonly string[], i: number, list: string[][]): number {
  for (const phrase of list) if (phrase.every((p, k) => words[i + k] === p)) return phrase.length;
  return 0;
}

/**
 * For each word of `words` (split at spaces), whether a line may start there. The first word
 * is `false` (a line starts there anyway).
 */
export function groupStarts(words: readonly string[]): boolean[] {
  const upper = words.map((w) => upperVi(w));
  const starts = upper.map(() => false);
  let inPlace = false;
  for (let i = 0; i < upper.length;) {
    const level = match(upper, i, LEVEL_WORDS);
    const organ = match(upper, i, ORGAN_WORDS);
    // An organ named by its level ("TỈNH ỦY") is an organ, not a place.
    if (organ > level) {
      starts[i] = i > 0;
      inPlace = false;
      i += organ;
      continue;
    }
    if (level && i + level < upper.length && upper[i + level] !== "-") {
      starts[i] = i > 0;
      inPlace = true;
      i += level;
      continue;
    }
    const link = match(upper, i, LINK_WORDS);
    if (link && !inPlace) {
      starts[i] = i > 0;
      i += link;
      continue;
    }
    i += 1;
  }
  return starts;
}

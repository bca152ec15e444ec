/**
 * The frame variants, formatted by the profile's rules: joint issuers' symbol, urgency and
 * secrecy marks, the draft box, the enacting line after the căn cứ, bold article labels, and
 * recipient lists with brace groups. Pure functions; the Handlebars helpers in `env.ts` call them.
 */
import type { Profile } from "../profile/schema";
import type { NoiNhanItem } from "../schema/common";
import { rewriteParagraphStarts } from "./fences";
import { fill, formatList } from "./format";

/** The printed label of an urgency (`do_khan`) or secrecy (`do_mat`) mark; the profile must have it. */
export function markLabel(profile: Profile, group: "do_khan" | "do_mat", value: string): string {
  const label = profile.labels[group]?.[value];
  if (label === undefined) throw new Error(`thể thức "${profile.id}" không có nhãn labels.${group}.${value}`);
  return label;
}

/** "DỰ THẢO" for `du_thao: true`, "Dự thảo lần 2" for `du_thao: 2` (labels `du_thao`, `du_thao_lan`). */
export function draftLabel(profile: Profile, duThao: boolean | number): string {
  const key = duThao === true ? "du_thao" : "du_thao_lan";
  const pattern = profile.labels[key];
  if (typeof pattern !== "string") throw new Error(`thể thức "${profile.id}" không có nhãn labels.${key}`);
  return fill(pattern, { lan: String(duThao) });
}

/**
 * The enacting line after the căn cứ: labels.ban_hanh, e.g. "{tham_quyen} {ten_loai}" → "Ban
 * Thường vụ Tỉnh ủy QUYẾT ĐỊNH"; with `key` "tham_quyen", the line before them (state: the
 * authority alone, "{tham_quyen}", and "{ten_loai}:" after them).
 */
export function enactingLine(
  profile: Profile,
  thamQuyen: string,
  title: string,
  key: "ban_hanh" | "tham_quyen" = "ban_hanh",
): string {
  const pattern = profile.labels[key];
  if (typeof pattern !== "string") throw new Error(`thể thức "${profile.id}" không có nhãn labels.${key}`);
  return fill(pattern, { tham_quyen: thamQuyen, ten_loai: title });
}

/**
 * Articles in a body: a title line the author wrote all in bold ("**Điều 1. Phạm vi điều
 * chỉnh**") becomes a level-6 heading (the profile's article-title style, kept with the next
 * paragraph); an article that starts a paragraph gets its label in bold ("Điều 1. Thành lập …" →
 * "**Điều 1.** Thành lập …"). The word is labels.dieu. Only lines that start a paragraph of the
 * body are read (see `fences.ts`): a line that continues a paragraph ("… khoản 2\nĐiều 5. Luật
 * …"), a footnote's text, and every line of a fenced block (a ```bang table's cells) are left
 * as typed.
 */
export function boldArticles(markdown: string, word: string | undefined): string {
  if (!word) return markdown;
  const label = `${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\d+[a-zđ]?\\.`;
  const title = new RegExp(`^\\*\\*(${label}[^*\\n]*?)\\*\\*[ \\t]*$`, "u");
  const start = new RegExp(`^(${label})(?=[ \\t]|$)`, "u");
  // Titles first: a line right after a title (now a heading) starts a paragraph too.
  const titled = rewriteParagraphStarts(markdown, (line) => line.replace(title, "###### $1"));
  return rewriteParagraphStarts(titled, (line) => line.replace(start, "**$1**"));
}

export type ListItem = { dong: string } | { nhom: string[]; ghi_chu: string };

/**
 * A list's items with the profile's end punctuation, a brace group's lines punctuated in
 * sequence with the rest: the lines as `dong` (flat) and the items as `muc` (groups kept).
 */
export function formatItems(
  items: readonly NoiNhanItem[],
  separator: string,
  last: string,
): { dong: string[]; muc: ListItem[] } {
  const flat = items.flatMap((item) => (typeof item === "string" ? [item] : item.nhom));
  const dong = formatList(flat, separator, last);
  let next = 0;
  const muc = items.map((item): ListItem => {
    if (typeof item === "string") return { dong: dong[next++] };
    const nhom = dong.slice(next, (next += item.nhom.length));
    return { nhom, ghi_chu: item.ghi_chu };
  });
  return { dong, muc };
}

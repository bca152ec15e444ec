/**
 * What a profile's schema cannot see: every style it names exists, no style is based on itself
 * through a chain of `based_on`, the page and the styles leave room for text (`room.ts`), and
 * no pattern fills the same value twice (`patterns.ts`).
 */
import { counting, type Report } from "../report";
import { checkPatterns } from "./patterns";
import { checkRoom } from "./room";
import type { Profile } from "./schema";

/** Each fault reported as PROFILE_INVALID at its path in the profile. */
export function checkProfile(p: Profile, report: Report): void {
  const counted = counting(report);
  const fault = (path: (string | number)[], message: string) => counted("PROFILE_INVALID", message, { path });
  const need = (id: string, path: (string | number)[]) => {
    if (!p.styles[id]) fault(path, `kiểu "${id}" không có trong styles`);
  };
  need(p.body_style, ["body_style"]);
  need(p.footnote_style, ["footnote_style"]);
  need(p.page_number.style, ["page_number", "style"]);
  p.headings.forEach((h, i) => need(h, ["headings", i]));
  p.labels.tieu_de.forEach((t, i) => need(t.style, ["labels", "tieu_de", i, "style"]));
  for (const [id, s] of Object.entries(p.styles))
    if (s.based_on) need(s.based_on, ["styles", id, "based_on"]);
  for (const [id, t] of Object.entries(p.tables)) {
    for (const key of ["header_style", "cell_style", "caption_style"] as const)
      if (t[key]) need(t[key], ["tables", id, key]);
    if (t.fit && t.fit.column >= (t.columns?.length ?? 0))
      fault(
        ["tables", id, "fit", "column"],
        `cột ${t.fit.column} không có: bảng "${id}" có ${t.columns?.length ?? 0} cột (columns), đánh số từ 0`,
      );
    if (t.fit && t.fit.min > t.fit.max)
      fault(["tables", id, "fit"], `min (${t.fit.min} %) lớn hơn max (${t.fit.max} %)`);
  }
  checkNames(p, fault);
  checkBasedOnCycles(p, fault);
  checkPatterns(p, counted);
  // Indents are measured through `based_on`, which needs chains that end.
  if (!counted.errors()) checkRoom(p, counted);
}

type Fault = (path: (string | number)[], message: string) => void;

/** Names Word gives its own styles, which the document also holds. */
const BUILT_IN = ["normal", "title", "strong", "caption", "hyperlink", "footnote text", "footnote reference"];

/** Word keeps one style per name (compared without case): each `name` once, none of Word's own. */
function checkNames(p: Profile, fault: Fault): void {
  const seen = new Map<string, string>();
  for (const [id, s] of Object.entries(p.styles)) {
    if (s.name === undefined) continue;
    const key = s.name.toLocaleLowerCase("vi");
    const message = seen.has(key)
      ? `tên kiểu "${s.name}" đã dùng cho kiểu "${seen.get(key)}"; mỗi kiểu một tên riêng`
      : BUILT_IN.includes(key) || /^heading [1-9]$/.test(key)
        ? `tên kiểu "${s.name}" là tên một kiểu sẵn có của Word; chọn tên khác`
        : undefined;
    if (message) fault(["styles", id, "name"], message);
    else seen.set(key, id);
  }
}

/** Each chain of `based_on` that comes back to a style, once, at the first of its styles in the file. */
function checkBasedOnCycles(p: Profile, fault: Fault): void {
  const reported = new Set<string>();
  for (const id of Object.keys(p.styles)) {
    const chain = [id];
    for (
      let next = p.styles[id].based_on;
      next !== undefined && p.styles[next] && !chain.includes(next);
      next = p.styles[next].based_on
    )
      chain.push(next);
    const last = p.styles[chain.at(-1)!].based_on;
    if (last !== id || reported.has(id)) continue;
    chain.forEach((s) => reported.add(s));
    const message =
      chain.length === 1
        ? `kiểu "${id}" dựa trên chính nó (based_on: ${id}); xóa based_on hoặc chọn một kiểu khác`
        : `các kiểu dựa trên nhau thành vòng tròn (${[...chain, id].join(" → ")}); xóa based_on ở một kiểu trong vòng, hoặc cho nó dựa trên một kiểu khác`;
    fault(["styles", id, "based_on"], message);
  }
}

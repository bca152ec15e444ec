/** Cross-references inside a profile that its schema cannot see: every style it names exists. */
import type { Profile } from "./schema";

export function profileProblems(p: Profile): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const need = (id: string, path: (string | number)[]) => {
    if (!p.styles[id]) problems.push({ path, message: `kiểu "${id}" không có trong styles` });
  };
  need(p.body_style, ["body_style"]);
  need(p.footnote_style, ["footnote_style"]);
  need(p.page_number.style, ["page_number", "style"]);
  p.headings.forEach((h, i) => need(h, ["headings", i]));
  p.labels.tieu_de.forEach((t, i) => need(t.style, ["labels", "tieu_de", i, "style"]));
  for (const [id, s] of Object.entries(p.styles)) if (s.based_on) need(s.based_on, ["styles", id, "based_on"]);
  for (const [id, t] of Object.entries(p.tables)) {
    for (const key of ["header_style", "cell_style", "caption_style"] as const) if (t[key]) need(t[key], ["tables", id, key]);
  }
  return problems;
}

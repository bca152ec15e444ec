/**
 * The web form's "Kiểm tra tệp Word": a .docx judged by `vanthu check` (src/check), and its body
 * paragraphs as read (text, the part each was recognised as, a little of its look, its place in
 * a table), so that the page can draw the document with each finding beside the paragraph it
 * names.
 */
import { checkParts } from "../check/check";
import { partName } from "../check/names";
import type { Resources } from "../resources";
import { flatten } from "../recognise/flatten";
import { paragraphText, textRuns } from "../recognise/text";
import type { Line } from "../recognise/types";
import { forForm } from "./form-messages";
import type { CheckViewAnswer, ViewParagraph } from "./spec";

/** At most this many paragraphs are sent (a findings list, not a reader for whole books). */
export const MAX_VIEW_PARAGRAPHS = 3000;

export function checkView(
  bytes: Uint8Array,
  resources: Pick<Resources, "profiles">,
  file: string,
  kindName: (loai: string, theThuc?: string) => string | undefined,
  today?: Date,
): CheckViewAnswer {
  const { recognised, ...result } = checkParts(bytes, resources, { file, today });
  const answer: CheckViewAnswer = {
    file,
    diagnostics: forForm(result.diagnostics),
    paragraphs: [],
    ...(result.the_thuc && {
      the_thuc: result.the_thuc,
      profileName: resources.profiles.get(result.the_thuc)?.name,
    }),
    ...(result.loai && { loai: result.loai, kindName: kindName(result.loai, result.the_thuc) }),
  };
  if (!recognised) return answer;
  const lines = new Map<number, Line>();
  for (const d of recognised.documents)
    for (const l of d.lines) if (l.source !== undefined && !lines.has(l.source)) lines.set(l.source, l);
  for (const c of flatten(recognised.tree)) {
    const n = c.p.source;
    if (n === undefined || answer.paragraphs.length >= MAX_VIEW_PARAGRAPHS) continue;
    const line = lines.get(n);
    const run = textRuns(c.p.children)[0]?.look ?? c.p.look.mark;
    const look = c.p.look;
    const view: ViewParagraph = {
      n,
      text: paragraphText(c.p),
      align: look.align === "distribute" ? "justify" : look.align,
      size: run.size,
      bold: run.bold,
      italic: run.italic,
      underline: !!run.underline && run.underline !== "none",
      ruled: !!look.borders?.bottom,
      indent: look.indent.firstLine,
      left: look.indent.left,
      right: look.indent.right,
      newPage: c.afterBreak,
      ...(line?.role && { label: partName(line.role) }),
      ...(line && { part: line.field }),
      ...(c.place && { cell: { table: c.place.table, row: c.place.row, col: c.place.col } }),
    };
    answer.paragraphs.push(view);
  }
  return answer;
}

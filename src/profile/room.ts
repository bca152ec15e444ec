/**
 * Room for text: the margins must leave a text area at least RANGES.textArea mm wide and high,
 * a style's indents at least RANGES.indentedText mm of its width, and a hanging indent no more
 * than the left indent (the first line would start outside the margin). Each number alone is in
 * its range (the schema); together they could still leave nothing, or less than nothing, and
 * Word would print a blank page or the writer negative widths.
 */
import type { Report } from "../report";
import { RANGES } from "./ranges";
import { resolveStyle } from "./resolve-style";
import type { Profile } from "./schema";

export function checkRoom(p: Profile, report: Report): void {
  const fault = (path: (string | number)[], message: string) => report("PROFILE_INVALID", message, { path });
  const { width, height, margins } = p.page;
  const across = width - margins.left - margins.right;
  const down = height - margins.top - margins.bottom;
  if (across < RANGES.textArea) {
    fault(
      ["page", "margins"],
      `lề trái ${margins.left} mm và lề phải ${margins.right} mm chỉ để lại ${across} mm cho chữ trên trang rộng ${width} mm; vùng chữ phải rộng ít nhất ${RANGES.textArea} mm: giảm lề trái hoặc lề phải`,
    );
  }
  if (down < RANGES.textArea) {
    fault(
      ["page", "margins"],
      `lề trên ${margins.top} mm và lề dưới ${margins.bottom} mm chỉ để lại ${down} mm cho chữ trên trang cao ${height} mm; vùng chữ phải cao ít nhất ${RANGES.textArea} mm: giảm lề trên hoặc lề dưới`,
    );
  }
  // Indents are measured within the text area, which must exist first.
  if (across < RANGES.textArea || down < RANGES.textArea) return;
  for (const [id, own] of Object.entries(p.styles)) {
    // A style without indents of its own has those of its base, reported there.
    if (!own.indent) continue;
    const { left = 0, right = 0, first_line = 0, hanging = 0 } = resolveStyle(p, id).indent ?? {};
    // Reported at the style that sets one of the two, not at each style based on it.
    const sets =
      own.indent.hanging !== undefined ? "hanging" : own.indent.left !== undefined ? "left" : undefined;
    if (hanging > left && sets) {
      fault(
        ["styles", id, "indent", sets],
        `thụt lề treo của kiểu "${id}" (hanging ${hanging} mm) lớn hơn thụt lề trái (left ${left} mm): dòng đầu của đoạn sẽ ra ngoài lề ${round(hanging - left)} mm và không được in; đặt left ít nhất bằng hanging`,
      );
      continue;
    }
    const room = across - left - right - first_line;
    if (room >= RANGES.indentedText) continue;
    fault(
      ["styles", id, "indent"],
      `thụt lề của kiểu "${id}" (trái ${left}, phải ${right}, dòng đầu ${first_line} mm) chỉ để lại ${room} mm cho chữ trong vùng chữ rộng ${across} mm; cần ít nhất ${RANGES.indentedText} mm: giảm thụt lề`,
    );
  }
}

const round = (mm: number) => Math.round(mm * 100) / 100;

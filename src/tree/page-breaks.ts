/**
 * Page breaks that would leave an empty page are dropped, with a warning at their line: one at
 * the very end of the text (the signature or the next section follows on its own page anyway,
 * and the last paragraph must stay with the signature), and one right after another.
 */
import { warning, type ContentProblem } from "./problem";
import type { Block } from "./types";

export function tidyPageBreaks(
  blocks: readonly Block[],
  lineOf: ReadonlyMap<Block, number>,
): { blocks: Block[]; problems: ContentProblem[] } {
  const out: Block[] = [];
  const problems: ContentProblem[] = [];
  let lastContent = -1;
  blocks.forEach((b, i) => void (b.type !== "pageBreak" && (lastContent = i)));
  blocks.forEach((b, i) => {
    if (b.type !== "pageBreak") return void out.push(b);
    if (i > lastContent) {
      problems.push(
        warning(
          "[ngắt trang] ở cuối nội dung đã được bỏ qua: nó chỉ tạo ra một trang trắng hoặc tách đoạn cuối khỏi chữ ký",
          lineOf.get(b),
        ),
      );
    } else if (out.at(-1)?.type === "pageBreak") {
      problems.push(
        warning(
          "[ngắt trang] ngay sau một [ngắt trang] khác đã được bỏ qua: nó chỉ tạo ra một trang trắng",
          lineOf.get(b),
        ),
      );
    } else out.push(b);
  });
  return { blocks: out, problems };
}

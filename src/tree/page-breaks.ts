/**
 * Page breaks that would leave an empty page are dropped, with a warning at their line: one at
 * the very end of the text (the signature or the next section follows on its own page anyway,
 * and the last paragraph must stay with the signature), and one right after another.
 */
import type { Report } from "../report";
import type { Block } from "./types";

/** `lineOf`: each page break's 1-based line in the text. */
export function tidyPageBreaks(
  blocks: readonly Block[],
  lineOf: ReadonlyMap<Block, number>,
  report: Report,
): Block[] {
  const out: Block[] = [];
  const dropped = (message: string, b: Block) =>
    report("MARKDOWN_UNSUPPORTED", message, { line: lineOf.get(b), severity: "warning" });
  let lastContent = -1;
  blocks.forEach((b, i) => void (b.type !== "pageBreak" && (lastContent = i)));
  blocks.forEach((b, i) => {
    if (b.type !== "pageBreak") return void out.push(b);
    if (i > lastContent) {
      dropped(
        "[ngắt trang] ở cuối nội dung đã được bỏ qua: nó chỉ tạo ra một trang trắng hoặc tách đoạn cuối khỏi chữ ký",
        b,
      );
    } else if (out.at(-1)?.type === "pageBreak") {
      dropped("[ngắt trang] ngay sau một [ngắt trang] khác đã được bỏ qua: nó chỉ tạo ra một trang trắng", b);
    } else out.push(b);
  });
  return out;
}

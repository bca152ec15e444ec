/**
 * The two size gates of the pipeline: before validation (the data's text, values, lines, phụ lục
 * and enclosures at every depth, over `LIMITS`) and after the tree is built (paragraphs, data
 * cells, characters with each footnote counted where it is referred to). Each answers one
 * TOO_LARGE diagnostic at the field that weighs most, or nothing.
 */
import { diagnostic, type Diagnostic } from "./diagnostic";
import type { FieldPath } from "./field-path";
import { count, LIMITS, partsOf, textSize, treeSize } from "./limits";
import type { Loaded } from "./load";
import type { Root } from "./tree/types";

function tooLarge(
  loaded: Loaded,
  file: string,
  message: string,
  stage: "validate" | "tree",
  field: FieldPath,
) {
  return diagnostic("TOO_LARGE", `văn bản quá lớn: ${message}; hãy tách thành nhiều văn bản`, {
    file,
    ...loaded.locate(field),
    path: field.join("."),
    stage,
  });
}

/** Gate 1, on the loaded data: before any Markdown is parsed. */
export function inputTooLarge(loaded: Loaded, file: string): Diagnostic | undefined {
  const text = textSize(loaded.data);
  const at = (message: string, field: FieldPath) => tooLarge(loaded, file, message, "validate", field);
  if (text.chars > LIMITS.chars)
    return at(
      `${count(text.chars)} ký tự chữ (giá trị dùng lại bằng bí danh YAML được tính ở mỗi chỗ dùng), tối đa ${count(LIMITS.chars)}`,
      text.mostChars,
    );
  if (text.values > LIMITS.values)
    return at(`hơn ${count(LIMITS.values)} giá trị (mục của danh sách, trường…)`, text.mostItems);
  if (text.lines > LIMITS.lines)
    return at(`${count(text.lines)} dòng và ô bảng, tối đa ${count(LIMITS.lines)}`, text.mostLines);
  const parts = partsOf(loaded.data);
  if (parts.pastEnclosures)
    return at(
      `hơn ${LIMITS.enclosures} văn bản kèm theo (tính cả văn bản kèm theo của văn bản kèm theo), tối đa ${LIMITS.enclosures} trong cả văn bản`,
      parts.pastEnclosures,
    );
  if (parts.pastAppendices)
    return at(
      `hơn ${LIMITS.appendices} phụ lục (tính cả phụ lục của văn bản kèm theo), tối đa ${LIMITS.appendices} trong cả văn bản`,
      parts.pastAppendices,
    );
  return undefined;
}

/** Gate 2, on the built tree (a footnote is printed at each reference; tables grow from ```bang blocks). */
export function treeTooLarge(tree: Root, loaded: Loaded, file: string): Diagnostic | undefined {
  const size = treeSize(tree);
  if (size.chars > LIMITS.chars) {
    const message = `${count(size.chars)} ký tự chữ (tính cả nội dung chú thích, in lại ở mỗi chỗ dẫn chiếu tới nó), tối đa ${count(LIMITS.chars)}`;
    return tooLarge(loaded, file, message, "tree", textSize(loaded.data).mostChars);
  }
  if (size.paragraphs > LIMITS.paragraphs || size.cells > LIMITS.cells) {
    const what =
      size.cells > LIMITS.cells
        ? `${count(size.cells)} ô bảng số liệu, tối đa ${count(LIMITS.cells)}`
        : `${count(size.paragraphs)} đoạn, tối đa ${count(LIMITS.paragraphs)}`;
    return tooLarge(loaded, file, what, "tree", textSize(loaded.data).mostLines);
  }
  return undefined;
}

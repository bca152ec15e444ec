/**
 * What is wrong with a `loai` that names no kind, for the document and for each văn bản kèm
 * theo alike: empty, not text (a list, a number…), or a name no kind has (with "có phải …?").
 */
import type { Code } from "../diagnostic";
import { closest } from "../text/closest";
import { FIELDS } from "./fields";
import { typeName, typeOf } from "./type-names";

/** `loai` is present (not undefined) but is no kind in `known`. */
export function kindProblem(loai: unknown, known: readonly string[]): { code: Code; message: string } {
  const kinds = `các loại có: ${known.join(", ")}`;
  if (loai === null || (typeof loai === "string" && !loai.trim()))
    return { code: "INVALID_VALUE", message: `${FIELDS.loai.label} đang để trống; ${kinds}` };
  if (typeof loai !== "string")
    return {
      code: "INVALID_TYPE",
      message: `${FIELDS.loai.label} phải là chữ, không phải ${typeName(typeOf(loai))}; ${kinds}`,
    };
  const best = closest(loai, known);
  return {
    code: "UNKNOWN_KIND",
    message: `không có loại văn bản "${loai}"${best ? ` (có phải "${best}"?)` : ""}; ${kinds}`,
  };
}

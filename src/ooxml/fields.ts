/**
 * Complex fields (w:fldChar begin / w:instrText / separate / end, nestable, possibly spanning
 * paragraphs) and simple ones (w:fldSimple): a PAGE field becomes a pageNumber node; any other
 * keeps its current result text, marked with the field's name.
 */
import type { Field } from "./context";

/** "PAGE", "DATE", "MERGEFIELD" … from an instruction such as ` PAGE \* MERGEFORMAT `. */
export const fieldName = (instr: string): string => /^\s*([A-Za-z]+)/.exec(instr)?.[1]?.toUpperCase() ?? "";

export type FieldEvent = "begin" | "separate" | "end";

/**
 * Applies a fldChar to the open fields. Returns true when a pageNumber node belongs here: at the
 * separator of a PAGE field (its result is then dropped), or at its end when it had no result.
 */
export function fieldChar(fields: Field[], event: FieldEvent): boolean {
  if (event === "begin") {
    fields.push({ instr: "", phase: "instr", page: false });
    return false;
  }
  const top = fields[fields.length - 1];
  if (!top) return false;
  if (event === "separate") {
    if (top.phase === "result") return false;
    top.phase = "result";
    top.page = fieldName(top.instr) === "PAGE" && !insideInstruction(fields);
    return top.page;
  }
  fields.pop();
  return top.phase === "instr" && fieldName(top.instr) === "PAGE" && !insideInstruction(fields);
}

export function instrText(fields: Field[], text: string): void {
  const top = fields[fields.length - 1];
  if (top && top.phase === "instr") top.instr += text;
}

/** An enclosing field still reading its instruction: nested results are part of it, not text. */
const insideInstruction = (fields: Field[]) => fields.some((f) => f.phase === "instr");

/**
 * What happens to result text read now: "drop" (an instruction, or a PAGE result), or kept and
 * marked with the innermost field's name ("" outside any field).
 */
export function resultState(fields: Field[]): { drop: true } | { drop: false; field: string } {
  if (insideInstruction(fields) || fields.some((f) => f.page)) return { drop: true };
  const top = fields[fields.length - 1];
  return { drop: false, field: top ? fieldName(top.instr) : "" };
}

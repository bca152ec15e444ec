/**
 * The YAML line of a line inside a field's text. A literal block (`noi_dung: |`) keeps its lines,
 * so line k of the text is k + 1 lines below the field's own line; any other style folds lines
 * together, so the field's own line is the best place to point at.
 */
import type { Place } from "../field-path";

/** `place` is where the field's value starts (1-based); `k` is the 0-based line in its text. */
export function fieldLine(source: string | undefined, place: Place, k: number): number {
  if (source === undefined) return place.line;
  const text = source.split("\n", place.line)[place.line - 1] ?? "";
  return text.slice(place.column - 1).startsWith("|") ? place.line + 1 + k : place.line;
}

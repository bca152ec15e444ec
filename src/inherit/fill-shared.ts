/**
 * After a unit is merged with the shared files it inherits: every text that comes from a shared
 * file (never the unit's own) has its named blanks filled from the merged document
 * (`blanks.ts`); what cannot be filled is reported where the fix belongs — a missing value in
 * the unit, an unknown formatter in the shared file, a value that is not a number in the file
 * that holds it. Nothing is changed in place (shared files' data are reused across units).
 */
import type { Diagnostic } from "../diagnostic";
import type { FieldPath, Locate } from "../field-path";
import { setOwn } from "../text/hygiene";
import { reportInto, within } from "../report";
import { fillBlanks } from "./blanks";
import type { Layer } from "./layer";
import { ownerOf } from "./merge";

type Map = Record<string, unknown>;
const isMap = (v: unknown): v is Map => typeof v === "object" && v !== null && !Array.isArray(v);

export function fillSharedBlanks(
  merged: unknown,
  datas: readonly unknown[],
  layers: readonly Layer[],
  locate: Locate,
): { data: unknown; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unit = layers[0];

  const report = reportInto(diagnostics, unit.file, "load", (where, code) => {
    const path = (where.path ?? []).join(".");
    // A value missing is added in the unit, under the part of its path the unit has.
    if (code === "MISSING_FIELD") {
      const known = (where.path ?? []).slice(0, -1);
      const inUnit: { line?: number; column?: number } = known.length ? unit.loaded.locate(known, "key") : {};
      return { file: unit.file, line: inUnit.line ?? 1, column: inUnit.column ?? 1, path };
    }
    // A value that cannot be printed is fixed where it is written; a way of writing, at the blank.
    return where.path ? { file: unit.file, ...locate(where.path), path } : {};
  });

  const walk = (value: unknown, path: FieldPath): unknown => {
    if (typeof value === "string") {
      if (!value.includes("{{") || ownerOf(datas, path) === 0) return value;
      const markdown = path.at(-1) === "noi_dung";
      const field = path.join(".");
      const where = { file: unit.file, ...locate(path) };
      const at = `${field} của ${where.file}${where.line ? ` (dòng ${where.line})` : ""}`;
      // A way of writing that does not exist is reported at the blank's own text.
      const inText = within(report, (w) => (w.path ? w : { ...w, path }));
      return fillBlanks(value, merged, markdown, inText, at);
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (isMap(value)) {
      const out: Map = {};
      for (const [k, v] of Object.entries(value)) setOwn(out, k, walk(v, [...path, k]));
      return out;
    }
    return value;
  };
  return { data: walk(merged, []), diagnostics };
}

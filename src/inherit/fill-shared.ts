/**
 * After a unit is merged with the shared files it inherits: every text that comes from a shared
 * file (never the unit's own) has its named blanks filled from the merged document
 * (`blanks.ts`); what cannot be filled is reported where the fix belongs — a missing value in
 * the unit, an unknown formatter in the shared file, a value that is not a number in the file
 * that holds it. Nothing is changed in place (shared files' data are reused across units).
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { FieldPath, Locate } from "../field-path";
import { setOwn } from "../text/hygiene";
import { fillBlanks, FORMATTERS, type BlankProblem } from "./blanks";
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

  const report = (problem: BlankProblem, at: FieldPath) => {
    const field = at.join(".");
    const where = { file: unit.file, ...locate(at) };
    const line = where.line ? ` (dòng ${where.line})` : "";
    switch (problem.kind) {
      case "missing": {
        const parts = problem.path.split(".");
        const known = parts.slice(0, -1);
        const inUnit: { line?: number; column?: number } = known.length
          ? unit.loaded.locate(known, "key")
          : {};
        const example = `${parts.slice(0, -1).join(".") || parts[0]}: ${parts.length > 1 ? `{${parts.at(-1)}: …}` : "…"}`;
        return diagnostic(
          "MISSING_FIELD",
          `chỗ trống ${problem.blank} ở ${field} của ${where.file}${line} cần giá trị ${problem.path}, tệp này chưa có; thêm ${example}`,
          {
            file: unit.file,
            line: inUnit.line ?? 1,
            column: inUnit.column ?? 1,
            path: problem.path,
            stage: "load",
          },
        );
      }
      case "formatter":
        return diagnostic(
          "INVALID_VALUE",
          `chỗ trống ${problem.blank}: không có cách viết "${problem.formatter}"; dùng một trong: ${FORMATTERS.join(", ")}`,
          { ...where, path: field, stage: "load" },
        );
      case "value": {
        const holder = { file: unit.file, ...locate(problem.path.split(".")) };
        return diagnostic(
          "INVALID_VALUE",
          `${problem.path} điền vào chỗ trống ${problem.blank}: ${problem.why}`,
          {
            ...holder,
            path: problem.path,
            stage: "load",
          },
        );
      }
    }
  };

  const walk = (value: unknown, path: FieldPath): unknown => {
    if (typeof value === "string") {
      if (!value.includes("{{") || ownerOf(datas, path) === 0) return value;
      const markdown = path.at(-1) === "noi_dung";
      const { text, problems } = fillBlanks(value, merged, markdown);
      for (const p of problems) diagnostics.push(report(p, path));
      return text;
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

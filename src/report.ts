/**
 * One way to report, after eemeli/yaml's `onError(source, code, message, warning)`: a function
 * that finds a problem calls `report(code, message, where)`, saying where in its own terms (a
 * line of the text it was given, an offset into it, a field path), and the caller that handed it
 * the `report` knows the file and the stage and turns each call into a `Diagnostic`. A function
 * inside another (a ```bang block inside a body, a body inside a YAML field) gets the outer
 * `report` moved by `within`, so its lines become the outer text's. The core does no I/O: a
 * report only collects.
 */
import { diagnostic, type Code, type Diagnostic, type Severity, type Stage } from "./diagnostic";
import type { FieldPath } from "./field-path";

/** Where a problem is, in the terms of the function that found it. */
export interface Where {
  /** 1-based line in the text the reporting function was given. */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
  /** 0-based offset into that text, for a caller that knows its lines. */
  offset?: number;
  /** The field the problem is in (keys and list indexes). */
  path?: FieldPath;
  /** Absent: an error. */
  severity?: Severity;
  /** The file, when it is not the one the report was made for (a template, a shared part). */
  file?: string;
  /** A finding in a .docx: the paragraph's number among the body paragraphs (1-based). */
  paragraph?: number;
  /** A finding in a .docx: the first words of that paragraph. */
  excerpt?: string;
}

export type Report = (code: Code, message: string, where?: Where) => void;

/** What a `Where` becomes in a Diagnostic; the caller's `place` may answer any of it. */
export interface Placed {
  file?: string;
  line?: number;
  column?: number;
  /** The path as printed (dotted); absent: `where.path` joined with dots. */
  path?: string;
}

/**
 * A report that appends each problem to `into` as a Diagnostic of `file` at `stage`. `place`
 * turns a where in the reporter's own terms (a field path, an offset) into its place in the file
 * (the code may say where the fix belongs); without it the where's line and column are the file's.
 */
export function reportInto(
  into: Diagnostic[],
  file: string,
  stage: Stage,
  place?: (where: Where, code: Code) => Placed,
): Report {
  return (code, message, where = {}) => {
    const placed = place?.(where, code) ?? {};
    into.push(
      diagnostic(code, message, {
        file: placed.file ?? where.file ?? file,
        line: placed.line ?? where.line,
        column: placed.column ?? where.column,
        path: placed.path ?? where.path?.join("."),
        stage,
        severity: where.severity,
        paragraph: where.paragraph,
        excerpt: where.excerpt,
      }),
    );
  };
}

/** `report` with each where passed through `move` first: a nested text's places made the outer text's. */
export const within =
  (report: Report, move: (where: Where) => Where): Report =>
  (code, message, where = {}) =>
    report(code, message, move(where));

/** `report`, counting the errors reported through it (a function that stops at its first error asks). */
export function counting(report: Report): Report & { errors: () => number } {
  let errors = 0;
  const counted = (code: Code, message: string, where?: Where) => {
    if ((where?.severity ?? "error") === "error") errors++;
    report(code, message, where);
  };
  return Object.assign(counted, { errors: () => errors });
}

/**
 * Stage 1: YAML text → plain data, plus `locate(path)` that maps any field path back to the
 * line and column where it is written. Syntax errors are collected, never thrown.
 */
import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type YAMLError } from "yaml";
import { hasErrors, type Diagnostic } from "./diagnostic";
import type { FieldPath, Locate, Place } from "./field-path";
import { cleanString, cleanText } from "./text/hygiene";
import { reportInto } from "./report";
import { checkShape, keepScalarsAsWritten, parseYaml, yamlData } from "./yaml-data";
import { MESSAGES } from "./yaml-messages";

export { MAX_DEPTH } from "./yaml-data";
export { yamlSyntaxMessage } from "./yaml-messages";
/** Syntax errors reported per file (a broken file can have one on every line). */
const MAX_SYNTAX_ERRORS = 20;

export interface Loaded {
  data: unknown;
  locate: Locate;
  diagnostics: Diagnostic[];
}

/**
 * The text as parsed: without a byte order mark, and with "\n" line endings (CRLF and a CR
 * alone both count as one), so lines and columns are those an editor shows.
 */
export function normaliseSource(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export interface LoadOptions {
  /**
   * A document's plain values that YAML would rewrite (`0x1F`, `1.50`, `TRUE`) are kept as typed text; a
   * profile's keep YAML's types.
   */
  scalarsAsWritten?: boolean;
}

/** Parse `source` (the text of `file`); the data is NFC-normalised and stripped of characters XML forbids. */
export function load(raw: string, file: string, options: LoadOptions = {}): Loaded {
  const source = normaliseSource(raw);
  const lineCounter = new LineCounter();
  const doc = parseYaml(source, lineCounter);
  const locate: Locate = (path, at = "value") => locateIn(doc, lineCounter, path, at);
  const diagnostics: Diagnostic[] = [];
  /** A problem at an offset (yaml's errors, the shape checks) is at that line and column of the text. */
  const report = reportInto(diagnostics, file, "load", (where) => {
    if (where.offset === undefined) return {};
    const { line, col } = lineCounter.linePos(where.offset);
    return { line, column: col };
  });
  const yamlError = (severity: "error" | "warning") => (e: YAMLError) =>
    report("YAML_SYNTAX", MESSAGES[e.code] ?? `YAML không hợp lệ: ${e.message.split("\n")[0]}`, {
      offset: e.pos[0],
      severity,
    });
  // A stack overflow is reported once per enclosing collection: keep the outermost.
  let outermost = -1;
  doc.errors.forEach((e, i) => void (e.code === "RESOURCE_EXHAUSTION" && (outermost = i)));
  // Two complaints about one place (bad indentation makes two) read as one.
  const places = new Set<number>();
  const errors = doc.errors.filter(
    (e, i) =>
      (e.code !== "RESOURCE_EXHAUSTION" || i === outermost) && !places.has(e.pos[0]) && places.add(e.pos[0]),
  );
  errors.slice(0, MAX_SYNTAX_ERRORS).forEach(yamlError("error"));
  doc.warnings.slice(0, MAX_SYNTAX_ERRORS).forEach(yamlError("warning"));
  if (!errors.length) checkShape(doc, MAX_SYNTAX_ERRORS, report);
  if (hasErrors(diagnostics)) return { data: undefined, locate, diagnostics };
  if (options.scalarsAsWritten) keepScalarsAsWritten(doc);
  const js = yamlData(doc, report);
  if (!js) return { data: undefined, locate, diagnostics };
  /** A path as printed: its keys without the characters cleaning removes. */
  const shown = (path: FieldPath): FieldPath =>
    path.map((p) => (typeof p === "string" ? cleanString(p).text : p));
  const removed = (path: FieldPath, chars: number) =>
    report(
      "CONTROL_CHARACTER",
      `đã xóa ${chars} ký tự điều khiển không được phép trong văn bản (thường do dán từ Word/PDF)`,
      { ...locate(path), path: shown(path), severity: "warning" },
    );
  const duplicate = (path: FieldPath) =>
    report("YAML_SYNTAX", MESSAGES.DUPLICATE_KEY_HIDDEN, { ...locate(path, "key"), path: shown(path) });
  const data = cleanText(js.data, [], removed, duplicate);
  if (hasErrors(diagnostics)) return { data: undefined, locate, diagnostics };
  return { data, locate, diagnostics };
}

/** Position of the deepest node that exists along `path` (a missing key points at its parent). */
function locateIn(doc: Document, lc: LineCounter, path: FieldPath, at: "key" | "value"): Place {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      if (at === "key" && i === path.length - 1) break;
      node = pair.value;
      const r = (node as Node | null)?.range;
      if (r) offset = r[0];
    } else if (isSeq(node) && typeof seg === "number" && node.items[seg]) {
      node = node.items[seg];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

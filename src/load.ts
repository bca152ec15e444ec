/**
 * Stage 1: YAML text → plain data, plus `locate(path)` that maps any field path back to the
 * line and column where it is written. Syntax errors are collected, never thrown.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from "yaml";
import { diagnostic, type Diagnostic } from "./diagnostic";
import { cleanText } from "./text/hygiene";

export type FieldPath = readonly (string | number)[];
export interface Place {
  line: number;
  column: number;
  /** The file the value is written in, when it is not the document's own (a `ke_thua` base). */
  file?: string;
}
export type Locate = (path: FieldPath, at?: "key" | "value") => Place;

export interface Loaded {
  data: unknown;
  locate: Locate;
  diagnostics: Diagnostic[];
}

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "trường này được khai báo hai lần; xóa một dòng",
  MISSING_CHAR: "thiếu ký tự đóng (dấu nháy hoặc ngoặc); kiểm tra dấu nháy của giá trị",
  BAD_INDENT: "thụt lề không đúng; các trường cùng cấp phải thẳng cột, dùng dấu cách (không dùng Tab)",
  TAB_AS_INDENT: "không dùng phím Tab để thụt lề trong YAML; thay bằng dấu cách",
  BLOCK_AS_IMPLICIT_KEY: "dòng này thiếu dấu hai chấm hoặc thụt lề sai",
  MULTILINE_IMPLICIT_KEY: "tên trường không được xuống dòng; kiểm tra dấu hai chấm và thụt lề",
  UNEXPECTED_TOKEN: "ký tự không đúng chỗ; nếu giá trị có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt trong dấu nháy kép",
  ALIAS_PROPS: "bí danh (alias) YAML dùng không đúng",
  BAD_ALIAS: "bí danh (alias) YAML không tồn tại",
  RESOURCE_EXHAUSTION: "quá nhiều bí danh (alias) YAML; tệp có thể bị lỗi hoặc cố ý làm tràn bộ nhớ",
};

/** Parse `source` (the text of `file`); the data is NFC-normalised and stripped of characters XML forbids. */
export function load(source: string, file: string): Loaded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locate: Locate = (path, at = "value") => locateIn(doc, lineCounter, path, at);
  const toDiagnostic = (severity: "error" | "warning") => (e: YAMLError): Diagnostic => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    const message = MESSAGES[e.code] ?? `YAML không hợp lệ: ${e.message.split("\n")[0]}`;
    return diagnostic("YAML_SYNTAX", message, { file, line, column: col, stage: "load", severity });
  };
  const diagnostics = [...doc.errors.map(toDiagnostic("error")), ...doc.warnings.map(toDiagnostic("warning"))];
  if (diagnostics.some((d) => d.severity === "error")) return { data: undefined, locate, diagnostics };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = /alias/i.test(String(e)) ? MESSAGES.RESOURCE_EXHAUSTION : `YAML không đọc được: ${String(e)}`;
    diagnostics.push(diagnostic("YAML_SYNTAX", message, { file, line: 1, column: 1, stage: "load" }));
    return { data: undefined, locate, diagnostics };
  }
  const data = cleanText(raw, [], (path, chars) => {
    const { line, column } = locate(path);
    diagnostics.push(
      diagnostic("CONTROL_CHARACTER", `đã xóa ${chars} ký tự điều khiển không được phép trong văn bản (thường do dán từ Word/PDF)`, {
        file, line, column, path: path.join("."), stage: "load", severity: "warning",
      }),
    );
  });
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

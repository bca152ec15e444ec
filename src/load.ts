/**
 * Stage 1: YAML text → plain data, plus `locate(path)` that maps any field path back to the
 * line and column where it is written. Syntax errors are collected, never thrown.
 */
import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type YAMLError } from "yaml";
import { diagnostic, hasErrors, type Diagnostic } from "./diagnostic";
import type { FieldPath, Locate, Place } from "./field-path";
import { cleanString, cleanText } from "./text/hygiene";
import { keepScalarsAsWritten, MAX_DEPTH, parseYaml, shapeProblems, yamlData } from "./yaml-data";

export { MAX_DEPTH } from "./yaml-data";
/** Syntax errors reported per file (a broken file can have one on every line). */
const MAX_SYNTAX_ERRORS = 20;

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
  BLOCK_AS_IMPLICIT_KEY:
    'dòng này thụt lề sai, hoặc giá trị có dấu hai chấm và dấu cách (": "): khi đó đặt cả giá trị trong dấu nháy kép',
  MULTILINE_IMPLICIT_KEY:
    'dòng này thiếu dấu hai chấm sau tên trường (dấu hai chấm phải là ":" thường, theo sau là dấu cách), hoặc thụt lề sai',
  UNEXPECTED_TOKEN:
    "ký tự không đúng chỗ; nếu giá trị có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt trong dấu nháy kép",
  ALIAS_PROPS: "bí danh (alias) YAML dùng không đúng",
  BAD_ALIAS:
    "bí danh (alias) YAML không tồn tại: *tên phải đi sau một &tên ở phía trên; nếu * là chữ, đặt giá trị trong dấu nháy kép",
  BAD_DIRECTIVE:
    "dòng bắt đầu bằng % là chỉ thị YAML không hợp lệ; nếu là chữ, hãy đặt giá trị trong dấu nháy kép",
  BAD_DQ_ESCAPE:
    "trong dấu nháy kép, dấu \\ phải đi với một mã hợp lệ (\\n, \\t, \\\\, \\u00A0…); viết \\\\ cho một dấu \\, hoặc dùng dấu nháy đơn",
  BAD_PROP_ORDER: "thẻ (!) và nhãn (&) YAML đặt sai thứ tự",
  BAD_SCALAR_START: "giá trị không được bắt đầu bằng ký tự này (@, `, %…); đặt giá trị trong dấu nháy kép",
  BLOCK_IN_FLOW:
    'trong [ ] hay { } không được xuống dòng kiểu khối; viết mỗi mục một dòng "- …" thay vì dùng ngoặc',
  IMPOSSIBLE: "YAML không đọc được ở chỗ này; kiểm tra dấu nháy, ngoặc và thụt lề",
  KEY_OVER_1024_CHARS: "tên trường quá dài (hơn 1024 ký tự); có thể thiếu dấu nháy hoặc dấu hai chấm",
  MULTIPLE_ANCHORS: "một giá trị chỉ được có một nhãn (&) YAML",
  MULTIPLE_DOCS: "tệp chỉ được chứa một văn bản; xóa dòng --- và phần sau nó, hoặc tách thành nhiều tệp",
  MULTIPLE_TAGS: "một giá trị chỉ được có một thẻ (!) YAML",
  NON_STRING_KEY:
    'tên trường phải là chữ, không phải danh sách, bảng hay để trống; viết "tên_trường: giá trị"',
  DUPLICATE_KEY_HIDDEN:
    "trường này được khai báo hai lần: hai tên chỉ khác nhau ở ký tự ẩn (ký tự điều khiển) hoặc ở cách gõ dấu; xóa một dòng, hoặc gõ lại tên trường",
  UNSUPPORTED_TAG:
    "thẻ YAML !!binary, !!timestamp hay !!set không được hỗ trợ: mọi giá trị được đọc như chữ, số hay danh sách; bỏ thẻ này (ngày viết thẳng 2020-07-21)",
  TAG_RESOLVE_FAILED:
    "thẻ YAML (bắt đầu bằng !) không được hỗ trợ; bỏ thẻ này, hoặc đặt giá trị trong dấu nháy kép nếu ! là chữ",
  BAD_COLLECTION_TYPE: "thẻ YAML (bắt đầu bằng !) không hợp với kiểu giá trị; bỏ thẻ này",
  ALIAS_LOOP:
    "bí danh (alias) YAML nằm trong chính giá trị mà nó trỏ tới (&tên … *tên): giá trị không có điểm dừng; bỏ *tên này",
  ALIAS_COUNT: "quá nhiều bí danh (alias) YAML; tệp có thể bị lỗi hoặc cố ý làm tràn bộ nhớ",
  RESOURCE_EXHAUSTION: `các trường lồng nhau quá sâu; văn bản không cần quá ${MAX_DEPTH} cấp`,
};

/** What a YAML syntax error code means and how to fix it, in Vietnamese (also used for ```bang blocks). */
export const yamlSyntaxMessage = (code: string): string | undefined => MESSAGES[code];

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
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, stage: "load" as const };
  };
  const toDiagnostic =
    (severity: "error" | "warning") =>
    (e: YAMLError): Diagnostic => {
      const message = MESSAGES[e.code] ?? `YAML không hợp lệ: ${e.message.split("\n")[0]}`;
      return diagnostic("YAML_SYNTAX", message, { ...at(e.pos[0]), severity });
    };
  // A stack overflow is reported once per enclosing collection: keep the outermost.
  let outermost = -1;
  doc.errors.forEach((e, i) => void (e.code === "RESOURCE_EXHAUSTION" && (outermost = i)));
  // Two complaints about one place (bad indentation makes two) read as one.
  const places = new Set<number>();
  const errors = doc.errors.filter(
    (e, i) =>
      (e.code !== "RESOURCE_EXHAUSTION" || i === outermost) && !places.has(e.pos[0]) && places.add(e.pos[0]),
  );
  const diagnostics = [
    ...errors.slice(0, MAX_SYNTAX_ERRORS).map(toDiagnostic("error")),
    ...doc.warnings.slice(0, MAX_SYNTAX_ERRORS).map(toDiagnostic("warning")),
  ];
  if (!errors.length)
    for (const p of shapeProblems(doc, MAX_SYNTAX_ERRORS))
      diagnostics.push(diagnostic("YAML_SYNTAX", MESSAGES[p.code], at(p.offset)));
  if (diagnostics.some((d) => d.severity === "error")) return { data: undefined, locate, diagnostics };
  if (options.scalarsAsWritten) keepScalarsAsWritten(doc);
  const js = yamlData(doc);
  if ("problem" in js) {
    diagnostics.push(diagnostic("YAML_SYNTAX", MESSAGES[js.problem], at(js.offset)));
    return { data: undefined, locate, diagnostics };
  }
  const shownPath = (path: FieldPath) =>
    path.map((p) => (typeof p === "string" ? cleanString(p).text : p)).join(".");
  const removed = (path: FieldPath, chars: number) =>
    diagnostics.push(
      diagnostic(
        "CONTROL_CHARACTER",
        `đã xóa ${chars} ký tự điều khiển không được phép trong văn bản (thường do dán từ Word/PDF)`,
        {
          file,
          ...locate(path),
          path: shownPath(path),
          stage: "load",
          severity: "warning",
        },
      ),
    );
  const duplicate = (path: FieldPath) =>
    diagnostics.push(
      diagnostic("YAML_SYNTAX", MESSAGES.DUPLICATE_KEY_HIDDEN, {
        ...at(0),
        ...locate(path, "key"),
        path: shownPath(path),
      }),
    );
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

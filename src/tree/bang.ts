/**
 * A ```bang block in the body: a table written as YAML, for figures with merged cells.
 *
 *     ```bang
 *     tieu_de: "Bảng 1: Kết quả tập hợp đoàn viên, hội viên"
 *     cot: [{ ten: STT, rong: 8, can: center }, { ten: Đơn vị }, { ten: Năm 2023 }]
 *     tieu_de_cot:                 # optional: header rows with merges, instead of the names in cot
 *       - [{ chu: STT, gop_dong: 2 }, { chu: Đơn vị, gop_dong: 2 }, Kết quả]
 *       - [Năm 2023]
 *     dong:
 *       - [1, Chi bộ 1, "1.234"]
 *       - [{ chu: "**Tổng cộng**", gop_cot: 2 }, "1.234"]
 *     ```
 *
 * Read with YAML's failsafe schema, so every value stays the text the author typed ("1.230"
 * never becomes 1.23). Any problem is an error (TABLE_INVALID) at its line: a table is never
 * printed with a cell lost or moved.
 */
import { isMap, isScalar, isSeq, LineCounter, type Document } from "yaml";
import type { FieldPath } from "../field-path";
import { yamlSyntaxMessage } from "../yaml-messages";
import { closest } from "../text/closest";
import { counting, type Report } from "../report";
import { checkShape, parseYaml, yamlData } from "../yaml-data";
import { cleanString, cleanText } from "../text/hygiene";
import { placeCells } from "./grid";
import type { TableStyles } from "./markdown-table";
import { cellText, isNumericColumn } from "./numeric";
import { cutRange, parseRange, type RangeCell } from "../sheet/range";
import type { WorkbookResult } from "../sheet/workbook";
import type { Align, Block, Cell, Column, Inline, Paragraph, Row } from "./types";

const KEYS = ["tieu_de", "cot", "dong", "tieu_de_cot", "tep", "vung", "dong_tieu_de"];
const COLUMN_KEYS = ["ten", "rong", "can"];
const CELL_KEYS = ["chu", "gop_cot", "gop_dong", "can"];
const ALIGNS: Record<string, Align> = {
  left: "left",
  center: "center",
  right: "right",
  trai: "left",
  trái: "left",
  giua: "center",
  giữa: "center",
  phai: "right",
  phải: "right",
};

type Raw = string | null | Raw[] | { [key: string]: Raw };
type Path = (string | number)[];

/**
 * The blocks of one ```bang block: its caption paragraph (if any) and the table; none when it has
 * an error. `firstLine` is the 0-based line of the block's first content line in the field's
 * text; `inlines` reads a cell's Markdown (**đậm**, *nghiêng*) at the cell's 0-based line. Problems
 * are reported at their 1-based line in the field's text, the errors before the warnings.
 */
export function bangTable(
  content: string,
  firstLine: number,
  styles: TableStyles,
  inlines: (text: string, line: number) => Inline[],
  report: Report,
  workbook: WorkbookLookup = noWorkbooks,
): Block[] {
  const lineCounter = new LineCounter();
  /** The 0-based line in the field's text of an offset in the block. */
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const counted = counting(report);
  /** An error at a 0-based line of the field's text. */
  const tableError = (message: string, line: number) =>
    counted("TABLE_INVALID", `khối bang: ${message}`, { line: line + 1 });
  const refused = (code: string, offset: number): Block[] => {
    tableError(yamlMessage(code), lineAt(offset));
    return [];
  };
  let doc: Document;
  try {
    doc = parseYaml(content, lineCounter, "failsafe");
  } catch (e) {
    // Nesting deep enough to overflow the parser's own stack (thousands of indented "- ").
    if (e instanceof RangeError) return refused("RESOURCE_EXHAUSTION", 0);
    throw e;
  }
  if (doc.errors.length) {
    // One error per line: a single slip makes the parser report the same line several times.
    const lines = new Set<number>();
    const first = doc.errors.filter((e) => !lines.has(lineAt(e.pos[0])) && lines.add(lineAt(e.pos[0])));
    for (const e of first) tableError(yamlMessage(e.code), lineAt(e.pos[0]));
    return [];
  }
  // The shape checks and the aliases speak of the offsets of the block (their message is the document's).
  const yamlFault: Report = (_code, message, where) => tableError(message, lineAt(where?.offset ?? 0));
  if (checkShape(doc, 20, yamlFault)) return [];
  const js = yamlData(doc, yamlFault);
  if (!js) return [];
  const at = (path: Path) => lineAt(nodeOffset(doc, path));
  const fail = (message: string, path: Path) => tableError(message, at(path));
  // A double-quoted cell can write any character as an escape ("\u0001"): cleaned as loading cleans the
  // data, and told after the table's errors.
  const removed: { count: number; line: number }[] = [];
  const done = (blocks: Block[]): Block[] => {
    for (const r of removed)
      report("CONTROL_CHARACTER", controlCharacters(r.count), { line: r.line + 1, severity: "warning" });
    return counted.errors() ? [] : blocks;
  };
  const duplicate = (path: FieldPath) => tableError(yamlMessage("DUPLICATE_KEY_HIDDEN"), at(path as Path));
  const data = cleanText(
    js.data,
    [],
    (path, count) => removed.push({ count, line: at(path as Path) }),
    duplicate,
  ) as Raw;
  if (counted.errors()) return done([]);
  if (!isObject(data)) {
    fail("phải là các trường tieu_de, cot, dong (và tieu_de_cot nếu cần), mỗi trường một dòng", []);
    return done([]);
  }
  unknownKeys(data, KEYS, [], fail);

  const sheetTable = data.tep !== undefined || data.vung !== undefined;
  const fromSheet = sheetTable ? sheetRows(data, workbook, fail) : undefined;
  if (sheetTable && !fromSheet) return done([]);
  if (fromSheet?.removed) removed.push({ count: fromSheet.removed, line: at(["vung"]) });
  const columns = fromSheet ? fromSheet.columns : readColumns(data.cot, fail);
  const body = fromSheet ? fromSheet.body : readRows(data.dong, "dong", fail, at);
  const headerRows = fromSheet
    ? fromSheet.header
    : data.tieu_de_cot === undefined
      ? undefined
      : readRows(data.tieu_de_cot, "tieu_de_cot", fail, at);
  if (!columns || !body || (data.tieu_de_cot !== undefined && !headerRows) || counted.errors())
    return done([]);

  const cell = (raw: RawCell, style: string): Cell => ({
    type: "cell",
    children: [
      {
        type: "paragraph",
        style,
        children: raw.literal
          ? literalInlines(raw.text, raw.bold)
          : inlines(raw.text, raw.line ?? at(["cot"])),
      },
    ],
    ...(raw.colSpan > 1 && { colSpan: raw.colSpan }),
    ...(raw.rowSpan > 1 && { rowSpan: raw.rowSpan }),
    ...(raw.align && { align: raw.align }),
  });
  const toRows = (rows: RawCell[][], style: string): Row[] =>
    rows.map((r) => ({ type: "row", cells: r.map((c) => cell(c, style)) }));
  const header =
    headerRows ??
    (columns.some((c) => c.name)
      ? [columns.map((c): RawCell => ({ text: c.name, colSpan: 1, rowSpan: 1 }))]
      : []);
  const head = toRows(header, styles.header);
  const rows = toRows(body, styles.cell);

  for (const [part, list, key] of [
    [head, header, "tieu_de_cot"],
    [rows, body, "dong"],
  ] as const) {
    // The grid names a row by its place in `part` (`path: [row]`).
    placeCells(part, columns.length, (_code, message, where) => {
      const row = Number(where?.path?.[0]);
      fail(
        `${message.replace(/^dòng \d+/, `dòng ${row + 1} của ${key}`)}; ô có dấu phẩy thì đặt trong dấu nháy kép: "Cải cách hành chính, chuyển đổi số"`,
        list === header && !headerRows ? ["cot"] : [key, row],
      );
    });
  }
  if (counted.errors()) return done([]);

  const placed = placeCells(rows, columns.length).rows.flat();
  const cols: Column[] = columns.map((c, i) => {
    const texts = placed.filter((p) => p.column === i && p.colSpan === 1).map((p) => cellText(p.cell));
    const align = c.align ?? (isNumericColumn(texts) ? "right" : undefined);
    return { ...(c.width !== undefined && { width: c.width }), ...(align && { align }) };
  });
  const blocks: Block[] = [];
  const caption = typeof data.tieu_de === "string" ? data.tieu_de.trim() : "";
  if (data.tieu_de !== undefined && typeof data.tieu_de !== "string")
    fail("tieu_de (tên bảng) phải là một dòng chữ", ["tieu_de"]);
  if (caption)
    blocks.push({
      type: "paragraph",
      style: styles.caption,
      keepNext: true,
      children: inlines(caption, at(["tieu_de"])),
    } satisfies Paragraph);
  blocks.push({
    type: "dataTable",
    layout: styles.layout,
    columns: cols,
    headerRows: head.length,
    rows: [...head, ...rows],
  });
  return done(blocks);
}

interface RawColumn {
  name: string;
  width?: number;
  align?: Align;
}

interface RawCell {
  text: string;
  /** Text from a workbook: printed as the sheet shows it, never read as Markdown. */
  literal?: boolean;
  /** A workbook cell set in bold. */
  bold?: boolean;
  /** The cell's line in the field's text (a column name: none). */
  line?: number;
  colSpan: number;
  rowSpan: number;
  align?: Align;
}

type Fail = (message: string, path: Path) => void;

/** The workbook a `tep` names (resolved from the file the block is written in), as read at the edge. */
export type WorkbookLookup = (tep: string) => WorkbookResult;

const noWorkbooks: WorkbookLookup = () => ({
  error: "bảng tính chưa được đọc (ở đây chỉ dùng được bảng viết trong văn bản, với trường dong)",
});

/**
 * A table from a workbook's range (`tep`, `vung`, optionally `dong_tieu_de` and `cot` for widths
 * and alignment): its header and body rows, merges kept, every cell the text the sheet shows.
 */
function sheetRows(
  data: { [key: string]: Raw },
  workbook: WorkbookLookup,
  fail: Fail,
): { columns: RawColumn[]; header: RawCell[][]; body: RawCell[][]; removed: number } | undefined {
  const example = 'ví dụ: tep: so-lieu.xlsx và vung: "Sheet1!A1:E20"';
  for (const key of ["dong", "tieu_de_cot"])
    if (data[key] !== undefined)
      fail(`bảng lấy từ bảng tính (tep, vung) không có ${key}: các dòng và tiêu đề lấy từ vùng ô`, [key]);
  if (typeof data.tep !== "string" || !data.tep.trim())
    return void fail(`tep là đường dẫn tới tệp .xlsx hoặc .csv, tính từ thư mục của tệp này; ${example}`, [
      data.tep === undefined ? "vung" : "tep",
    ]);
  if (typeof data.vung !== "string" || !data.vung.trim())
    return void fail(`thiếu vung (vùng ô của bảng); ${example}`, [data.vung === undefined ? "tep" : "vung"]);
  let headerRows: number | undefined;
  if (data.dong_tieu_de !== undefined) {
    const n = Number(data.dong_tieu_de);
    if (typeof data.dong_tieu_de !== "string" || !Number.isInteger(n) || n < 0)
      return void fail(
        "dong_tieu_de là số dòng tiêu đề ở đầu vùng, một số nguyên từ 0, ví dụ: dong_tieu_de: 2",
        ["dong_tieu_de"],
      );
    headerRows = n;
  }
  const tep = data.tep.trim();
  const read = workbook(tep);
  if ("error" in read) return void fail(`không đọc được bảng tính ${tep}: ${read.error}`, ["tep"]);
  const atVung: Report = (_code, message) => fail(message, ["vung"]);
  const address = parseRange(data.vung.trim(), atVung);
  if (!address) return undefined;
  const range = cutRange(read.workbook, tep, address, atVung, headerRows);
  if (!range) return undefined;
  const width = address.right - address.left + 1;
  let columns: RawColumn[] = Array.from({ length: width }, () => ({ name: "" }));
  if (data.cot !== undefined) {
    const given = readColumns(data.cot, fail);
    if (!given) return undefined;
    if (given.length !== width)
      return void fail(`cot có ${given.length} cột nhưng vùng ${data.vung.trim()} có ${width} cột`, ["cot"]);
    if (given.some((c) => c.name))
      return void fail(
        "tên cột lấy từ dòng tiêu đề trong bảng tính: ở đây cot chỉ ghi rong và can, ví dụ: cot: [{ rong: 8 }, {}, { can: right }]",
        ["cot"],
      );
    columns = given;
  }
  let removed = 0;
  const raw = (rows: RangeCell[][]): RawCell[][] =>
    rows.map((r) =>
      r.map((c) => {
        const clean = cleanString(c.text);
        removed += clean.removed;
        return {
          text: clean.text,
          literal: true,
          colSpan: c.colSpan,
          rowSpan: c.rowSpan,
          ...(c.bold && { bold: true }),
        };
      }),
    );
  return { columns, header: raw(range.header), body: raw(range.body), removed };
}

/** Text as typed, its line breaks (Alt+Enter in Excel) kept as line breaks; bold as the sheet has it. */
function literalInlines(text: string, bold?: boolean): Inline[] {
  const out: Inline[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i) out.push({ type: "break" });
    if (line) out.push({ type: "text", value: line, ...(bold && { marks: ["bold" as const] }) });
  });
  return out;
}

function readColumns(raw: Raw | undefined, fail: Fail): RawColumn[] | undefined {
  if (raw === undefined)
    return void fail('thiếu trường cot (các cột), ví dụ: cot: [STT, Đơn vị, "Số lượng"]', []);
  if (!Array.isArray(raw) || raw.length === 0)
    return void fail('cot phải là danh sách các cột, mỗi cột một dòng "- ten: ..."', ["cot"]);
  const columns = raw.map((c, i): RawColumn => {
    if (c === null || typeof c === "string") return { name: c ?? "" };
    if (!isObject(c)) {
      fail(`cột ${i + 1} phải là tên cột hoặc {ten, rong, can}`, ["cot", i]);
      return { name: "" };
    }
    unknownKeys(c, COLUMN_KEYS, ["cot", i], fail);
    const width =
      c.rong === undefined || c.rong === null
        ? undefined
        : Number(String(c.rong).replace(/\s*%$/, "").replace(",", "."));
    if (width !== undefined && !(width > 0 && width <= 100))
      fail(`rong của cột ${i + 1} là phần trăm bề rộng bảng, từ 1 đến 100, ví dụ: rong: 10`, [
        "cot",
        i,
        "rong",
      ]);
    return {
      name: typeof c.ten === "string" ? c.ten : "",
      ...(width !== undefined && { width }),
      ...(c.can !== undefined && { align: readAlign(c.can, ["cot", i, "can"], fail) }),
    };
  });
  const total = columns.reduce((n, c) => n + (c.width ?? 0), 0);
  if (total > 100) fail(`tổng rong của các cột là ${total}%, vượt quá 100%`, ["cot"]);
  return columns;
}

function readRows(
  raw: Raw | undefined,
  key: string,
  fail: Fail,
  at: (path: Path) => number,
): RawCell[][] | undefined {
  if (raw === undefined)
    return void fail(
      `thiếu trường ${key} (các dòng của bảng), mỗi dòng là một danh sách ô: - [1, "Chi bộ 1", "25"]`,
      [],
    );
  if (!Array.isArray(raw) || raw.length === 0)
    return void fail(
      `${key} phải là danh sách các dòng, mỗi dòng là một danh sách ô: - [1, "Chi bộ 1", "25"]`,
      [key],
    );
  return raw.map((row, r) => {
    if (!Array.isArray(row)) {
      fail(`dòng ${r + 1} của ${key} phải là danh sách ô trong ngoặc vuông: [ô 1, ô 2, …]`, [key, r]);
      return [];
    }
    return row.map((c, i): RawCell => {
      const path = [key, r, i];
      if (c === null || typeof c === "string")
        return { text: c ?? "", line: at(path), colSpan: 1, rowSpan: 1 };
      if (!isObject(c)) {
        fail(`ô ${i + 1} ở dòng ${r + 1} của ${key} phải là chữ hoặc {chu, gop_cot, gop_dong, can}`, path);
        return { text: "", colSpan: 1, rowSpan: 1 };
      }
      unknownKeys(c, CELL_KEYS, path, fail);
      if (c.chu !== undefined && c.chu !== null && typeof c.chu !== "string")
        fail(`chu của ô ${i + 1} ở dòng ${r + 1} phải là chữ`, [...path, "chu"]);
      return {
        text: typeof c.chu === "string" ? c.chu : "",
        line: at(path),
        colSpan: readSpan(c.gop_cot, [...path, "gop_cot"], fail),
        rowSpan: readSpan(c.gop_dong, [...path, "gop_dong"], fail),
        ...(c.can !== undefined && { align: readAlign(c.can, [...path, "can"], fail) }),
      };
    });
  });
}

function readSpan(raw: Raw | undefined, path: Path, fail: Fail): number {
  if (raw === undefined || raw === null) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    fail(`${path.at(-1)} là số ô được gộp, một số nguyên từ 1 trở lên, ví dụ: ${path.at(-1)}: 2`, path);
    return 1;
  }
  return n;
}

function readAlign(raw: Raw, path: Path, fail: Fail): Align | undefined {
  const align = typeof raw === "string" ? ALIGNS[raw.trim().toLowerCase()] : undefined;
  if (!align) fail(`can phải là left, center hoặc right (trái, giữa, phải)`, path);
  return align;
}

function unknownKeys(obj: Record<string, Raw>, known: readonly string[], path: Path, fail: Fail) {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const best = closest(key, known);
    fail(
      `không có trường "${key}"${best ? ` (có phải "${best}"?)` : ""}; các trường có: ${known.join(", ")}`,
      [...path, key],
    );
  }
}

const isObject = (v: Raw | undefined): v is { [key: string]: Raw } =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Offset of the field at `path` (its key, in a mapping), or of its nearest existing parent, in the block. */
function nodeOffset(doc: Document, path: Path): number {
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const seg = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      const range = (pair?.key as { range?: number[] } | undefined)?.range;
      if (range) return range[0];
    } else if (isSeq(parent) && typeof seg === "number") {
      const range = (parent.items[seg] as { range?: number[] } | undefined)?.range;
      if (range) return range[0];
    }
  }
  return (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
}

/** Where a table's wording differs from that of the document's own YAML (load.ts). */
const TABLE_YAML_MESSAGES: Record<string, string> = {
  MISSING_CHAR: "thiếu ký tự đóng (dấu nháy hoặc ngoặc); kiểm tra dấu nháy và ngoặc vuông, ngoặc nhọn",
  TAB_AS_INDENT: "không dùng phím Tab để thụt lề; thay bằng dấu cách",
  BLOCK_AS_IMPLICIT_KEY: "dòng này thiếu dấu hai chấm hoặc thụt lề sai",
  UNEXPECTED_TOKEN: "ký tự không đúng chỗ; ô có dấu hai chấm, dấu phẩy hoặc ngoặc thì đặt trong dấu nháy kép",
};
const yamlMessage = (code: string) =>
  TABLE_YAML_MESSAGES[code] ??
  yamlSyntaxMessage(code) ??
  "YAML không đọc được ở chỗ này; kiểm tra dấu nháy, ngoặc và thụt lề";

/** The warning for characters XML forbids, removed from the block's cells. */
const controlCharacters = (count: number) =>
  `khối bang: đã xóa ${count} ký tự điều khiển không được phép trong văn bản (viết bằng mã thoát \\u… trong dấu nháy kép)`;

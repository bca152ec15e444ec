/**
 * The web form's batch from a spreadsheet (POST /api/bang-tinh): a shared base — the document in
 * the form, or a `_chung.yaml` chosen beside it — and a .xlsx or .csv whose rows are the units,
 * rendered as `vanthu render _chung.yaml --du-lieu don-vi.xlsx` renders them (src/sheet/, the
 * batch's job runner, the same naming), and handed back as one .zip. A row's problems are named by
 * sheet, row and column (`don-vi.xlsx:Đơn vị!C7`) and the other rows are still in the .zip. The
 * base is read from the request only: the server reads no file for it.
 */
import { basename } from "node:path";
import { zipSync } from "fflate";
import * as z from "zod";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { createEngine, type Engine } from "../engine";
import { decodeText } from "../read-file";
import { readTableFrom } from "../sheet/read-table";
import { unitsOf } from "../sheet/units";
import { createJobRunner } from "../cli/batch/job";
import { patternProblem } from "../cli/naming";
import { parseDocument } from "./request";
import type { KindForm, SheetAnswer } from "./spec";

/** A request makes at most this many documents: more is the command line's work. */
export const WEB_SHEET_ROWS = 300;
/** The name the shared base has inside the request (the rows inherit it). */
const BASE = "_chung.yaml";

export const sheetRequest = z.object({
  /** The form's document as data (the shared part), unless a base file is sent. */
  chung: z.record(z.string(), z.unknown()).optional(),
  /** A `_chung.yaml` chosen in the form: its bytes in base64, and its name. */
  chung_tep: z.object({ ten: z.string().max(200), noi_dung: z.string() }).optional(),
  /** The spreadsheet: its name (.xlsx or .csv) and its bytes in base64. */
  bang_tinh: z.object({ ten: z.string().min(1).max(200), noi_dung: z.string() }),
  /** The sheet to read (default: the first). */
  trang: z.string().max(200).optional(),
  /** Output names, as --ten-tep: "{co_quan.ten}". */
  ten_tep: z.string().max(200).optional(),
});
export type SheetRequest = z.infer<typeof sheetRequest>;

export async function sheetBatch(
  engine: Engine,
  request: SheetRequest,
  forms: Record<string, KindForm>,
): Promise<SheetAnswer> {
  const sheetName = basename(request.bang_tinh.ten.replace(/\\/g, "/"));
  const refuse = (message: string, file = sheetName): SheetAnswer => ({
    rendered: 0,
    failed: 0,
    diagnostics: [diagnostic("INVALID_VALUE", message, { file, stage: "load" })],
  });
  const base = baseText(request, forms);
  if ("problem" in base) return { rendered: 0, failed: 0, diagnostics: [base.problem] };
  const pattern = request.ten_tep?.trim() || undefined;
  const badPattern = pattern && patternProblem(pattern);
  if (badPattern) return refuse(`tên tệp: ${badPattern}`);

  const read = await readTableFrom(
    Buffer.from(request.bang_tinh.noi_dung, "base64"),
    sheetName,
    request.trang?.trim() || undefined,
  );
  if ("problem" in read) return refuse(read.problem);
  const { units, headers, problems } = unitsOf(read.table, sheetName, BASE);
  if (problems.length) return { rendered: 0, failed: 0, diagnostics: problems };
  if (!units.length)
    return refuse(
      "bảng tính chỉ có dòng tên cột, chưa có đơn vị nào (mỗi dòng sau dòng đầu là một đơn vị)",
      `${sheetName}:${read.table.sheet}`,
    );
  if (units.length > WEB_SHEET_ROWS)
    return refuse(
      `bảng tính có ${units.length} đơn vị; biểu mẫu web tạo tối đa ${WEB_SHEET_ROWS} văn bản mỗi lần: tách bảng tính, hoặc dùng dòng lệnh vanthu render ${BASE} --du-lieu ${sheetName}`,
      `${sheetName}:${read.table.sheet}`,
    );

  // The rows inherit the base sent with them, and nothing else: the server reads no file.
  const shared = engine.resources.read;
  const rowEngine = createEngine({
    ...engine.resources,
    read: (file) =>
      file === BASE
        ? { source: base.source }
        : (shared?.(file) ?? { error: "biểu mẫu web không đọc tệp này" }),
  });
  const run = createJobRunner(rowEngine, { pattern });
  const files: Record<string, Uint8Array> = {};
  const diagnostics: Diagnostic[] = [];
  let failed = 0;
  for (const [id, unit] of units.entries()) {
    if (unit.problems.length) {
      failed++;
      diagnostics.push(...unit.problems);
      continue;
    }
    const result = await run({
      id,
      file: unit.file,
      name: unit.name,
      source: unit.source,
      cells: unit.cells,
      headers,
    });
    diagnostics.push(...result.diagnostics.filter((d) => d.severity === "error" || !result.docx));
    if (!result.docx || !result.name) {
      failed++;
      continue;
    }
    files[uniqueName(files, `${result.name}.docx`)] = result.docx;
  }
  const rendered = Object.keys(files).length;
  const stem = sheetName.replace(/\.[^.]+$/, "") || "van-ban";
  return {
    rendered,
    failed,
    diagnostics,
    ...(rendered > 0 && {
      // Stored, not deflated: a .docx is already compressed.
      zip: Buffer.from(zipSync(files, { level: 0 })).toString("base64"),
      name: `${stem}.zip`,
    }),
  };
}

/** The base as YAML text: a chosen file decoded as the CLI decodes one, or the form's document. */
function baseText(
  request: SheetRequest,
  forms: Record<string, KindForm>,
): { source: string } | { problem: Diagnostic } {
  if (request.chung_tep) {
    const file = basename(request.chung_tep.ten.replace(/\\/g, "/")) || BASE;
    const text = decodeText(Buffer.from(request.chung_tep.noi_dung, "base64"));
    return "source" in text
      ? { source: text.source }
      : { problem: diagnostic("FILE_UNREADABLE", text.error, { file, line: text.line, stage: "load" }) };
  }
  if (!request.chung)
    return {
      problem: diagnostic(
        "INVALID_VALUE",
        "chưa có phần dùng chung: soạn văn bản chung trong biểu mẫu, hoặc chọn một tệp _chung.yaml",
        { file: BASE, stage: "load" },
      ),
    };
  const doc = parseDocument(JSON.stringify(request.chung), forms);
  return doc.yaml === undefined ? { problem: doc.diagnostics[0] } : { source: doc.yaml };
}

/** `name`, or `name` with " (2)", " (3)"… before its extension when the .zip has it already. */
function uniqueName(files: Record<string, Uint8Array>, name: string): string {
  let candidate = name;
  for (let n = 2; candidate in files; n++) candidate = name.replace(/\.docx$/, ` (${n}).docx`);
  return candidate;
}

/**
 * A spreadsheet of units → one YAML document per row, each inheriting the shared file given on
 * the command line (`ke_thua`), so rows go through the same loading, validation, batch and
 * naming as YAML units. Column headers name fields (`co_quan.ten`, `so`, `so_lieu.doi_thoai`);
 * a row's values are typed as an office types them (Excel dates and serial numbers, Vietnamese
 * number text in figures, line breaks in list cells); every line of a row's YAML knows its cell,
 * so a problem is told as `don-vi.xlsx:Sheet1!C7`.
 */
import { relative, dirname } from "node:path";
import { Document } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { load } from "../load";
import { KINDS } from "../schema/kinds";
import { parseViNumber } from "../text/vi-number";
import { writtenDate } from "../template/format";
import { columnLetter, serialDate, type Cell, type CellValue } from "./cells";
import type { Table } from "./read-table";

export interface SheetUnit {
  /** The row as a file name: `don-vi.xlsx:Sheet1!7`. */
  file: string;
  /** Its default output name: `don-vi-7`. */
  name: string;
  /** The row as YAML (with `ke_thua`). */
  source: string;
  /** For each line of `source` (index 0 = line 1), the cell it comes from ("C7"), if any. */
  cells: (string | undefined)[];
  /** What is wrong with the row's cells themselves (error values): the row is not rendered. */
  problems: Diagnostic[];
}

const FIELD_PATH = /^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$/;

/**
 * Fields that hold a list (one cell: one item per line), found by what their schemas accept:
 * asked of every kind, so found on the first spreadsheet's first cell, not at each start.
 */
let listFields: ReadonlySet<string> | undefined;
const isListField = (name: string): boolean =>
  (listFields ??= new Set(
    Object.values(KINDS).flatMap((kind) =>
      Object.entries(kind.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)
        .filter(([, s]) => s.safeParse(["x"]).success && !s.safeParse("x").success)
        .map(([key]) => key),
    ),
  )).has(name);

export function unitsOf(
  table: Table,
  sheetFile: string,
  baseFile: string,
): { units: SheetUnit[]; headers: string[]; problems: Diagnostic[] } {
  const at = (column: number, row: number) => `${sheetFile}:${table.sheet}!${columnLetter(column)}${row}`;
  const problem = (file: string, message: string) =>
    diagnostic("INVALID_VALUE", message, { file, stage: "load" });
  const [head, ...body] = table.rows;
  if (!head)
    return {
      units: [],
      headers: [],
      problems: [
        problem(
          `${sheetFile}:${table.sheet}`,
          "trang tính trống: dòng đầu ghi tên trường (co_quan.ten, so, …), mỗi dòng sau là một đơn vị",
        ),
      ],
    };
  const problems: Diagnostic[] = [];
  const columns = new Map<number, string>();
  for (const [column, cell] of head.cells) {
    const name =
      "value" in cell
        ? String(cell.value ?? "")
            .normalize("NFC")
            .trim()
        : "";
    if (!FIELD_PATH.test(name))
      problems.push(
        problem(
          at(column, head.row),
          `tên cột "${name}" không phải tên trường; ghi tên trường như trong tệp YAML, ví dụ co_quan.ten, so, nguoi_ky.ho_ten, so_lieu.doi_thoai`,
        ),
      );
    else if (name === "ke_thua" || (name === "loai" && false))
      problems.push(
        problem(at(column, head.row), "cột ke_thua không cần: tệp dùng chung là tệp ghi trên dòng lệnh"),
      );
    else if (
      [...columns.values()].some((n) => n === name || n.startsWith(`${name}.`) || name.startsWith(`${n}.`))
    )
      problems.push(
        problem(at(column, head.row), `cột "${name}" trùng với một cột khác; mỗi trường một cột`),
      );
    else columns.set(column, name);
  }
  for (const { row, cells } of body)
    for (const column of cells.keys())
      if (!columns.has(column) && !problems.some((p) => p.file === at(column, head.row)))
        problems.push(
          problem(
            at(column, head.row),
            `cột ${columnLetter(column)} có dữ liệu (dòng ${row}) nhưng chưa có tên trường ở dòng ${head.row}`,
          ),
        );
  if (problems.length) return { units: [], headers: [...columns.values()], problems };

  const ke_thua = relative(dirname(sheetFile), baseFile).split("\\").join("/");
  const stem = sheetFile
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, "");
  const units = body.map(({ row, cells }) => {
    const data: Record<string, unknown> = { ke_thua };
    const rowProblems: Diagnostic[] = [];
    for (const [column, name] of columns) {
      const cell = cells.get(column);
      if (!cell) continue;
      if ("error" in cell) {
        rowProblems.push(
          problem(at(column, row), `ô có giá trị lỗi ${cell.error}; sửa ô này trong bảng tính`),
        );
        continue;
      }
      setPath(data, name.split("."), typed(name, cell));
    }
    const source = new Document(data).toString({ lineWidth: 0 });
    const file = `${sheetFile}:${table.sheet}!${row}`;
    const loaded = load(source, file);
    const cellsByLine: (string | undefined)[] = [];
    for (const [column, name] of columns) {
      const line = loaded.locate(name.split("."), "key").line;
      if (line !== undefined && cells.has(column)) cellsByLine[line - 1] = `${columnLetter(column)}${row}`;
    }
    return { file, name: `${stem}-${row}`, source, cells: cellsByLine, problems: rowProblems };
  });
  return { units, headers: [...columns.values()], problems: [] };
}

/** A cell's value as the field wants it. */
function typed(name: string, cell: Extract<Cell, { value: CellValue }>): unknown {
  const v = cell.value;
  const top = name.split(".")[0];
  // A date cell is written as YAML holds a date; text goes as typed: the schema reads every form
  // of a date (schema/date.ts), once.
  if (typeof v === "object") return writtenDate({ kind: "date", date: v });
  if (name === "ngay" && typeof v === "number") return writtenDate({ kind: "date", date: serialDate(v) });
  if (top === "so_lieu") return typeof v === "string" ? (parseViNumber(v) ?? v) : v;
  if (top === "so" || top === "du_thao") return v;
  if (isListField(top) && typeof v === "string")
    return v
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
  return typeof v === "number" ? String(v) : v;
}

function setPath(data: Record<string, unknown>, path: string[], value: unknown): void {
  let o = data;
  for (const key of path.slice(0, -1)) {
    if (typeof o[key] !== "object" || o[key] === null) o[key] = {};
    o = o[key] as Record<string, unknown>;
  }
  o[path.at(-1)!] = value;
}

/**
 * A row's diagnostic told at its cell: `don-vi.xlsx:Sheet1!C7`; a required field that no column
 * gives is the row's problem (not the shared file's), with the column to add.
 */
export function atCell(
  d: Diagnostic,
  unit: Pick<SheetUnit, "file" | "cells">,
  headers: readonly string[],
): Diagnostic {
  const noColumn = d.code === "MISSING_FIELD" && d.path !== undefined && !headers.includes(d.path);
  if (d.file !== unit.file && !noColumn) return d;
  const { line, column: _column, ...rest } = d;
  let cell: string | undefined;
  for (let i = (line ?? 0) - 1; d.file === unit.file && i >= 0 && !cell; i--) cell = unit.cells[i];
  const file = cell ? unit.file.replace(/!\d+$/, `!${cell}`) : unit.file;
  const hint = noColumn
    ? `; bảng tính chưa có cột ${d.path}: thêm cột này, hoặc ghi giá trị chung vào tệp dùng chung`
    : "";
  return { ...rest, file, message: d.message + hint };
}

/**
 * A range of a workbook as a table: `vung: "Sheet1!A1:E20"` (the sheet's name in single quotes
 * when Excel would quote it, 'Số liệu'!A1:E20, or as typed; without a sheet: the first) → its
 * rows of cells with their merges, each cell the text the sheet shows. The first row is the
 * header, and so is every row a merge that starts there reaches down to (a header cell merged
 * over two rows makes a two-row header); `dong_tieu_de` says it outright. Empty rows at the
 * range's end are left out (a range is often drawn larger than the table). Limits: a table in
 * a document, not a sheet, so at most BANG_RANGE_LIMITS rows and columns. Each problem is
 * reported as TABLE_INVALID (the caller places it at its `vung`).
 */
import { counting, type Report } from "../report";
import { columnLetter } from "./cells";
import type { Merge, Workbook } from "./workbook";

export const BANG_RANGE_LIMITS = { rows: 1000, columns: 30 };

export interface RangeAddress {
  /** As written; absent: the workbook's first sheet. */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RangeCell {
  text: string;
  /** Bold in the sheet. */
  bold?: true;
  colSpan: number;
  rowSpan: number;
}

export interface RangeTable {
  /** The sheet's name as the workbook has it. */
  sheet: string;
  header: RangeCell[][];
  body: RangeCell[][];
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const EXAMPLE = `ví dụ: vung: "Sheet1!A1:E20" (tên trang tính có dấu cách: "'Số liệu'!A1:E20")`;

/** "Sheet1!A1:E20" → its parts, or undefined with why it is not a range reported. */
export function parseRange(text: string, report: Report): RangeAddress | undefined {
  const refuse = (message: string) => void report("TABLE_INVALID", message);
  const bang = text.lastIndexOf("!");
  let sheet = bang < 0 ? undefined : text.slice(0, bang).trim();
  if (sheet !== undefined && /^'.*'$/s.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (sheet === "") return refuse(`vùng "${text}" thiếu tên trang tính trước dấu !; ${EXAMPLE}`);
  const corners = text
    .slice(bang + 1)
    .trim()
    .split(":");
  const parsed = corners.map((c) => CELL.exec(c.trim()));
  if (corners.length !== 2 || parsed.some((p) => !p))
    return refuse(`vùng "${text}" không phải một vùng ô (ô đầu:ô cuối); ${EXAMPLE}`);
  const [a, b] = parsed.map((p) => ({ column: columnNumber(p![1]), row: Number(p![2]) }));
  if (a.row < 1 || b.row < 1) return refuse(`vùng "${text}": số dòng bắt đầu từ 1; ${EXAMPLE}`);
  return {
    ...(sheet !== undefined && { sheet }),
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column),
    right: Math.max(a.column, b.column),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const refOf = (area: Merge) =>
  `${columnLetter(area.left)}${area.top}:${columnLetter(area.right)}${area.bottom}`;

/**
 * The range `address` of `workbook` (named `tep` in messages, as the author wrote it) as header
 * and body rows; `headerRows` when the author gives it. Undefined when it cannot be cut, every
 * problem reported naming the file, sheet and cell: `so-lieu.xlsx:Sheet1!C7`.
 */
export function cutRange(
  workbook: Workbook,
  tep: string,
  address: RangeAddress,
  report: Report,
  headerRows?: number,
): RangeTable | undefined {
  const counted = counting(report);
  const refuse = (message: string) => void counted("TABLE_INVALID", message);
  const sheet =
    address.sheet === undefined
      ? workbook.sheets[0]
      : (workbook.sheets.find((s) => s === address.sheet) ??
        workbook.sheets.find(
          (s) => s.normalize("NFC").toLowerCase() === address.sheet!.normalize("NFC").toLowerCase(),
        ));
  if (sheet === undefined)
    return refuse(
      address.sheet === undefined
        ? `${tep} không có trang tính nào`
        : `${tep} không có trang tính "${address.sheet}"; các trang tính có: ${workbook.sheets.join(", ")}`,
    );
  const rows = address.bottom - address.top + 1;
  const columns = address.right - address.left + 1;
  const where = `${tep}:${sheet}!${refOf(address)}`;
  if (rows > BANG_RANGE_LIMITS.rows || columns > BANG_RANGE_LIMITS.columns)
    return refuse(
      `vùng ${where} có ${rows} dòng × ${columns} cột; một bảng trong văn bản có tối đa ${BANG_RANGE_LIMITS.rows} dòng và ${BANG_RANGE_LIMITS.columns} cột: chọn vùng nhỏ hơn, hoặc tách thành nhiều bảng`,
    );
  const inside = (m: Merge) =>
    m.top >= address.top && m.bottom <= address.bottom && m.left >= address.left && m.right <= address.right;
  const overlaps = (m: Merge) =>
    m.top <= address.bottom && m.bottom >= address.top && m.left <= address.right && m.right >= address.left;
  const merges = workbook.merges(sheet).filter(overlaps);
  for (const m of merges.filter((m) => !inside(m)))
    refuse(
      `ô gộp ${tep}:${sheet}!${refOf(m)} nằm một phần ngoài vùng ${refOf(address)}: chọn vùng chứa trọn ô gộp, hoặc bỏ gộp ô trong bảng tính`,
    );
  if (counted.errors()) return undefined;

  const masterAt = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const m of merges) {
    masterAt.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const grid: RangeCell[][] = [];
  const empty: boolean[] = [];
  for (let r = address.top; r <= address.bottom; r++) {
    const row: RangeCell[] = [];
    let blank = true;
    for (let c = address.left; c <= address.right; c++) {
      if (covered.has(`${r}:${c}`)) {
        blank = false;
        continue;
      }
      const m = masterAt.get(`${r}:${c}`);
      const cell = workbook.cell(sheet, r, c);
      if (cell && "error" in cell)
        refuse(`ô ${tep}:${sheet}!${columnLetter(c)}${r} ${cell.error}; sửa ô này trong bảng tính`);
      const text = cell && "text" in cell ? cell.text : "";
      if (text.trim() !== "" || m) blank = false;
      row.push({
        text,
        ...(cell && "bold" in cell && cell.bold && { bold: true as const }),
        colSpan: m ? m.right - m.left + 1 : 1,
        rowSpan: m ? m.bottom - m.top + 1 : 1,
      });
    }
    grid.push(row);
    empty.push(blank);
  }
  if (counted.errors()) return undefined;
  while (grid.length && empty[grid.length - 1]) grid.pop();
  if (!grid.length) return refuse(`vùng ${where} trống: chọn vùng có dữ liệu`);

  let header = headerRows ?? 1;
  if (headerRows === undefined)
    for (let grown = true; grown;) {
      grown = false;
      for (const m of merges)
        if (m.top < address.top + header && m.bottom - address.top + 1 > header) {
          header = m.bottom - address.top + 1;
          grown = true;
        }
    }
  if (header >= grid.length)
    return refuse(
      `vùng ${where} chưa có dòng số liệu nào sau ${header} dòng tiêu đề (dong_tieu_de: ${header}); chọn vùng gồm cả tiêu đề và các dòng số liệu`,
    );
  const crossing = merges.find((m) => m.top < address.top + header && m.bottom >= address.top + header);
  if (crossing)
    return refuse(
      `ô gộp ${tep}:${sheet}!${refOf(crossing)} nằm cả ở tiêu đề lẫn ở dòng số liệu (dong_tieu_de: ${header}); sửa dong_tieu_de hoặc bỏ gộp ô`,
    );
  return { sheet, header: grid.slice(0, header), body: grid.slice(header) };
}

/**
 * A ```bang block that names a range of a workbook (`tep`, `vung`): the workbook is made here with
 * exceljs as an office makes one — a header merged across and down, thousands, percentages and
 * serial dates with their number formats, text that looks like markup or a blank — and the table
 * prints what the sheet shows, Vietnamese separators included. A wrong range, an unknown sheet, a
 * range too large, an error cell and a missing file are each one error at the block's line, named
 * by file, sheet and cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { columnLetter } from "../../src/sheet/cells";
import { cutRange, parseRange } from "../../src/sheet/range";
import type { Workbook } from "../../src/sheet/workbook";
import { cleanString } from "../../src/text/hygiene";
import { markdownOf, reported } from "../support/reported";
import type { Cell, DataTable, Paragraph, Root } from "../../src/tree/types";
import { withoutDocumentRules } from "../support/document-rules";
import { hostile, runs } from "../support/hostile";
import { engine, TODAY } from "../support/samples";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-range-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu");
  ws.getCell("A1").value = "STT";
  ws.getCell("B1").value = "Đơn vị";
  ws.getCell("C1").value = "Kết quả năm 2025";
  ws.mergeCells("A1:A2");
  ws.mergeCells("B1:B2");
  ws.mergeCells("C1:E1");
  ws.getCell("C2").value = "Kinh phí (nghìn đồng)";
  ws.getCell("D2").value = "Tỷ lệ giải quyết";
  ws.getCell("E2").value = "Ngày báo cáo";
  const rows: [number, string, number, number, number][] = [
    [1, "Xã Tân Hợp", 1234567, 0.986, 45828],
    [2, "Xã {{so_lieu.doi_thoai}} *đậm* | ống", 2500.5, 1, 45829],
  ];
  rows.forEach(([stt, name, money, rate, serial], i) => {
    const r = ws.getRow(3 + i);
    r.getCell(1).value = stt;
    r.getCell(2).value = name;
    r.getCell(3).value = money;
    r.getCell(3).numFmt = "#,##0.0";
    r.getCell(4).value = rate;
    r.getCell(4).numFmt = "0.0%";
    // A serial date as Excel stores it: a number with a date format.
    r.getCell(5).value = serial;
    r.getCell(5).numFmt = "dd/mm/yyyy";
  });
  ws.getCell("B5").value = "Tổng";
  ws.getCell("B5").font = { bold: true };
  ws.getCell("C5").value = { formula: "C3+C4", result: 1237067.5 };
  ws.getCell("C5").numFmt = "#,##0.0";
  const errors = wb.addWorksheet("Lỗi");
  errors.getCell("A1").value = "Tỷ lệ";
  errors.getCell("A2").value = { error: "#DIV/0!" };
  await wb.xlsx.writeFile(join(dir, "so-lieu.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DOC = (block: string) => `loai: bao-cao
the_thuc: dang
co_quan:
  cap_tren: Đảng bộ huyện Hướng Hóa
  ten: Đảng ủy xã Tân Hợp
  viet_tat: ĐU
so: 12
dia_danh: Tân Hợp
ngay: 2025-12-15
trich_yeu: kết quả công tác dân vận năm 2025
noi_dung: |
  Kết quả như sau:

  \`\`\`bang
${block
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
  \`\`\`
noi_nhan:
  - Lưu Văn phòng Đảng ủy
nguoi_ky:
  quyen_han: T/M ĐẢNG ỦY
  chuc_vu: BÍ THƯ
  ho_ten: Nguyễn Văn A
`;

async function treeOf(block: string, file = join(dir, "bao-cao.yaml")) {
  const source = DOC(block);
  writeFileSync(file, source);
  const workbooks = await engine.readWorkbooks(source, file);
  const outcome = engine.toTree(source, file, { today: TODAY, workbooks });
  return { ...outcome, diagnostics: withoutDocumentRules(outcome.diagnostics) };
}

const tableIn = (tree: Root | undefined) =>
  tree!.sections[0].children.find((b): b is DataTable => b.type === "dataTable" && b.layout === "bang")!;
const text = (c: Cell) =>
  (c.children[0] as Paragraph).children.map((i) => (i.type === "text" ? i.value : "\n")).join("");
const grid = (t: DataTable) => t.rows.map((r) => r.cells.map((c) => text(c)));
const spans = (t: DataTable) => t.rows.map((r) => r.cells.map((c) => `${c.colSpan ?? 1}x${c.rowSpan ?? 1}`));

describe("a ```bang block from a workbook range", () => {
  it("keeps the merged header as two header rows and prints what the sheet shows, the Vietnamese way", async () => {
    const { tree, diagnostics } = await treeOf(
      `tieu_de: "Bảng 1: Kết quả"\ntep: so-lieu.xlsx\nvung: "'Số liệu'!A1:E5"`,
    );
    expect(diagnostics).toEqual([]);
    const table = tableIn(tree);
    expect(table.headerRows).toBe(2);
    expect(spans(table)[0]).toEqual(["1x2", "1x2", "3x1"]);
    expect(grid(table)).toEqual([
      ["STT", "Đơn vị", "Kết quả năm 2025"],
      ["Kinh phí (nghìn đồng)", "Tỷ lệ giải quyết", "Ngày báo cáo"],
      ["1", "Xã Tân Hợp", "1.234.567,0", "98,6%", "20/06/2025"],
      ["2", "Xã {{so_lieu.doi_thoai}} *đậm* | ống", "2.500,5", "100,0%", "21/06/2025"],
      ["", "Tổng", "1.237.067,5", "", ""],
    ]);
  });

  it("keeps a cell set in bold bold, and the others plain", async () => {
    const { tree } = await treeOf(`tep: so-lieu.xlsx\nvung: "Số liệu!A1:E5"`);
    const rows = tableIn(tree).rows;
    expect((rows[4].cells[1].children[0] as Paragraph).children).toEqual([
      { type: "text", value: "Tổng", marks: ["bold"] },
    ]);
    expect((rows[2].cells[1].children[0] as Paragraph).children).toEqual([
      { type: "text", value: "Xã Tân Hợp" },
    ]);
  });

  it("prints a cell's text literally: a blank, an asterisk or a bar from the sheet is never markup", async () => {
    const { tree } = await treeOf(`tep: so-lieu.xlsx\nvung: "Số liệu!A1:E4"`);
    const cell = tableIn(tree).rows[3].cells[1];
    expect((cell.children[0] as Paragraph).children).toEqual([
      { type: "text", value: "Xã {{so_lieu.doi_thoai}} *đậm* | ống" },
    ]);
  });

  it("takes the number of header rows when the author gives it, and widths and alignment from cot", async () => {
    const { tree, diagnostics } = await treeOf(
      `tep: so-lieu.xlsx\nvung: "Số liệu!A3:E4"\ndong_tieu_de: 0\ncot: [{ rong: 8, can: center }, {}, {}, {}, {}]`,
    );
    expect(diagnostics).toEqual([]);
    const table = tableIn(tree);
    expect(table.headerRows).toBe(0);
    expect(table.columns[0]).toEqual({ width: 8, align: "center" });
    expect(table.columns[2].align).toBe("right");
  });

  it.each([
    ["a range that is not one", `vung: "Số liệu!A1-E5"`, 'vùng "Số liệu!A1-E5" không phải một vùng ô'],
    [
      "a sheet the workbook lacks",
      `vung: "Sheet9!A1:E5"`,
      'so-lieu.xlsx không có trang tính "Sheet9"; các trang tính có: Số liệu, Lỗi',
    ],
    ["a range larger than a table", `vung: "Số liệu!A1:E5000"`, "tối đa 1000 dòng và 30 cột"],
    [
      "a merge cut by the range",
      `vung: "Số liệu!A1:D5"`,
      "ô gộp so-lieu.xlsx:Số liệu!C1:E1 nằm một phần ngoài vùng A1:D5",
    ],
    ["an error value", `vung: "Lỗi!A1:A2"`, "ô so-lieu.xlsx:Lỗi!A2 có giá trị lỗi #DIV/0!"],
    ["only a header", `vung: "Số liệu!A1:E2"`, "chưa có dòng số liệu nào sau 2 dòng tiêu đề"],
  ])("refuses %s with one error at the vung line, naming file, sheet and cell", async (_, vung, message) => {
    const { tree, diagnostics } = await treeOf(`tep: so-lieu.xlsx\n${vung}`);
    expect(tree).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "TABLE_INVALID",
      severity: "error",
      line: 16,
      path: "noi_dung",
    });
    expect(diagnostics[0].message).toContain(message);
  });

  it("refuses a missing file at the tep line, saying where it looked", async () => {
    const { diagnostics } = await treeOf(`tep: khong-co.xlsx\nvung: "A1:B2"`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "TABLE_INVALID",
      line: 15,
      file: join(dir, "bao-cao.yaml"),
    });
    expect(diagnostics[0].message).toBe(
      `khối bang: không đọc được bảng tính khong-co.xlsx: không tìm thấy tệp (${join(dir, "khong-co.xlsx")}: đường dẫn tính từ thư mục của tệp có khối bang này)`,
    );
  });

  it("refuses rows written beside a range, and a range without its file", async () => {
    const both = await treeOf(`tep: so-lieu.xlsx\nvung: "Số liệu!A1:E5"\ndong:\n  - [1, 2]`);
    expect(both.diagnostics[0].message).toContain("không có dong");
    const noFile = await treeOf(`vung: "Số liệu!A1:E5"`);
    expect(noFile.diagnostics[0].message).toContain("tep là đường dẫn tới tệp .xlsx hoặc .csv");
  });

  it("renders through engine.render, which reads the workbook itself", async () => {
    const source = DOC(`tep: so-lieu.xlsx\nvung: "Số liệu!A1:E5"`);
    const outcome = await engine.render(source, join(dir, "bao-cao.yaml"), { today: TODAY });
    expect(withoutDocumentRules(outcome.diagnostics)).toEqual([]);
    expect(outcome.docx).toBeDefined();
  });
});

describe("any text a sheet's cell holds", () => {
  const styles = {
    body: "noi-dung",
    footnote: "chu-thich",
    headings: [],
    table: { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" },
  };
  const sheetOf = (grid: string[][]): Workbook => ({
    sheets: ["Trang 1"],
    cell: (_sheet, row, column) => {
      const text = grid[row - 1]?.[column - 1];
      return text ? { text } : undefined;
    },
    merges: () => [],
  });

  it("prints as typed in the table, never read as Markdown, a blank or a break of the table", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostile, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 }),
        (rows) => {
          // The last row keeps a letter: empty rows at a range's end are left out, by design.
          const grid = rows.map((r, i) => (i === rows.length - 1 ? ["x", r[1]] : r));
          const { blocks, problems } = markdownOf(
            '```bang\ntep: t.xlsx\nvung: "A1:B' + grid.length + '"\n```',
            styles,
            () => ({
              workbook: sheetOf(grid),
            }),
          );
          expect(problems.filter((p) => p.severity === "error")).toEqual([]);
          const table = blocks.find((b): b is DataTable => b.type === "dataTable")!;
          expect(grid.map((r) => r.map((c) => cleanString(c).text))).toEqual(
            table.rows.map((r) => r.cells.map((c) => text(c))),
          );
        },
      ),
      runs(60),
    );
  });
});

describe("a range's address", () => {
  it("reads back what Excel writes, with or without a quoted sheet name and $ signs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16384 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 16384 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("Sheet1", "Số liệu", "It's", "Tổng hợp 2025"),
        fc.boolean(),
        (c1, r1, c2, r2, sheet, dollars) => {
          const d = dollars ? "$" : "";
          const quoted = `'${sheet.replace(/'/g, "''")}'`;
          const address = `${quoted}!${d}${columnLetter(c1)}${d}${r1}:${d}${columnLetter(c2)}${d}${r2}`;
          expect(
            parseRange(address, (_code, message) => {
              throw new Error(message);
            }),
          ).toEqual({
            sheet,
            top: Math.min(r1, r2),
            bottom: Math.max(r1, r2),
            left: Math.min(c1, c2),
            right: Math.max(c1, c2),
          });
        },
      ),
      runs(200),
    );
  });

  it("reports an address that is not a range as TABLE_INVALID, and gives none", () => {
    expect(reported((report) => parseRange("A1-B2", report))).toEqual({
      result: undefined,
      problems: [
        {
          severity: "error",
          code: "TABLE_INVALID",
          message: expect.stringMatching(/^vùng "A1-B2" không phải một vùng ô/),
        },
      ],
    });
  });

  it("reports each cell in error of a range, by file, sheet and cell, and cuts none", () => {
    const book: Workbook = {
      sheets: ["Số liệu"],
      cell: (_sheet, row, column) =>
        row === 2 && column === 2 ? { error: "có giá trị lỗi #DIV/0!" } : { text: "1" },
      merges: () => [],
    };
    const address = { top: 1, left: 1, bottom: 3, right: 2 };
    expect(reported((report) => cutRange(book, "so-lieu.xlsx", address, report))).toEqual({
      result: undefined,
      problems: [
        expect.objectContaining({
          code: "TABLE_INVALID",
          message: expect.stringMatching(/^ô so-lieu\.xlsx:Số liệu!B2 có giá trị lỗi/),
        }),
      ],
    });
  });
});

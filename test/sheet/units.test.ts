/**
 * Annual reports from a spreadsheet, run as a producer runs them (`vanthu render _chung.yaml
 * --du-lieu don-vi.xlsx`): the workbooks are made here with exceljs (not vanthu), so each case
 * is one a real office file can hold — a wrong cell named by sheet, row and column while the
 * other rows still render, a missing column, Excel's dates, Vietnamese numbers typed as text,
 * a `{{…}}` typed in the data printed as typed, CSV with a BOM, an old .xls and a
 * password-protected workbook refused with one message.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { median } from "../../bench/measure";
import { nodeJson } from "../support/node-child";
import { ROOT } from "../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
const BASE = `loai: bao-cao
co_quan:
  cap_tren: Đảng bộ huyện Hướng Hóa
  viet_tat: ĐU
ngay: 2025-12-15
trich_yeu: kết quả công tác dân vận năm 2025
noi_dung: |
  Đơn vị đã tổ chức {{so_lieu.doi_thoai}} cuộc đối thoại, giải quyết {{so_lieu.ty_le | phan_tram}} kiến nghị, đóng góp {{so_lieu.kinh_phi | so}} triệu đồng.
noi_nhan:
  - Ban Thường vụ Huyện ủy (b/c)
  - Lưu Văn phòng Đảng ủy
nguoi_ky:
  quyen_han: T/M ĐẢNG ỦY
  chuc_vu: BÍ THƯ
`;
const HEAD = [
  "co_quan.ten",
  "so",
  "dia_danh",
  "nguoi_ky.ho_ten",
  "so_lieu.doi_thoai",
  "so_lieu.ty_le",
  "so_lieu.kinh_phi",
];
const ROW = (n: number) => [`Đảng ủy xã Số ${n}`, 40 + n, `Xã ${n}`, `Người Ký ${n}`, 2, 96.5, 1234.5];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-sheet-"));
  writeFileSync(join(dir, "_chung.yaml"), BASE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, rows: unknown[][], sheet = "Đơn vị"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** What `--json` prints, as far as these tests read it. */
interface Summary {
  rendered: number;
  failed: number;
  files: { input: string; output: string }[];
}

function render(sheet: string, ...extra: string[]) {
  const out = mkdtempSync(join(dir, "out-"));
  return new Promise<{ status: number | null; stderr: string; out: string; json: Summary }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        "render",
        join(dir, "_chung.yaml"),
        "--du-lieu",
        sheet,
        "-o",
        out,
        "--jobs",
        "1",
        "--json",
        ...extra,
      ],
      { cwd: dir },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (status) =>
      resolve({ status, stderr, out, json: stdout ? JSON.parse(stdout) : undefined }),
    );
  });
}
const text = (docx: string) =>
  strFromU8(unzipSync(readFileSync(docx))["word/document.xml"])
    .replace(/<w:noBreakHyphen\/>/g, "-")
    .replace(/<w:br\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("vanthu render --du-lieu", () => {
  it("makes one document per row, the blanks filled with the row's figures written the Vietnamese way", async () => {
    const file = await workbook("tot.xlsx", [HEAD, ROW(1), [], ROW(2)]);
    const r = await render(file);
    expect(r.stderr).not.toMatch(/\[[A-Z_]+\]/);
    expect(r.status).toBe(0);
    expect(r.json).toMatchObject({ rendered: 2, failed: 0 });
    const first = text(r.json.files[0].output);
    expect(first).toContain("ĐẢNG ỦY XÃ SỐ 1");
    expect(first).toContain("Số 41-BC/ĐU");
    expect(first).toContain(
      "tổ chức 2 cuộc đối thoại, giải quyết 96,5% kiến nghị, đóng góp 1.234,5 triệu đồng",
    );
    expect(r.json.files.map((f) => f.input)).toEqual([`${file}:Đơn vị!2`, `${file}:Đơn vị!4`]);
  });

  it("names a wrong cell by sheet, row and column, and still renders the other rows", async () => {
    const bad = ROW(3);
    bad[5] = "chín mươi";
    const errorCell = ROW(4);
    errorCell[4] = { error: "#DIV/0!" };
    const file = await workbook("sai.xlsx", [HEAD, ROW(1), bad, errorCell]);
    const r = await render(file);
    expect(r.status).toBe(1);
    expect(r.json).toMatchObject({ rendered: 1, failed: 2 });
    expect(r.stderr).toContain(`${file}:Đơn vị!F3 so_lieu.ty_le: so_lieu.ty_le điền vào chỗ trống`);
    expect(r.stderr).toContain(`"chín mươi" không phải số`);
    expect(r.stderr).toContain(`${file}:Đơn vị!E4 ô có giá trị lỗi #DIV/0!`);
  });

  it("says which column to add when a required field has none", async () => {
    const file = await workbook("thieu-cot.xlsx", [
      HEAD.filter((h) => h !== "nguoi_ky.ho_ten"),
      ROW(1).filter((_, i) => i !== 3),
    ]);
    const r = await render(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nguoi_ky\.ho_ten: .*bảng tính chưa có cột nguoi_ky\.ho_ten/);
  });

  it("reads Excel's dates, stored as dates or as serial numbers, and Vietnamese numbers typed as text", async () => {
    const asDate = [...ROW(1), new Date(Date.UTC(2025, 5, 20))];
    const asSerial = [...ROW(2), 45828];
    asSerial[6] = "1.234,5";
    const file = await workbook("ngay.xlsx", [[...HEAD, "ngay"], asDate, asSerial]);
    const r = await render(file);
    expect(r.status).toBe(0);
    for (const f of r.json.files) expect(text(f.output)).toContain("ngày 20 tháng 6 năm 2025");
    expect(text(r.json.files[1].output)).toContain("đóng góp 1.234,5 triệu đồng");
  });

  it("prints a {{…}}, an asterisk or an underscore typed in the data exactly as typed", async () => {
    const row = ROW(1);
    row[0] = "Đảng ủy xã {{so_lieu.doi_thoai}}";
    row[4] = "*2* lần_thứ {{x}}";
    const file = await workbook("nguyen-van.xlsx", [HEAD, row]);
    const r = await render(file);
    expect(r.status).toBe(0);
    const body = text(r.json.files[0].output);
    expect(body).toContain("ĐẢNG ỦY XÃ {{SO_LIEU.DOI_THOAI}}");
    expect(body).toContain("tổ chức *2* lần_thứ {{x}} cuộc đối thoại");
  });

  it("reads a CSV in UTF-8 with a BOM, semicolons and Vietnamese numbers", async () => {
    const csv = join(dir, "don-vi.csv");
    writeFileSync(
      csv,
      "\uFEFF" +
        [HEAD.join(";"), 'Đảng ủy xã Một;41;Một;"Người Ký";2;"96,5";"1.234,5"'].join("\r\n") +
        "\r\n",
    );
    const r = await render(csv);
    expect(r.status).toBe(0);
    expect(text(r.json.files[0].output)).toContain("giải quyết 96,5% kiến nghị, đóng góp 1.234,5 triệu đồng");
  });

  it("refuses an old .xls, a password-protected workbook, a missing sheet and a header that is not a field, with one message", async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    writeFileSync(join(dir, "cu.xls"), ole);
    writeFileSync(
      join(dir, "mat-khau.xlsx"),
      Buffer.concat([ole, Buffer.from("EncryptedPackage", "utf16le")]),
    );
    const cases: [string, string[], RegExp][] = [
      [join(dir, "cu.xls"), [], /Excel 97–2003.*lưu lại dạng \.xlsx/],
      [join(dir, "mat-khau.xlsx"), [], /có mật khẩu/],
      [
        await workbook("mot-trang.xlsx", [HEAD, ROW(1)]),
        ["--bang-tinh", "Khác"],
        /không có trang tính "Khác"; các trang tính có: Đơn vị/,
      ],
      [
        await workbook("ten-cot.xlsx", [["Tên đơn vị", ...HEAD.slice(1)], ROW(1)]),
        [],
        /!A1 tên cột "Tên đơn vị" không phải tên trường/,
      ],
    ];
    for (const [file, extra, message] of cases) {
      const r = await render(file, ...extra);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(r.out) && readFileSync.length).toBeTruthy();
    }
  });
});

describe("the thread that reads a sheet", () => {
  it("sends back every row of a sheet longer than one message holds, in row order, and what failed", async () => {
    const rows = [HEAD, ...Array.from({ length: 600 }, (_, i) => ROW(i + 1))];
    rows[450] = [...ROW(450).slice(0, 4), { error: "#DIV/0!" }, ...ROW(450).slice(5)];
    const file = await workbook("dai.xlsx", rows);
    const script = `
      const { sheetInputs, INPUTS_PER_MESSAGE } = require(${JSON.stringify(join(ROOT, "dist/src/cli/sheet-inputs.js"))});
      sheetInputs(${JSON.stringify(file)}, undefined, ${JSON.stringify(join(dir, "_chung.yaml"))}).then((r) =>
        process.stdout.write(JSON.stringify({
          perMessage: INPUTS_PER_MESSAGE,
          names: r.inputs.map((input) => input.name),
          failed: r.failed.map((d) => d.file),
          problems: r.problems.length,
        })));`;
    const read = nodeJson<{ perMessage: number; names: string[]; failed: string[]; problems: number }>([
      "-e",
      script,
    ]);
    expect(read.perMessage).toBeLessThan(599);
    const rowNumbers = [...Array(600).keys()].map((i) => i + 2).filter((row) => row !== 451);
    expect(read.names).toEqual(rowNumbers.map((row) => `dai-${row}`));
    expect(read.failed).toEqual([expect.stringMatching(/dai\.xlsx:Đơn vị!E451$/)]);
    expect(read.problems).toBe(0);
  });
});

describe("a 5,000-row sheet", () => {
  it("is read into units within a 384 MB heap", async () => {
    const rows = [HEAD, ...Array.from({ length: 5000 }, (_, i) => ROW(i + 1))];
    const file = await workbook("lon.xlsx", rows);
    const script = `
      const { readTable } = require(${JSON.stringify(join(ROOT, "dist/src/sheet/read-table.js"))});
      const { unitsOf } = require(${JSON.stringify(join(ROOT, "dist/src/sheet/units.js"))});
      readTable(${JSON.stringify(file)}).then((r) => {
        const { units, problems } = unitsOf(r.table, ${JSON.stringify(file)}, ${JSON.stringify(join(dir, "_chung.yaml"))});
        process.stdout.write(JSON.stringify({ units: units.length, problems: problems.length }));
      });`;
    expect(nodeJson(["--max-old-space-size=384", "-e", script])).toEqual({ units: 5000, problems: 0 });
  }, 120000);

  it("renders on all cores within the bench's memory bound: peak memory at most 1.2× a 200-row sheet's", async () => {
    const sheets = new Map<number, string>();
    for (const n of [200, 5000])
      sheets.set(
        n,
        await workbook(`cao-${n}.xlsx`, [HEAD, ...Array.from({ length: n }, (_, i) => ROW(i + 1))]),
      );
    /** `vanthu render` over a sheet of `n` rows: its peak memory in MB, threads included (bench/cli-child.ts). */
    const peakMb = (n: number) => {
      const file = sheets.get(n)!;
      const out = mkdtempSync(join(dir, "out-"));
      const { code, peakRssMB } = nodeJson<{ code: number; peakRssMB: number }>([
        join(ROOT, "dist/bench/cli-child.js"),
        join(dir, "_chung.yaml"),
        "--du-lieu",
        file,
        "-o",
        out,
      ]);
      expect(code).toBe(0);
      rmSync(out, { recursive: true, force: true });
      return peakRssMB;
    };
    // As the bench measures it: the median of three processes each, taken in turn.
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < 3; i++) {
      small.push(peakMb(200));
      large.push(peakMb(5000));
    }
    expect(median(large) / median(small)).toBeLessThanOrEqual(1.2);
  }, 300000);
});

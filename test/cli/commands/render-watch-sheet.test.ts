/**
 * `vanthu render _chung.yaml --du-lieu don-vi.xlsx --watch`, run as a producer runs it: every row
 * is rendered first; saving the spreadsheet (a figure changed, a row added) or the shared base
 * renders every row again, and so does saving the workbook a ```bang table names; a row made
 * wrong is reported by its cell while the others still render. Ctrl+C ends it with exit 0.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { watchedCli, type WatchedCli } from "../../support/watched-cli";

/** Generous: the machine may be busy; the loop itself answers in well under a second. */
const WAIT_MS = 30000;

const BASE = `loai: bao-cao
the_thuc: dang
co_quan:
  cap_tren: Đảng bộ huyện Hướng Hóa
  viet_tat: ĐU
ngay: 2025-12-15
trich_yeu: kết quả công tác dân vận năm 2025
noi_dung: |
  Đơn vị đã tổ chức {{so_lieu.doi_thoai}} cuộc đối thoại.

  \`\`\`bang
  tep: so-lieu.xlsx
  vung: "A1:B2"
  \`\`\`
noi_nhan:
  - Lưu Văn phòng Đảng ủy
nguoi_ky:
  quyen_han: T/M ĐẢNG ỦY
  chuc_vu: BÍ THƯ
`;

let dir: string;
let cli: WatchedCli;

async function units(rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["co_quan.ten", "so", "dia_danh", "nguoi_ky.ho_ten", "so_lieu.doi_thoai"]);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(join(dir, "don-vi.xlsx"));
}

async function figures(value: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["Chỉ tiêu", "Kết quả"]);
  ws.addRow(["Kinh phí", value]);
  ws.getCell("B2").numFmt = "#,##0";
  await wb.xlsx.writeFile(join(dir, "so-lieu.xlsx"));
}

const row = (n: number, talks: unknown) => [`Đảng ủy xã Số ${n}`, 40 + n, `Xã ${n}`, `Người Ký ${n}`, talks];
const documentXml = (name: string) =>
  strFromU8(unzipSync(readFileSync(join(dir, "out", `${name}.docx`)))["word/document.xml"]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-watch-sheet-"));
  writeFileSync(join(dir, "_chung.yaml"), BASE);
  await units([row(1, 2), row(2, 3)]);
  await figures(1234567);
  cli = watchedCli(
    ["render", "_chung.yaml", "--du-lieu", "don-vi.xlsx", "-o", "out", "--watch"],
    dir,
    WAIT_MS,
  );
  await cli.logged(/Đang theo dõi bảng tính/, 0);
}, 90000);

afterAll(() => {
  cli?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("vanthu render --du-lieu --watch", () => {
  it("renders every row first, with the table from the workbook", () => {
    expect(cli.log).toMatch(/Đã tạo 2 văn bản, 0 tệp lỗi/);
    expect(documentXml("don-vi-2")).toContain("1.234.567");
  });

  it("renders every row again when the spreadsheet is saved, a row added, a wrong cell named", async () => {
    const round = await cli.change(() => units([row(1, 5), row(2, 6), row(3, 4)]));
    expect(round).toMatch(/Đã tạo 3 văn bản/);
    expect(documentXml("don-vi-2")).toContain("tổ chức 5 cuộc");
    expect(documentXml("don-vi-4")).toContain("tổ chức 4 cuộc");
    const wrong = await cli.change(() => units([row(1, 5), row(2, { error: "#REF!" })]));
    expect(wrong).toContain("don-vi.xlsx:Đơn vị!E3");
    expect(wrong).toMatch(/Đã tạo 1 văn bản, 1 tệp lỗi/);
  });

  it("renders every row again when the shared base or the table's workbook is saved", async () => {
    const base = await cli.change(
      () => writeFileSync(join(dir, "_chung.yaml"), BASE.replace("ngay: 2025-12-15", "ngay: 2025-12-16")),
      undefined,
      () => documentXml("don-vi-2").includes("ngày 16 tháng 12 năm 2025"),
    );
    expect(base).toMatch(/Đã tạo 1 văn bản/);
    expect(documentXml("don-vi-2")).toContain("ngày 16 tháng 12 năm 2025");
    const table = await cli.change(
      () => figures(7654321),
      undefined,
      () => documentXml("don-vi-2").includes("7.654.321"),
    );
    expect(table).toMatch(/Đã tạo 1 văn bản/);
    expect(documentXml("don-vi-2")).toContain("7.654.321");
  });

  it("ends with exit 0 on Ctrl+C", async () => {
    expect(await cli.interrupt()).toBe(0);
  });
});

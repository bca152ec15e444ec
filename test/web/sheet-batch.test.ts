/**
 * The web form's batch from a spreadsheet: a shared base (the form's document, or a `_chung.yaml`
 * chosen beside the sheet) and a .xlsx made here with exceljs, one document per row handed back
 * as a .zip; a wrong cell named by sheet, row and column while the other rows are still in the
 * .zip. Once through the API, once in Chromium choosing the files as a person does.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import type { SheetAnswer } from "../../src/web/spec";
import { appOver, builtPage, chromiumAvailable, openForm, type OpenForm } from "./support";

const BASE = `loai: bao-cao
the_thuc: dang
co_quan:
  cap_tren: Đảng bộ huyện Hướng Hóa
  viet_tat: ĐU
ngay: 2025-12-15
trich_yeu: kết quả công tác dân vận năm 2025
noi_dung: |
  Đơn vị đã tổ chức {{so_lieu.doi_thoai}} cuộc đối thoại, giải quyết {{so_lieu.ty_le | phan_tram}} kiến nghị.
noi_nhan:
  - Lưu Văn phòng Đảng ủy
nguoi_ky:
  quyen_han: T/M ĐẢNG ỦY
  chuc_vu: BÍ THƯ
`;
const FORM_BASE = {
  loai: "bao-cao",
  the_thuc: "dang",
  co_quan: { cap_tren: "Đảng bộ huyện Hướng Hóa", viet_tat: "ĐU" },
  ngay: "2025-12-15",
  trich_yeu: "kết quả công tác dân vận năm 2025",
  noi_dung: "Đơn vị đã tổ chức {{so_lieu.doi_thoai}} cuộc đối thoại.",
  noi_nhan: ["Lưu Văn phòng Đảng ủy"],
  nguoi_ky: { quyen_han: "T/M ĐẢNG ỦY", chuc_vu: "BÍ THƯ" },
};

/** A workbook of three units; the second's figure is an error value, as Excel stores #DIV/0!. */
async function units(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["co_quan.ten", "so", "dia_danh", "nguoi_ky.ho_ten", "so_lieu.doi_thoai", "so_lieu.ty_le"]);
  ws.addRow(["Đảng ủy xã Tân Hợp", 41, "Tân Hợp", "Hồ Văn Lâm", 2, 96.5]);
  ws.addRow(["Đảng ủy xã Tân Liên", 42, "Tân Liên", "Nguyễn Thị Hoa", { error: "#DIV/0!" }, 90]);
  ws.addRow(["Đảng ủy xã Tân Lập", 43, "Tân Lập", "Lê Văn Bình", 4, 91.8]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const bodyOf = (docx: Uint8Array) => strFromU8(unzipSync(docx)["word/document.xml"]);

let built: Awaited<ReturnType<typeof builtPage>>;
beforeAll(async () => {
  built = await builtPage();
});
afterAll(() => built?.remove());

describe("POST /api/bang-tinh", () => {
  const post = async (body: unknown) => {
    const res = await appOver(built.dir).request("/api/bang-tinh", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, answer: (await res.json()) as SheetAnswer };
  };

  it("makes one document per row over a chosen _chung.yaml, and names the wrong cell", async () => {
    const { status, answer } = await post({
      chung_tep: { ten: "_chung.yaml", noi_dung: Buffer.from(BASE).toString("base64") },
      bang_tinh: { ten: "don-vi.xlsx", noi_dung: (await units()).toString("base64") },
      ten_tep: "{co_quan.ten}",
    });
    expect(status).toBe(200);
    expect(answer).toMatchObject({ rendered: 2, failed: 1, name: "don-vi.zip" });
    expect(answer.diagnostics.map((d) => d.file)).toEqual(["don-vi.xlsx:Đơn vị!E3"]);
    expect(answer.diagnostics[0].message).toContain("#DIV/0!");
    const zip = unzipSync(Buffer.from(answer.zip!, "base64"));
    expect(Object.keys(zip).sort()).toEqual(["Đảng ủy xã Tân Hợp.docx", "Đảng ủy xã Tân Lập.docx"]);
    expect(bodyOf(zip["Đảng ủy xã Tân Hợp.docx"])).toContain("giải quyết 96,5% kiến nghị");
  });

  it("takes the form's document as the shared part when no file is chosen", async () => {
    const { answer } = await post({
      chung: FORM_BASE,
      bang_tinh: { ten: "don-vi.xlsx", noi_dung: (await units()).toString("base64") },
    });
    expect(answer.rendered).toBe(2);
    const zip = unzipSync(Buffer.from(answer.zip!, "base64"));
    expect(Object.keys(zip).sort()).toEqual(["don-vi-2.docx", "don-vi-4.docx"]);
    expect(bodyOf(zip["don-vi-4.docx"])).toContain("tổ chức 4 cuộc đối thoại");
  });

  it("refuses a sheet the workbook lacks, a missing base, and a body that is not the form's", async () => {
    const sheet = { ten: "don-vi.xlsx", noi_dung: (await units()).toString("base64") };
    const wrongSheet = await post({ chung: FORM_BASE, bang_tinh: sheet, trang: "Sheet9" });
    expect(wrongSheet.status).toBe(400);
    expect(wrongSheet.answer.diagnostics[0].message).toContain('không có trang tính "Sheet9"');
    const noBase = await post({ bang_tinh: sheet });
    expect(noBase.answer.diagnostics[0].message).toContain("chưa có phần dùng chung");
    const bad = await post({ bang_tinh: "x" });
    expect(bad.status).toBe(400);
    expect(bad.answer.diagnostics[0].message).toContain("yêu cầu tạo hàng loạt không hợp lệ");
  });
});

const run = chromiumAvailable() ? describe : describe.skip;
run("the form's “Tạo hàng loạt từ bảng tính…”, used as a person uses it", () => {
  let form: OpenForm;
  let page: Page;
  beforeAll(async () => {
    form = await openForm({ built, context: { acceptDownloads: true } });
    page = form.page;
  }, 90000);
  afterAll(() => form?.close());

  it("downloads a .zip with a document per row and lists the wrong cell", async () => {
    await page.click("#bang-tinh");
    await page.setInputFiles("#bang-tinh-tep", {
      name: "don-vi.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await units(),
    });
    await page.setInputFiles("#bang-tinh-chung", {
      name: "_chung.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(BASE),
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#bang-tinh-tao")]);
    expect(download.suggestedFilename()).toBe("don-vi.zip");
    const zip = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(zip).sort()).toEqual(["don-vi-2.docx", "don-vi-4.docx"]);
    const result = page.locator("#bang-tinh-ket-qua");
    await result.locator("li").first().waitFor();
    expect(await result.locator("p").innerText()).toBe(
      "Đã tải don-vi.zip: 2 văn bản; 1 dòng chưa tạo được (xem dưới).",
    );
    expect(await result.locator("li").innerText()).toContain("don-vi.xlsx:Đơn vị!E3");
  });
});

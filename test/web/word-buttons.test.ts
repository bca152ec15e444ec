/**
 * The web form's two Word buttons as a person clicks them (issue 12), in Chromium driven by
 * playwright-core: "Mở tệp YAML, Word…" fills the fields from a .docx; "Chuẩn hóa tệp Word…"
 * downloads the re-laid-out copy and shows the findings of `vanthu check` before and after; a
 * document that lacks required fields gives no copy, its text opened in the form and each
 * missing field named.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dialog, Page } from "playwright-core";
import { check } from "../../src/check/check";
import { engine, rendered, TODAY } from "../support/samples";
import { A4, p, wordCongVan, wordDocx } from "../support/word-docx";
import { chromiumAvailable, openForm, type OpenForm } from "./support";

const run = chromiumAvailable() ? describe : describe.skip;

/** Only a body: no header, no signature. */
const BODY = [
  "Thực hiện Kế hoạch số 12-KH/TU, Ban Tuyên giáo tổ chức hội nghị quán triệt.",
  "Đề nghị các đơn vị báo cáo kết quả trước ngày 30/6.",
];

run("the form's Word buttons, clicked as a person does", () => {
  let form: OpenForm;
  let page: Page;
  let dir: string;
  /** The confirmation questions the page asked, each accepted. */
  const asked: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vanthu-word-buttons-"));
    writeFileSync(join(dir, "cong-van-1866.docx"), (await rendered("002-cong-van-1866-cv-tu")).bytes);
    writeFileSync(join(dir, "cong-van-word.docx"), wordCongVan());
    writeFileSync(join(dir, "chi-co-noi-dung.docx"), wordDocx({ body: BODY.map((t) => p(t)).join("") + A4 }));
    writeFileSync(join(dir, "hong.docx"), "không phải tệp Word");
    form = await openForm({ context: { acceptDownloads: true } });
    page = form.page;
    page.on("dialog", (d: Dialog) => (asked.push(d.message()), void d.accept()));
  });
  afterAll(async () => {
    await form?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const field = (path: string) => page.locator(`[id="f-${path}"]`);
  const notice = () => page.locator("#notice").innerText();
  /** Click a toolbar button that opens the file chooser, and choose `name` in it. */
  const choose = async (button: string, name: string) => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click(button)]);
    await chooser.setFiles(join(dir, name));
  };
  const waitForNotice = (text: string) =>
    page.waitForFunction((t) => document.getElementById("notice")!.textContent!.includes(t), text);
  const report = () => page.locator("#chuan-hoa-report");
  const closeReport = () => report().getByRole("button", { name: "Đóng" }).click();

  it("fills the fields from a .docx opened with “Mở tệp YAML, Word…”", async () => {
    await choose("#open", "cong-van-1866.docx");
    await waitForNotice("Đã mở tệp cong-van-1866.docx");
    expect(await page.locator("#profile").inputValue()).toBe("dang");
    expect(await page.locator("#kind").inputValue()).toBe("cong-van");
    expect(await field("co_quan.ten").inputValue()).toBe("TỈNH ỦY LẠNG SƠN");
    expect(await field("so").inputValue()).toBe("1866");
    expect(await field("dia_danh").inputValue()).toBe("Lạng Sơn");
    expect(await field("ngay").inputValue()).toBe("21/07/2020");
    expect(await field("nguoi_ky.ho_ten").inputValue()).not.toBe("");
    expect(await field("noi_dung").inputValue()).not.toBe("");
  });

  it("opens a body-only .docx in the kind now chosen, saying so, with all of its text", async () => {
    await page.selectOption("#kind", "bao-cao");
    await choose("#open", "chi-co-noi-dung.docx");
    await waitForNotice("Đã mở tệp chi-co-noi-dung.docx");
    expect(await notice()).toContain("Chưa nhận ra loại văn bản: biểu mẫu để loại “Báo cáo”");
    expect(await page.locator("#kind").inputValue()).toBe("bao-cao");
    const body = await field("noi_dung").inputValue();
    for (const text of BODY) expect(body).toContain(text);
  });

  it("answers a file that is not a .docx with one clear error", async () => {
    await choose("#open", "hong.docx");
    await waitForNotice("Không mở được hong.docx");
    expect(await notice()).toMatch(/không phải|không đọc được/);
  });

  it("downloads the re-laid-out copy and lists the findings before and after", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      choose("#chuan-hoa", "cong-van-word.docx"),
    ]);
    expect(download.suggestedFilename()).toBe("cong-van-word-chuan-hoa.docx");
    const copy = readFileSync((await download.path())!);
    const after = check(copy, engine.resources, { file: "copy.docx", today: TODAY });
    expect(after.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    await report().waitFor({ state: "visible" });
    const text = await report().innerText();
    expect(text).toContain("Chuẩn hóa cong-van-word.docx");
    expect(text).toContain("Đã tải cong-van-word-chuan-hoa.docx");
    expect(text).toMatch(/Trước khi chuẩn hóa: \d+ lỗi, [1-9]\d* cảnh báo/);
    // The findings themselves, not only their count: Word's default size is named.
    expect(await report().locator('[data-title="Trước khi chuẩn hóa"] li').count()).toBeGreaterThan(0);
    expect(text).toContain("Sau khi chuẩn hóa: không có lỗi thể thức");
    if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, "chuan-hoa-report.png") });
    await closeReport();
    await report().waitFor({ state: "hidden" });
  });

  it("gives no copy of a document lacking required fields, but opens its text and names each field", async () => {
    asked.length = 0;
    let downloaded = false;
    page.once("download", () => (downloaded = true));
    await page.selectOption("#kind", "cong-van");
    await choose("#chuan-hoa", "chi-co-noi-dung.docx");
    await report().waitFor({ state: "visible" });
    const text = await report().innerText();
    expect(text).toMatch(/Chưa tạo được bản chuẩn hóa: văn bản thiếu \d+ trường bắt buộc/);
    for (const label of ["tên cơ quan ban hành", "địa danh", "họ tên người ký"])
      expect(text).toContain(label);
    expect(text).toContain("Nội dung đã nhập được mở trong biểu mẫu");
    expect(asked.join("\n")).toContain("Chưa chuẩn hóa được chi-co-noi-dung.docx");
    if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, "chuan-hoa-missing.png") });
    await closeReport();
    const body = await field("noi_dung").inputValue();
    for (const t of BODY) expect(body).toContain(t);
    await page.waitForFunction(() =>
      document.querySelector('[data-path="dia_danh"]')?.classList.contains("has-error"),
    );
    expect(downloaded).toBe(false);
  });
});

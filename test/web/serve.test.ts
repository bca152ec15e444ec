/**
 * The web form end to end, in a real browser (Debian's Chromium driven by playwright-core):
 * a person fills in a công văn, sees it in the preview, downloads the .docx (checked with the
 * same read-back as the CLI's layout tests) and the YAML (which renders to the same document),
 * sees an impossible date reported beside the date field, reloads and finds the draft, and
 * starts from a sample. `UPDATE_SCREENSHOT=1` also refreshes the README's screenshot.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import type { BrowserContext, Page } from "playwright-core";
import { load } from "../../src/load";
import { listen } from "../../src/web/listen";
import { readDocx } from "../support/docx-reader";
import { engine, ROOT } from "../support/samples";
import { appOver, chromiumAvailable, openForm, type OpenForm } from "./support";

const SCREENSHOT = join(ROOT, "src/web/screenshot.png");
/** The công văn in the README's screenshot; its body cites a note [^2] it never writes (a warning). */
const README_EXAMPLE = `loai: cong-van
the_thuc: dang
co_quan:
  cap_tren: Đảng bộ tỉnh Thái Nguyên
  ten: Ban Dân vận Tỉnh ủy
  viet_tat: BDVTU
so: 27
dia_danh: Thái Nguyên
ngay: 2024-03-05
trich_yeu: |-
  V/v tổ chức Hội nghị sơ kết
  phong trào thi đua "Dân vận khéo"
kinh_gui:
  - Các huyện ủy, thành ủy trực thuộc Tỉnh ủy
  - Ban Dân vận các huyện ủy, thành ủy
noi_dung: |
  Thực hiện Kế hoạch số 164-KH/TU của Ban Thường vụ Tỉnh ủy về phong trào thi đua "Dân vận khéo"[^1], Ban Dân vận Tỉnh ủy đề nghị các huyện ủy, thành ủy thực hiện một số nội dung sau:

  1. Tổ chức sơ kết phong trào thi đua "Dân vận khéo" ở cấp huyện **trước ngày 30/4/2024**; đánh giá kết quả, chỉ rõ các mô hình, điển hình tiêu biểu.

  2. Lựa chọn, giới thiệu từ 02 đến 03 mô hình "Dân vận khéo" tiêu biểu để biểu dương tại Hội nghị cấp tỉnh[^2].

  3. Báo cáo kết quả về Ban Dân vận Tỉnh ủy *(qua Phòng Dân vận chính quyền)* trước ngày 10/5/2024.

  [^1]: Kế hoạch số 164-KH/TU, ngày 12/01/2024 của Ban Thường vụ Tỉnh ủy.
noi_nhan:
  - Như trên
  - Thường trực Tỉnh ủy (b/c)
  - Lưu Ban Dân vận Tỉnh ủy
nguoi_ky:
  quyen_han: K/T TRƯỞNG BAN
  chuc_vu: PHÓ TRƯỞNG BAN
  ho_ten: Nguyễn Văn Hùng
`;
const run = chromiumAvailable() ? describe : describe.skip;

run("the web form in Chromium", () => {
  let form: OpenForm;
  let context: BrowserContext;
  let page: Page;
  /** "METHOD /path status" of every request the server answered. */
  const answered: string[] = [];

  beforeAll(async () => {
    const spy = (assetsDir: string) => {
      const app = appOver(assetsDir);
      return new Hono().all("*", async (c) => {
        const res = await app.fetch(c.req.raw);
        answered.push(`${c.req.method} ${new URL(c.req.url).pathname} ${res.status}`);
        return res;
      });
    };
    form = await openForm({ app: spy, context: { acceptDownloads: true } });
    ({ page, context } = form);
    // Replacing a draft asks first (test/web/habits.test.ts); here every replacement is wanted.
    page.on("dialog", (d) => void d.accept());
  });
  afterAll(() => form?.close());

  /** The control of a field path (ids hold dots, so no CSS id selector). */
  const field = (path: string) => page.locator(`[id="f-${path}"]`);
  const fill = (path: string, value: string) => field(path).fill(value);
  /**
   * The preview's text; a symbol's non-breaking hyphen is drawn joined to its neighbours (U+2060), read as
   * the hyphen.
   */
  const previewText = async () =>
    (await page.locator("#preview .doc:not(.offscreen)").innerText()).replace(/\u2060/g, "");
  const waitForPreview = (...texts: string[]) =>
    page.waitForFunction((ts) => {
      const doc = document.querySelector("#preview .doc:not(.offscreen)");
      return !!doc && ts.every((t) => doc.textContent!.replace(/\u2060/g, "").includes(t));
    }, texts);
  const addRow = (path: string) => page.locator(`[data-path="${path}"] > .adds > button.add`).first().click();
  const download = async (button: string) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
  };

  it("keeps the toolbar's actions on one row in a 1280-pixel window", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      const tops = await page.$$eval(".actions button", (bs) => bs.map((b) => b.getBoundingClientRect().top));
      expect(tops.length).toBeGreaterThanOrEqual(8);
      expect(new Set(tops).size).toBe(1);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it("turns a filled-in công văn into the document, in the preview and as a .docx", async () => {
    expect(await page.locator("#profile").inputValue()).toBe("dang");
    await page.selectOption("#kind", "cong-van");
    await fill("co_quan.ten", "Tỉnh ủy Lạng Sơn");
    await fill("co_quan.viet_tat", "TU");
    await fill("so", "5");
    await fill("dia_danh", "Lạng Sơn");
    await fill("ngay", "2020-02-03");
    await fill("trich_yeu", "V/v thử nghiệm biểu mẫu");
    await fill("kinh_gui.0", "Ban Dân vận Tỉnh ủy");
    await addRow("kinh_gui");
    await fill("kinh_gui.1", "Ban Tuyên giáo Tỉnh ủy");
    await fill("noi_dung", "Đoạn thứ nhất của công văn, có chữ **đậm**.\n\nĐoạn thứ hai của công văn.");
    await fill("noi_nhan.0", "Như trên");
    await addRow("noi_nhan");
    await fill("noi_nhan.1", "Lưu Văn phòng Tỉnh ủy");
    await fill("nguoi_ky.quyen_han", "T/M BAN THƯỜNG VỤ");
    await fill("nguoi_ky.chuc_vu", "BÍ THƯ");
    await fill("nguoi_ky.ho_ten", "Nguyễn Văn A");

    await waitForPreview(
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 05-CV/TU",
      "Đoạn thứ hai của công văn.",
      "Nguyễn Văn A",
    );
    expect(await previewText()).toContain("TỈNH ỦY LẠNG SƠN");
    expect(await page.locator("#summary").innerText()).toContain("Văn bản hợp lệ");

    const { name, bytes } = await download("#save-docx");
    expect(name).toBe("Công văn số 5.docx");
    const docx = readDocx(bytes);
    const so = docx.paragraphs.find((p) => p.style === "so")!;
    const ngay = docx.paragraphs.find((p) => p.style === "ngay")!;
    expect(so.text).toBe("Số 05-CV/TU");
    expect(ngay.text).toBe("Lạng Sơn, ngày 03 tháng 02 năm 2020");
    expect(so.row).toBe(ngay.row);
    expect(docx.style("so")).toMatchObject({ size: 14 });
    expect(docx.style("ngay")).toMatchObject({ size: 14, italic: true });
    expect(docx.style("co-quan")).toMatchObject({ size: 14, bold: true, jc: "center" });
    expect(docx.paragraphs.find((p) => p.style === "co-quan")!.text).toBe("TỈNH ỦY LẠNG SƠN");
    const kg = docx.paragraphs.filter((p) => p.style?.startsWith("kinh-gui"));
    expect(kg.map((p) => p.text)).toEqual(["Kính gửi:\t- Ban Dân vận Tỉnh ủy,", "- Ban Tuyên giáo Tỉnh ủy."]);
    expect(docx.style("trich-yeu-cong-van")).toMatchObject({ size: 12, italic: true });
    const body = docx.paragraphs.filter((p) => p.style === "noi-dung");
    expect(body.map((p) => p.text)).toEqual([
      "Đoạn thứ nhất của công văn, có chữ đậm.",
      // The profile's ending (consistency: "./.") closes the body.
      "Đoạn thứ hai của công văn./.",
    ]);
    expect(body[0].runs.find((r) => r.text === "đậm")).toMatchObject({ bold: true });
    expect(docx.style("noi-dung")).toMatchObject({ size: 14, jc: "both" });
  });

  it("saves YAML that `vanthu render` turns into the same document", async () => {
    const docx = readDocx((await download("#save-docx")).bytes);
    const { name, bytes } = await download("#save-yaml");
    expect(name).toBe("Công văn số 5.yaml");
    const cli = await engine.render(bytes.toString("utf8"), name);
    expect(cli.diagnostics).toEqual([]);
    expect(readDocx(cli.docx!).xml("word/document.xml")).toBe(docx.xml("word/document.xml"));
  });

  it("reorders recipients with the arrow buttons", async () => {
    await page.locator('[data-path="kinh_gui.0"] button.down').click();
    expect(await field("kinh_gui.0").inputValue()).toBe("Ban Tuyên giáo Tỉnh ủy");
    await waitForPreview("- Ban Tuyên giáo Tỉnh ủy,");
    await page.locator('[data-path="kinh_gui.1"] button.up').click();
    expect(await field("kinh_gui.0").inputValue()).toBe("Ban Dân vận Tỉnh ủy");
  });

  it("shows an impossible date's message beside the date field", async () => {
    await fill("ngay", "2021-02-30");
    const msg = page.locator('[data-path="ngay"] > .msg');
    await msg.waitFor({ state: "visible" });
    expect(await msg.innerText()).toContain(
      '"2021-02-30" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 28 tháng 2 năm 2021?',
    );
    expect(await field("ngay").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#summary").innerText()).toContain("Ngày ban hành");
    // The preview keeps the last good document, dimmed, rather than going blank.
    expect(await previewText()).toContain("Số 05-CV/TU");
    await page.waitForSelector("#preview.stale");
  });

  it("keeps the draft through a reload", async () => {
    await page.reload();
    await page.waitForSelector("body.ready");
    expect(await page.locator("#kind").inputValue()).toBe("cong-van");
    expect(await field("co_quan.ten").inputValue()).toBe("Tỉnh ủy Lạng Sơn");
    expect(await field("kinh_gui.1").inputValue()).toBe("Ban Tuyên giáo Tỉnh ủy");
    expect(await field("noi_dung").inputValue()).toContain("Đoạn thứ hai của công văn.");
    expect(await field("ngay").inputValue()).toBe("2021-02-30");
    await page.locator('[data-path="ngay"] > .msg').waitFor({ state: "visible" });
    await fill("ngay", "2020-02-03");
    await waitForPreview("ngày 03 tháng 02 năm 2020");
  });

  it("starts a báo cáo from the 003 sample (Tạo từ mẫu)", async () => {
    await page.selectOption("#sample", "003-bao-cao-143-bc-tu");
    await page.waitForFunction(
      () => (document.getElementById("kind") as HTMLSelectElement).value === "bao-cao",
    );
    expect(await field("co_quan.ten").inputValue()).toBe("Tỉnh ủy Quảng Trị");
    expect(await field("so").inputValue()).toBe("143");
    expect(await field("noi_dung").inputValue()).toContain("I. TÌNH HÌNH");
    await waitForPreview("BÁO CÁO", "Số 143-BC/TU");
    expect(await page.locator("#notice").innerText()).toContain("Đã tạo văn bản từ mẫu");
    // The công văn's draft is still there under its kind.
    await page.selectOption("#kind", "cong-van");
    expect(await field("co_quan.ten").inputValue()).toBe("Tỉnh ủy Lạng Sơn");
  });

  it("makes a thông báo kết luận from the fields of the document before", async () => {
    await page.selectOption("#kind", "bao-cao");
    await page.selectOption("#kind", "thong-bao");
    expect(await field("co_quan.ten").inputValue()).toBe("Tỉnh ủy Quảng Trị");
    await fill("trich_yeu", "kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Ban Dân vận Tỉnh ủy");
    await fill("noi_dung", "Ngày 02/4/2014, Thường trực Tỉnh ủy làm việc với Ban Dân vận Tỉnh ủy.");
    await waitForPreview("THÔNG BÁO", "Số 143-TB/TU", "Ngày 02/4/2014, Thường trực Tỉnh ủy");
    const { name, bytes } = await download("#save-docx");
    expect(name).toBe("Thông báo số 143.docx");
    const docx = readDocx(bytes);
    const body = docx.paragraphs.filter((p) => p.table === undefined);
    // The layout pass may balance a long trích yếu over two lines (a break in the paragraph).
    expect(body.slice(0, 2).map((p) => [p.style, p.text.replace(/\n/g, " ")])).toEqual([
      ["ten-loai", "THÔNG BÁO"],
      ["trich-yeu", "kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Ban Dân vận Tỉnh ủy"],
    ]);
  });

  it("fills the form from a YAML file (Mở tệp YAML)", async () => {
    const text = readFileSync(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"));
    await page.setInputFiles("#file", { name: "1866.yaml", mimeType: "text/yaml", buffer: text });
    await page.waitForFunction(
      () => (document.getElementById("f-so") as HTMLInputElement | null)?.value === "1866",
    );
    expect(await page.locator("#kind").inputValue()).toBe("cong-van");
    expect(await field("kinh_gui.3").inputValue()).toBe("Các huyện ủy, thành ủy, đảng ủy trực thuộc");
    await waitForPreview("Số 1866-CV/TU", "Hoàng Văn Nghiệm");
  });

  it("pictures the page for the README: the form, a message beside a field, the preview", async () => {
    await page.setInputFiles("#file", {
      name: "cong-van.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(README_EXAMPLE),
    });
    await waitForPreview("Số 27-CV/BDVTU", "Nguyễn Văn Hùng");
    const msg = page.locator('[data-path="noi_dung"] > .msg');
    await msg.waitFor({ state: "visible" });
    expect(await msg.innerText()).toContain("chú thích [^2] chưa có nội dung");
    await page.evaluate(() =>
      document.querySelector('[data-path="kinh_gui"]')!.scrollIntoView({ block: "start" }),
    );
    await page.mouse.move(1, 1);
    const shot = join(form.assetsDir!, "screenshot.png");
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, SCREENSHOT);
  });

  it("offers to remove an unknown key holding a dot, and removes that key, not the field it looks like", async () => {
    const typo = README_EXAMPLE.replace(
      "loai: cong-van\n",
      'loai: cong-van\n"nguoi_ky.ho_ten": Nguyễn Văn Hừng\n',
    );
    await page.setInputFiles("#file", {
      name: "typo.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(typo),
    });
    const remove = page.locator("#summary button", { hasText: "Xóa trường này" });
    await remove.waitFor();
    await remove.click();
    await remove.waitFor({ state: "detached" });
    expect(await field("nguoi_ky.ho_ten").inputValue()).toBe("Nguyễn Văn Hùng");
    await waitForPreview("Nguyễn Văn Hùng");
  });

  it("says a file is not UTF-8 (Windows-1258) instead of opening it garbled", async () => {
    const before = await field("so").inputValue();
    const cp1258 = Buffer.concat([
      Buffer.from("loai: cong-van\nso: 99\ntrich_yeu: C"),
      Buffer.from([0xf4]),
      Buffer.from("ng v"),
      Buffer.from([0xe3]),
      Buffer.from("n\n"),
    ]);
    await page.setInputFiles("#file", { name: "cu.yaml", mimeType: "text/yaml", buffer: cp1258 });
    const notice = page.locator("#notice");
    await page.waitForFunction(() => document.getElementById("notice")!.textContent!.includes("UTF-8"));
    expect(await notice.innerText()).toContain("Không mở được cu.yaml: dòng 3: tệp không phải văn bản UTF-8");
    expect(await field("so").inputValue()).toBe(before);
  });

  it("refuses what a page on another site makes the browser send (CSRF)", async () => {
    const target = form.url.replace(/\/$/, "");
    const body = JSON.stringify(load(README_EXAMPLE, "x.yaml").data);
    const evil = new Hono().get("/", (c) =>
      c.html(`<!doctype html><iframe name="sink"></iframe>
<form id="f" method="POST" enctype="text/plain" action="${target}/api/docx" target="sink"><input name='{"loai":"cong-van","x":"' value='"}'></form>
<script>
  document.getElementById("f").submit();
  fetch("${target}/api/preview", { method: "POST", mode: "no-cors", body: ${JSON.stringify(body)}, headers: { "Content-Type": "text/plain" } });
  fetch("${target}/api/yaml", { method: "POST", body: ${JSON.stringify(body)}, headers: { "Content-Type": "application/json" } }).catch(() => undefined);
</script>`),
    );
    const other = await listen(evil, 0);
    const foreign = await context.newPage();
    try {
      answered.length = 0;
      await foreign.goto(other.url.replace("127.0.0.1", "localhost"));
      for (
        let i = 0;
        i < 100 && answered.filter((a) => a.startsWith("POST") || a.startsWith("OPTIONS")).length < 3;
        i++
      )
        await new Promise((r) => setTimeout(r, 50));
      expect(answered.filter((a) => a.startsWith("POST")).sort()).toEqual([
        "POST /api/docx 403",
        "POST /api/preview 403",
      ]);
      // The JSON fetch needs a preflight, which the server does not grant: its POST is never sent.
      expect(answered).toContainEqual(expect.stringMatching(/^OPTIONS \/api\/yaml (403|404)$/));
    } finally {
      await foreign.close();
      await other.close();
    }
  });
});

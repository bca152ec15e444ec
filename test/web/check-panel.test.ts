/**
 * The form's "Kiểm tra tệp Word…" as a person uses it (issue 11), in Chromium driven by
 * playwright-core: click the button, choose a .docx, and read the findings beside the document —
 * none for a document vanthu rendered; for a changed one, the finding on the row of the very
 * paragraph it names; a part the document lacks, said so above the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { rendered } from "../support/samples";
import { wordCongVan } from "../support/word-docx";
import { editParagraph, paragraphText, replaceText, text, unzip, withPart, zip } from "../check/xml-edit";
import { chromiumAvailable, openForm, type OpenForm } from "./support";

const run = chromiumAvailable() ? describe : describe.skip;

run("the form's “Kiểm tra tệp Word…” panel, used as a person does", () => {
  let form: OpenForm;
  let page: Page;
  let dir: string;
  /** The paragraph of the number line in the rendered công văn (where "Số:" is typed). */
  let numberParagraph = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "vanthu-check-panel-"));
    const bytes = (await rendered("002-cong-van-1866-cv-tu")).bytes;
    writeFileSync(join(dir, "cong-van-1866.docx"), bytes);
    const parts = unzip(bytes);
    const xml = text(parts, "word/document.xml");
    numberParagraph = [...Array(40).keys()].find((i) => paragraphText(xml, i).startsWith("Số "))!;
    const colon = editParagraph(xml, numberParagraph, (x) => replaceText(x, /^Số\s*/, "Số: "));
    writeFileSync(join(dir, "cong-van-so-hai-cham.docx"), zip(withPart(parts, "word/document.xml", colon)));
    writeFileSync(join(dir, "cong-van-word.docx"), wordCongVan({ recipients: false }));
    writeFileSync(join(dir, "hong.docx"), "không phải tệp Word");
    form = await openForm();
    page = form.page;
  });
  afterAll(async () => {
    await form?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // A test that fails with the panel open leaves the next one a page it can use.
  afterEach(() => page.evaluate(() => (document.getElementById("kiem-tra") as HTMLDialogElement).close()));

  const panel = () => page.locator("#kiem-tra");
  /** Click “Kiểm tra tệp Word…”, choose `name`, and wait for the panel to show it. */
  const checkFile = async (name: string) => {
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Kiểm tra tệp Word…" }).click(),
    ]);
    await chooser.setFiles(join(dir, name));
    await page.waitForFunction(
      (n) => document.querySelector("#kiem-tra[open] h2")?.textContent?.includes(n),
      name,
    );
  };
  const close = async () => {
    await panel().getByRole("button", { name: "Đóng" }).click();
    await panel().waitFor({ state: "hidden" });
  };
  const shot = async (name: string) => {
    if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, name) });
  };

  it("shows a document vanthu rendered as read, with no finding", async () => {
    await checkFile("cong-van-1866.docx");
    const head = await panel().locator(".check-head").innerText();
    expect(head).toContain("Kiểm tra thể thức: cong-van-1866.docx");
    expect(head).toContain("Công văn");
    expect(head).toContain("Không có lỗi thể thức");
    expect(await panel().locator(".finding").count()).toBe(0);
    expect(await panel().locator(".para").count()).toBeGreaterThan(20);
    expect(await panel().locator(`.para[data-n="${numberParagraph}"]`).innerText()).toMatch(/Số 1866.CV\/TU/);
    await shot("kiem-tra-dung.png");
    await close();
  });

  it("puts the finding about “Số:” beside the number line, and only there", async () => {
    await checkFile("cong-van-so-hai-cham.docx");
    expect(await panel().locator(".verdict").innerText()).toMatch(/^1 lỗi, 0 cảnh báo/);
    const row = panel().locator(".check-row", { has: page.locator(`.para[data-n="${numberParagraph}"]`) });
    const card = row.locator('.finding[data-code="NUMBER_FORM"]');
    expect(await card.count()).toBe(1);
    const said = await card.innerText();
    expect(said).toContain("Lỗi · Số, ký hiệu");
    expect(said).toContain(`đoạn ${numberParagraph} «Số: 1866`);
    expect(said).toContain('có dấu hai chấm sau chữ "Số"');
    expect(said).toContain("NUMBER_FORM");
    expect(await panel().locator(".finding").count()).toBe(1);
    expect(await row.locator(`.para[data-n="${numberParagraph}"]`).getAttribute("class")).toContain(
      "flagged",
    );
    // The card sits on the paragraph's line of the page, to its right.
    const para = (await row.locator(`.para[data-n="${numberParagraph}"]`).boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThan(para.x + para.width);
    expect(box.y).toBeLessThan(para.y + para.height + 60);
    await shot("kiem-tra-so-hai-cham.png");
    await panel().getByLabel("Chỉ hiện các đoạn có lỗi, cảnh báo").check();
    expect(await panel().locator(".check-row:visible").count()).toBe(1);
    await close();
  });

  it("says which part a Word user's document lacks, above the page, and marks its findings by paragraph", async () => {
    await checkFile("cong-van-word.docx");
    const missing = panel().locator(".check-whole.missing");
    expect(await missing.innerText()).toContain("Phần không tìm thấy trong văn bản");
    expect(await missing.innerText()).toContain("Nơi nhận");
    const cards = panel().locator(".check-row .finding");
    expect(await cards.count()).toBeGreaterThan(0);
    // Every card sits in the row of the paragraph it names.
    for (const card of await cards.all()) {
      const n = await card.getAttribute("data-paragraph");
      const row = card.locator("xpath=ancestor::div[@data-paragraphs][1]");
      expect((await row.getAttribute("data-paragraphs"))!.split(" ")).toContain(n);
    }
    await shot("kiem-tra-word.png");
    await close();
  });

  it("answers a file that is not a Word document with one clear error, no panel", async () => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#kiem-tra-word")]);
    await chooser.setFiles(join(dir, "hong.docx"));
    await page.waitForFunction(() =>
      document.getElementById("notice")!.textContent!.includes("Không kiểm tra được hong.docx"),
    );
    expect(await panel().isVisible()).toBe(false);
  });
});

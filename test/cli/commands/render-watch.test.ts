/**
 * `vanthu render --watch`, run as a user runs it: after the first round it renders again what
 * each saved change touches — a YAML file alone; every document after a change to a shared file
 * (`ke_thua`), a template or a profile — and a broken template is reported and waited out, the
 * last good one kept. Ctrl+C ends it with exit 0.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { ROOT } from "../../support/samples";
import { watchedCli, type WatchedCli } from "../../support/watched-cli";

/** Generous: the machine may be busy; the loop itself answers in well under a second. */
const WAIT_MS = 20000;

let dir: string;
let cli: WatchedCli;

const documentXml = (file: string) =>
  strFromU8(unzipSync(readFileSync(join(dir, "out", file)))["word/document.xml"]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-watch-"));
  cpSync(join(ROOT, "templates"), join(dir, "tpl"), { recursive: true });
  cpSync(join(ROOT, "data/batch"), join(dir, "b"), { recursive: true });
  cpSync(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"), join(dir, "cv.yaml"));
  cli = watchedCli(["render", "cv.yaml", "b", "--templates", "tpl", "-o", "out", "--watch"], dir, WAIT_MS);
  await cli.logged(/Đang theo dõi/, 0);
}, 60000);

afterAll(() => {
  cli?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("vanthu render --watch", () => {
  it("renders every input first", () => {
    expect(cli.log).toMatch(/Đã tạo 4 văn bản, 0 tệp lỗi/);
  });

  it("renders a saved YAML file again, alone", async () => {
    const round = await cli.change(() => {
      const file = join(dir, "cv.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("\nso: 1866\n", "\nso: 1867\n"));
    });
    expect(round).toMatch(/Đã tạo 1 văn bản/);
    expect(documentXml("cv.docx").includes("Số 1867")).toBe(true);
  });

  it("renders every unit again when the shared file they inherit changes", async () => {
    const round = await cli.change(() => {
      const file = join(dir, "b/_chung.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("ngay: 2025-06-20", "ngay: 2025-06-21"));
    });
    expect(round).toContain("tan-hop.yaml");
    expect(round).toContain("khe-sanh.yaml");
    expect(documentXml("tan-hop.docx").includes("ngày 21 tháng 6 năm 2025")).toBe(true);
  });

  it("reloads a changed profile and renders everything with it", async () => {
    const round = await cli.change(() => {
      const file = join(dir, "tpl/profiles/dang.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace('kinh_gui: "Kính gửi:"', 'kinh_gui: "Kính gởi:"'),
      );
    });
    expect(round).toMatch(/Đã tạo 4 văn bản/);
    expect(documentXml("cv.docx").includes("Kính gởi:")).toBe(true);
  });

  it("reports a broken template, keeps waiting, and renders once it is mended", async () => {
    const file = join(dir, "tpl/partials/cuoi.hbs");
    const good = readFileSync(file, "utf8");
    const broken = await cli.change(() => appendFileSync(file, "{{#if}}"), /đang có lỗi|Đã tạo \d+ văn bản/);
    expect(broken).toContain("TEMPLATE_ERROR");
    expect(broken).not.toMatch(/Đã tạo [1-9]/);
    const mended = await cli.change(() => writeFileSync(file, good));
    expect(mended).toMatch(/Đã tạo 4 văn bản, 0 tệp lỗi/);
  });

  it("ends with exit 0 on Ctrl+C", async () => {
    expect(await cli.interrupt()).toBe(0);
  });
});

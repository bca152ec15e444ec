/**
 * `vanthu render --watch`, run as a user runs it: after the first round it renders again what
 * each saved change touches — a YAML file alone; every document after a change to a shared file
 * (`ke_thua`), a template or a profile — and a broken template is reported and waited out, the
 * last good one kept. Ctrl+C ends it with exit 0.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { ROOT } from "../../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
/** Generous: the machine may be busy; the loop itself answers in well under a second. */
const WAIT_MS = 20000;

let dir: string;
let child: ChildProcess;
let log = "";

const documentXml = (file: string) =>
  strFromU8(unzipSync(readFileSync(join(dir, "out", file)))["word/document.xml"]);

/** Resolves when the log has grown by a line matching `pattern` after position `from`. */
function logged(pattern: RegExp, from: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      if (pattern.test(log.slice(from))) return resolve();
      if (Date.now() - started > WAIT_MS) return reject(new Error(`no ${pattern} in:\n${log.slice(from)}`));
      setTimeout(look, 50);
    };
    look();
  });
}

/** Makes a change and waits for the round it starts to end with its summary line. */
async function change(edit: () => void, summary = /Đã tạo \d+ văn bản/): Promise<string> {
  const from = log.length;
  edit();
  await logged(summary, from);
  return log.slice(from);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-watch-"));
  cpSync(join(ROOT, "templates"), join(dir, "tpl"), { recursive: true });
  cpSync(join(ROOT, "data/batch"), join(dir, "b"), { recursive: true });
  cpSync(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"), join(dir, "cv.yaml"));
  child = spawn(
    process.execPath,
    [CLI, "render", "cv.yaml", "b", "--templates", "tpl", "-o", "out", "--watch"],
    {
      cwd: dir,
    },
  );
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (log += d));
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (log += d));
  await logged(/Đang theo dõi/, 0);
}, 60000);

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("vanthu render --watch", () => {
  it("renders every input first", () => {
    expect(log).toMatch(/Đã tạo 4 văn bản, 0 tệp lỗi/);
  });

  it("renders a saved YAML file again, alone", async () => {
    const round = await change(() => {
      const file = join(dir, "cv.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("\nso: 1866\n", "\nso: 1867\n"));
    });
    expect(round).toMatch(/Đã tạo 1 văn bản/);
    expect(documentXml("cv.docx").includes("Số 1867")).toBe(true);
  });

  it("renders every unit again when the shared file they inherit changes", async () => {
    const round = await change(() => {
      const file = join(dir, "b/_chung.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("ngay: 2025-06-20", "ngay: 2025-06-21"));
    });
    expect(round).toContain("tan-hop.yaml");
    expect(round).toContain("khe-sanh.yaml");
    expect(documentXml("tan-hop.docx").includes("ngày 21 tháng 6 năm 2025")).toBe(true);
  });

  it("reloads a changed profile and renders everything with it", async () => {
    const round = await change(() => {
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
    const broken = await change(() => appendFileSync(file, "{{#if}}"), /đang có lỗi|Đã tạo \d+ văn bản/);
    expect(broken).toContain("TEMPLATE_ERROR");
    expect(broken).not.toMatch(/Đã tạo [1-9]/);
    const mended = await change(() => writeFileSync(file, good));
    expect(mended).toMatch(/Đã tạo 4 văn bản, 0 tệp lỗi/);
  });

  it("ends with exit 0 on Ctrl+C", async () => {
    const code = await new Promise<number | null>((resolve) => {
      child.once("close", resolve);
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
  });
});

/**
 * `vanthu import` and `vanthu chuan-hoa` as the command line runs them (with a recording Io):
 * a rendered sample imports beside itself or into -o, an existing YAML is kept without --ghi-de,
 * a file that is not a .docx is one error and exit 1; chuan-hoa writes the re-laid-out copy and
 * prints the findings before and after.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../../src/cli/io";
import { chuanHoaCommand } from "../../../src/cli/commands/chuan-hoa";
import { importCommand } from "../../../src/cli/commands/import";
import { rendered } from "../../support/samples";

/** `vanthu import|chuan-hoa <files…> [-o x] [--ghi-de]`, parsed as the command line parses them. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false };
  const [command, ...rest] = args;
  const o = rest.indexOf("-o");
  const outPath = o >= 0 ? rest[o + 1] : undefined;
  const overwrite = rest.includes("--ghi-de");
  const inputs = rest.filter((a, i) => a !== "--ghi-de" && a !== "-o" && (o < 0 || i !== o + 1));
  const status =
    command === "import"
      ? importCommand({ inputs, out: outPath, overwrite }, io)
      : await chuanHoaCommand({ input: inputs[0], out: outPath, overwrite }, io);
  return { status, out: out.join("\n"), err: err.join("\n") };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-import-cli-"));
  writeFileSync(join(dir, "cv.docx"), (await rendered("002-cong-van-1866-cv-tu")).bytes);
  writeFileSync(join(dir, "hong.docx"), "không phải tệp Word");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vanthu import", () => {
  it("writes the YAML beside the .docx, and keeps it unless --ghi-de", async () => {
    const first = await run(["import", join(dir, "cv.docx")]);
    expect(first.status).toBe(0);
    expect(first.out).toContain(`✓ ${join(dir, "cv.docx")} → ${join(dir, "cv.yaml")}`);
    expect(readFileSync(join(dir, "cv.yaml"), "utf8")).toContain("loai: cong-van");
    const again = await run(["import", join(dir, "cv.docx")]);
    expect(again.status).toBe(1);
    expect(again.err).toContain("--ghi-de");
    expect((await run(["import", join(dir, "cv.docx"), "--ghi-de"])).status).toBe(0);
  });

  it("writes into the -o folder, and reports a file that is not a .docx once", async () => {
    const r = await run(["import", join(dir, "cv.docx"), join(dir, "hong.docx"), "-o", join(dir, "yaml")]);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, "yaml", "cv.yaml"))).toBe(true);
    expect(existsSync(join(dir, "yaml", "hong.yaml"))).toBe(false);
    expect(r.err.match(/DOCX_UNREADABLE/g)).toHaveLength(1);
  });
});

describe("vanthu chuan-hoa", () => {
  it("writes the document laid out again and prints the findings before and after", async () => {
    const r = await run(["chuan-hoa", join(dir, "cv.docx"), "-o", join(dir, "moi.docx")]);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "moi.docx"))).toBe(true);
    expect(r.out).toContain("Trước khi chuẩn hóa:");
    expect(r.out).toContain("Sau khi chuẩn hóa: không có lỗi thể thức");
  });

  it("refuses an output that is not a .docx as a usage error", async () => {
    expect((await run(["chuan-hoa", join(dir, "cv.docx"), "-o", join(dir, "x.yaml")])).status).toBe(2);
  });
});

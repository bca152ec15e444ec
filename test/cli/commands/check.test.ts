/**
 * `vanthu check` as the command line runs it (its command, with a recording Io): rendered
 * samples pass, a broken file is one clear error, findings print one per line like a compiler,
 * `--json` prints one object, and the exit code says whether any file has an error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCommand } from "../../../src/cli/commands/check";
import type { Io } from "../../../src/cli/io";
import { ROOT, rendered } from "../../support/samples";

const dir = mkdtempSync(join(tmpdir(), "vanthu-check-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false };
  const json = args.includes("--json");
  const at = args.indexOf("--the-thuc");
  const theThuc = at >= 0 ? args[at + 1] : undefined;
  const inputs = args.filter((a, i) => a !== "check" && a !== "--json" && i !== at && i !== at + 1);
  const status = await checkCommand({ inputs, json, theThuc }, io);
  return { status, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  mkdirSync(join(dir, "ho-so", "nha-nuoc"), { recursive: true });
  writeFileSync(join(dir, "ho-so", "cong-van.docx"), (await rendered("002-cong-van-1866-cv-tu")).bytes);
  writeFileSync(
    join(dir, "ho-so", "nha-nuoc", "quyet-dinh.docx"),
    (await rendered(join(ROOT, "data/nha-nuoc/quyet-dinh-15-qd-ubnd.yaml"))).bytes,
  );
  writeFileSync(join(dir, "hong.docx"), "đây không phải tệp Word");
  // Word's owner file while cong-van.docx is open: a few bytes, no document; never a finding.
  writeFileSync(join(dir, "ho-so", "~$ng-van.docx"), Buffer.concat([Buffer.from([7]), Buffer.alloc(161)]));
});

describe("vanthu check", () => {
  it("passes every document vanthu rendered, in a folder, and exits 0", async () => {
    const r = await run("check", join(dir, "ho-so"));
    expect(r.status).toBe(0);
    expect(r.out).toContain("cong-van.docx: đúng thể thức dang (cong-van)");
    expect(r.out).toContain("quyet-dinh.docx: đúng thể thức nha-nuoc (quyet-dinh)");
    expect(r.err).toContain("2 tệp: 2 đúng thể thức, 0 có lỗi");
    expect(r.out).not.toContain("~$");
  });

  it("takes quoted glob patterns as render does", async () => {
    const r = await run("check", join(dir, "ho-so", "**", "*.docx"));
    expect(r.status).toBe(0);
    expect(r.out.split("\n").filter((l) => l.includes("đúng thể thức"))).toHaveLength(2);
    expect(r.out).not.toContain("~$");
  });

  it("says what Word's owner file is when it is named on the command line", async () => {
    const r = await run("check", join(dir, "ho-so", "~$ng-van.docx"));
    expect(r.status).toBe(1);
    const lines = r.out.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("tệp khóa Word");
    expect(lines[0]).toMatch(/\[DOCX_UNREADABLE\]$/);
  });

  it("reports a file that is not a .docx as one clear error, no stack trace, and exits 1", async () => {
    const r = await run("check", join(dir, "hong.docx"));
    expect(r.status).toBe(1);
    const lines = r.out.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/hong\.docx .*\[DOCX_UNREADABLE\]$/);
    expect(r.out + r.err).not.toMatch(/^\s+at .+[:(]/m);
  });

  it("prints one JSON object with --json: each file's profile, kind and diagnostics", async () => {
    const r = await run("check", "--json", join(dir, "ho-so", "cong-van.docx"), join(dir, "hong.docx"));
    expect(r.status).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { the_thuc: string; loai: string }) => [f.the_thuc, f.loai])).toEqual([
      ["dang", "cong-van"],
      [null, null],
    ]);
    expect(json.files[1].diagnostics[0].code).toBe("DOCX_UNREADABLE");
    expect(json.summary).toMatchObject({ files: 2, failed: 1 });
  });

  it("judges by another profile with --the-thuc, and refuses one that does not exist (exit 2)", async () => {
    const as = await run("check", "--the-thuc", "nha-nuoc", join(dir, "ho-so", "cong-van.docx"));
    expect(as.status).toBe(1);
    expect(as.out).toMatch(/so: "Số 1866-CV\/TU": thiếu dấu hai chấm sau chữ "Số".*\[NUMBER_FORM\]/);
    const none = await run("check", "--the-thuc", "dang-cu", join(dir, "ho-so", "cong-van.docx"));
    expect(none.status).toBe(2);
    expect(none.err).toContain('không có thể thức "dang-cu"');
  });
});

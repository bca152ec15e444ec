/**
 * `vanthu import` and `vanthu chuan-hoa` as the command line runs them (with a recording Io):
 * a rendered sample imports beside itself or into -o, an existing YAML is kept without --ghi-de,
 * a file that is not a .docx is one error and exit 1; chuan-hoa writes the re-laid-out copy and
 * prints the findings before and after; a document lacking required fields gives no .docx, its
 * imported YAML beside where the copy would go, each missing field named, and exit 1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../../../src/cli/io";
import { chuanHoaCommand } from "../../../src/cli/commands/chuan-hoa";
import { importCommand } from "../../../src/cli/commands/import";
import { rendered } from "../../support/samples";
import { A4, p, wordDocx } from "../../support/word-docx";

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

/** A body-only document: no header, no signature. */
const BODY = [
  "Thực hiện Kế hoạch số 12-KH/TU, Ban Tuyên giáo tổ chức hội nghị.",
  "Đề nghị các đơn vị báo cáo kết quả.",
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-import-cli-"));
  writeFileSync(join(dir, "cv.docx"), (await rendered("002-cong-van-1866-cv-tu")).bytes);
  writeFileSync(join(dir, "hong.docx"), "không phải tệp Word");
  writeFileSync(join(dir, "than.docx"), wordDocx({ body: BODY.map((t) => p(t)).join("") + A4 }));
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

  it("writes no .docx for a document lacking required fields, but its YAML, naming each field to fill in", async () => {
    const r = await run(["chuan-hoa", join(dir, "than.docx")]);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, "than-chuan-hoa.docx"))).toBe(false);
    const yaml = readFileSync(join(dir, "than-chuan-hoa.yaml"), "utf8");
    for (const text of BODY) expect(yaml).toContain(text);
    expect(yaml).toContain("# thiếu: văn bản không có địa danh; điền vào đây");
    expect(r.err).toContain(`Toàn bộ nội dung đã nhập được ghi vào ${join(dir, "than-chuan-hoa.yaml")}`);
    for (const line of [
      "  - địa danh (dia_danh): ví dụ: Lạng Sơn",
      "  - tên cơ quan ban hành (co_quan.ten): ví dụ: Tỉnh ủy Lạng Sơn",
      "  - họ tên người ký (nguoi_ky.ho_ten): ví dụ: Hoàng Văn Nghiệm",
    ])
      expect(r.err).toContain(line);
    // Each missing field is named once, in that list, not again as a warning or a render error.
    expect(r.err.match(/\(dia_danh\)/g)).toHaveLength(1);
    expect(r.err).toContain(`vanthu render ${join(dir, "than-chuan-hoa.yaml")} -o ${dir}`);
  });

  it("keeps a YAML already there unless --ghi-de, and still names the fields", async () => {
    writeFileSync(join(dir, "giu.yaml"), "# của người dùng\n");
    const r = await run(["chuan-hoa", join(dir, "than.docx"), "-o", join(dir, "giu.docx")]);
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, "giu.yaml"), "utf8")).toBe("# của người dùng\n");
    expect(r.err).toContain("--ghi-de");
    expect(r.err).toContain("  - địa danh (dia_danh)");
    expect(
      (await run(["chuan-hoa", join(dir, "than.docx"), "-o", join(dir, "giu.docx"), "--ghi-de"])).status,
    ).toBe(1);
    expect(readFileSync(join(dir, "giu.yaml"), "utf8")).toContain("Đề nghị các đơn vị báo cáo kết quả.");
    expect(existsSync(join(dir, "giu.docx"))).toBe(false);
  });

  it("answers a file that is not a .docx with its one error, and writes nothing", async () => {
    const r = await run(["chuan-hoa", join(dir, "hong.docx")]);
    expect(r.status).toBe(1);
    expect(`${r.out}\n${r.err}`.match(/DOCX_UNREADABLE/g)).toHaveLength(1);
    expect(r.out).not.toContain("Trước khi chuẩn hóa");
    expect(existsSync(join(dir, "hong-chuan-hoa.docx"))).toBe(false);
    expect(existsSync(join(dir, "hong-chuan-hoa.yaml"))).toBe(false);
  });
});

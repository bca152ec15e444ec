/**
 * Batch production through the built `vanthu render` (`node dist/src/cli/main.js`): several files
 * on worker threads, a broken file among good ones, `--json`, glob patterns, `--ten-tep` naming
 * (never outside the output folder, never two inputs onto one file), and `ke_thua` with its
 * diagnostics at the right file and line. `npm test` builds dist/ first.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { unzipSync } from "fflate";
import { join, relative } from "node:path";
import { CONG_VAN, ROOT } from "../../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
const STACK = /^\s+at .+[:(]/m;
const lineOf = (text: string, start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
const unit = (so: number, extra = "") => CONG_VAN.replace("so: 5", `so: ${so}`) + extra;
const BROKEN = CONG_VAN.replace("ngay: 2020-02-03", 'ngay: "2020-02-30"');

let dir: string;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (file: string, text: string) => {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const filesIn = (d: string): string[] =>
  existsSync(join(dir, d))
    ? readdirSync(join(dir, d), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(join(dir, d), join(e.parentPath, e.name)))
        .sort()
    : [];
const isDocx = (file: string) =>
  readFileSync(join(dir, file))
    .subarray(0, 4)
    .equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-batch-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("vanthu render of many files", () => {
  it("renders a folder on two worker threads, each file to its own .docx", () => {
    for (let i = 1; i <= 6; i++) write(`vb/${i < 4 ? "" : "con/"}${i}.yaml`, unit(i));
    const r = run("render", "vb", "-o", "ra", "--jobs", "2");
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["1.docx", "2.docx", "3.docx", "con/4.docx", "con/5.docx", "con/6.docx"]);
    for (const f of filesIn("ra")) expect(isDocx(join("ra", f))).toBe(true);
    expect(r.stderr).toMatch(/^✓ vb\/con\/5\.yaml → ra\/con\/5\.docx$/m);
    expect(r.stderr.trim().split("\n").at(-1)).toMatch(
      /^Đã tạo 6 văn bản, 0 tệp lỗi \(\d+\.\d giây(, \d+ văn bản\/giây)?\)\.$/,
    );
  });

  it.each([
    // Two threads: this one, which has its engine loaded already, and one worker.
    ["--jobs 2", ["--jobs", "2"], 1],
    ["--jobs 1", ["--jobs", "1"], 0],
    ["a batch under 16 files by default", [], 0],
  ])(
    "starts the worker threads it should with %s (the built command finds its worker)",
    (_, jobs, workers) => {
      for (let i = 1; i <= 6; i++) write(`vb/${i}.yaml`, unit(i));
      // The built command, with node's Worker counted.
      const script = `
      const threads = require("node:worker_threads");
      let started = 0;
      threads.Worker = class extends threads.Worker { constructor(...a) { super(...a); started++; } };
      require(${JSON.stringify(CLI)}).main(process.argv.slice(1)).then((code) => {
        process.stdout.write(JSON.stringify({ code, started }));
      });`;
      const r = spawnSync(process.execPath, ["-e", script, "render", "vb", "-o", "ra", ...jobs], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(JSON.parse(r.stdout)).toEqual({ code: 0, started: workers });
      expect(filesIn("ra")).toHaveLength(6);
    },
  );

  it("keeps going past a broken file: reports it with its line, renders the rest, exits 1", () => {
    for (let i = 1; i <= 4; i++) write(`vb/${i}.yaml`, unit(i));
    write("vb/3.yaml", BROKEN);
    const r = run("render", "vb", "-o", "ra", "-j", "2");
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")).toContain(
      `vb/3.yaml:${lineOf(BROKEN, "ngay:")}:7 ngay: "2020-02-30" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 29 tháng 2 năm 2020? [INVALID_DATE]`,
    );
    expect(filesIn("ra")).toEqual(["1.docx", "2.docx", "4.docx"]);
    expect(r.stderr).toMatch(/Đã tạo 3 văn bản, 1 tệp lỗi/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("prints with --json a summary that parses and lists every file, human lines on stderr only", () => {
    write("vb/a.yaml", unit(1));
    write("vb/b.yaml", BROKEN);
    const r = run("render", "vb", "khong-co.yaml", "-o", "ra", "--json");
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ rendered: 1, failed: 2 });
    expect(typeof summary.seconds).toBe("number");
    const byInput = Object.fromEntries(summary.files.map((f: { input: string }) => [f.input, f]));
    expect(Object.keys(byInput).sort()).toEqual(["khong-co.yaml", "vb/a.yaml", "vb/b.yaml"]);
    expect(byInput["vb/a.yaml"]).toEqual({
      input: "vb/a.yaml",
      output: "ra/a.docx",
      status: "ok",
      diagnostics: [],
    });
    expect(byInput["vb/b.yaml"]).toMatchObject({
      output: null,
      status: "error",
      diagnostics: [{ code: "INVALID_DATE", line: lineOf(BROKEN, "ngay:"), path: "ngay" }],
    });
    expect(byInput["khong-co.yaml"]).toMatchObject({
      status: "error",
      diagnostics: [{ code: "FILE_UNREADABLE" }],
    });
    expect(r.stderr).toMatch(/\[INVALID_DATE\]/);
  });

  it("renders one file in this process with --jobs 1, as before", () => {
    write("a.yaml", unit(1));
    const r = run("render", "a.yaml", "-o", "ra", "--jobs", "1");
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["a.docx"]);
  });

  it.each(["2", "1"])(
    "stops on Ctrl+C between files with --jobs %s: every .docx written is complete, --json lists every input",
    async (jobs) => {
      for (let i = 1; i <= 300; i++) write(`vb/${i}.yaml`, unit(i));
      const child = spawn(process.execPath, [CLI, "render", "vb", "-o", "ra", "--json", "--jobs", jobs], {
        cwd: dir,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      // One Ctrl+C: a second one, once the batch has stopped, would end the process by signal.
      let sent = false;
      child.stderr.on("data", (d) => {
        stderr += d;
        if (String(d).includes("✓") && !sent) sent = child.kill("SIGINT");
      });
      const code = await new Promise((done) => child.on("close", done));
      const written = filesIn("ra");
      expect(written.every((f) => f.endsWith(".docx"))).toBe(true);
      for (const f of written)
        expect(Object.keys(unzipSync(readFileSync(join(dir, "ra", f))))).toContain("word/document.xml");
      const summary = JSON.parse(stdout);
      expect(summary.rendered).toBe(written.length);
      expect(summary.files).toHaveLength(300);
      if (written.length === 300) return; // the batch ended before the signal came
      expect(code).toBe(130);
      expect(summary).toMatchObject({ interrupted: true, failed: 0, skipped: 300 - written.length });
      expect(summary.files.filter((f: { status: string }) => f.status === "skipped")).toHaveLength(
        300 - written.length,
      );
      expect(stderr).toMatch(/Đã dừng theo yêu cầu: \d+ văn bản đã tạo trọn vẹn, \d+ tệp chưa xử lý\./);
    },
  );

  it("writes the same files and prints the same lines with --jobs 1 and --jobs 2, clashing names decided by input order", () => {
    for (let i = 1; i <= 20; i++) write(`vb/${String(i).padStart(2, "0")}.yaml`, unit((i % 3) + 1));
    write("vb/07.yaml", BROKEN);
    const runs = ["1", "2"].map((jobs) => {
      const r = run("render", "vb", "-o", `ra-${jobs}`, "--ten-tep", "{so}", "--json", "--jobs", jobs);
      const summary = JSON.parse(r.stdout);
      delete summary.seconds;
      return {
        status: r.status,
        files: filesIn(`ra-${jobs}`),
        summary: JSON.stringify(summary).replaceAll(`ra-${jobs}`, "ra"),
        stderr: r.stderr.replaceAll(`ra-${jobs}`, "ra").split("\n").slice(0, -2),
      };
    });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0].files).toEqual(["1.docx", "2.docx", "3.docx"]);
    expect(runs[0].stderr).toContain("✓ vb/03.yaml → ra/1.docx");
    expect(runs[0].stderr.filter((l) => l.includes("[DUPLICATE_OUTPUT]"))[0]).toMatch(
      /^vb\/04\.yaml .*trùng với tệp ra của vb\/01\.yaml/,
    );
  });

  it("uses no more threads than cores, and says so when --jobs asks for more", () => {
    for (let i = 1; i <= 20; i++) write(`vb/${i}.yaml`, unit(i));
    const r = run("render", "vb", "-o", "ra", "--jobs", "64");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^--jobs 64: máy có \d+ lõi CPU, dùng \d+ luồng/m);
  });

  it("refuses --jobs 0 as a usage error", () => {
    write("a.yaml", unit(1));
    expect(run("render", "a.yaml", "--jobs", "0").status).toBe(2);
  });
});

describe("glob patterns", () => {
  it("renders the YAML files a quoted pattern matches, named from its fixed part, skipping shared parts", () => {
    write("vb/a.yaml", unit(1));
    write("vb/con/b.yml", unit(2));
    write("vb/con/_chung.yaml", "không: phải văn bản\n");
    write("vb/ghi-chu.txt", "không phải YAML\n");
    const r = run("render", "vb/**/*.y*ml", "-o", "ra");
    expect(r.stderr).not.toMatch(/\[[A-Z_]+\]/);
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["a.docx", "con/b.docx"]);
  });

  it("takes each file once when a folder and a pattern both name it", () => {
    write("vb/a.yaml", unit(1));
    const r = run("render", "vb", "vb/*.yaml", "-o", "ra", "--json");
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
    expect(r.status).toBe(0);
  });

  it("reports a pattern that matches nothing", () => {
    const r = run("render", "vb/**/*.yaml", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vb\/\*\*\/\*\.yaml .*\[FILE_UNREADABLE\]$/m);
  });
});

describe("--ten-tep output names", () => {
  it("names each file from its fields, the symbol as printed", () => {
    write("vb/a.yaml", unit(12));
    write("vb/b.yaml", unit(7, "ky_hieu: CV/BDV\n"));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{co_quan.viet_tat}/{so}-{ky_hieu}");
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["TU/12-CV-TU.docx", "TU/7-CV-BDV.docx"]);
  });

  it("keeps a field value with ../ inside the output folder", () => {
    write("vb/a.yaml", unit(1, 'ky_hieu: "../../../thoat"\n'));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{ky_hieu}");
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["-..-..-thoat.docx"]);
    expect(filesIn(".").filter((f) => f.endsWith(".docx"))).toEqual(["ra/-..-..-thoat.docx"]);
  });

  it("refuses a pattern that leaves the output folder as a usage error, writing nothing", () => {
    write("vb/a.yaml", unit(1));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "../{so}");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mẫu tên "\.\.\/\{so\}" ra ngoài thư mục ra/m);
    expect(filesIn(".").filter((f) => f.endsWith(".docx"))).toEqual([]);
  });

  it("reports two inputs that would write the same file, and overwrites neither", () => {
    write("vb/a.yaml", unit(3));
    write("vb/b.yaml", unit(3));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{so}", "--jobs", "1");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vb\/b\.yaml .*trùng với tệp ra của vb\/a\.yaml.*\[DUPLICATE_OUTPUT\]$/m);
    expect(filesIn("ra")).toEqual(["3.docx"]);
  });

  it("reports two default names that differ only in case or extension", () => {
    write("vb/a.yaml", unit(1));
    write("vb/a.yml", unit(2));
    const r = run("render", "vb", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[DUPLICATE_OUTPUT\]$/m);
    expect(filesIn("ra")).toEqual(["a.docx"]);
  });

  it.each(["{co_quan}", "{nguoi_ky}", "{kinh_gui}", "{noi_nhan}", "{phu_luc}", "{so}-{noi_nhan.nhom}"])(
    "refuses %s, which gives no text (a list or a table), as a usage error naming the fields that do",
    (pattern) => {
      write("vb/a.yaml", unit(1));
      const r = run("render", "vb", "-o", "ra", "--ten-tep", pattern);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /trường không dùng được: \{[\w.]+\} \(không có trường này, hoặc trường là danh sách hay bảng/,
      );
      expect(r.stderr).toMatch(/các trường dùng được: .*\{trich_yeu\}, /);
      expect(r.stderr.split("các trường dùng được:")[1]).not.toContain(pattern.replace("{so}-", ""));
      expect(existsSync(join(dir, "ra"))).toBe(false);
    },
  );

  it("shortens a long value so the file name stays within 200 bytes, cut between two characters", () => {
    const long = "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2024 của các chi bộ trực thuộc Đảng ủy, "
      .repeat(6)
      .trim();
    write("vb/a.yaml", unit(1).replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${long}`));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{so}-{trich_yeu}");
    expect(r.stderr).not.toMatch(/ENAMETOOLONG/);
    expect(r.status).toBe(0);
    const [name] = filesIn("ra");
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(Buffer.byteLength(name)).toBeGreaterThan(190);
    expect(`1-${long}`.startsWith(name.replace(/\.docx$/, ""))).toBe(true);
  });

  it("keeps shortened names that end up alike from overwriting each other", () => {
    const long = "Kế hoạch tổ chức các hoạt động kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam ".repeat(5);
    write("vb/a.yaml", unit(1).replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${long}a`));
    write("vb/b.yaml", unit(2).replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${long}b`));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{trich_yeu}", "--jobs", "1");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vb\/b\.yaml .*trùng với tệp ra của vb\/a\.yaml.*\[DUPLICATE_OUTPUT\]$/m);
    expect(filesIn("ra")).toHaveLength(1);
  });

  it("removes the folders a failed nested name made, never one that was there, and keeps the others' files", () => {
    // An output folder so deep that a 200-byte name no longer fits in PATH_MAX (4096 bytes) but a
    // short one does: the long names fail after their folders were made (ENAMETOOLONG).
    let out = "ra";
    while (Buffer.byteLength(join(dir, out)) < 3850) out = join(out, "d".repeat(100));
    out = join(out, "e".repeat(3965 - Buffer.byteLength(join(dir, out)) - 1));
    const long = "Kế hoạch tổ chức các hoạt động kỷ niệm ngày thành lập Đảng ".repeat(5);
    write("vb/a.yaml", unit(1).replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${long}`));
    write("vb/b.yaml", unit(2));
    write("vb/c.yaml", unit(3).replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${long}`));
    mkdirSync(join(dir, out, "TU", "3"), { recursive: true });
    const r = run("render", "vb", "-o", out, "--ten-tep", "{co_quan.viet_tat}/{so}/{trich_yeu}");
    expect(r.status).toBe(1);
    expect(r.stderr.match(/ENAMETOOLONG.*\[FILE_UNWRITABLE\]$/gm)).toHaveLength(2);
    expect(readdirSync(join(dir, out, "TU")).sort()).toEqual(["2", "3"]);
    expect(readdirSync(join(dir, out, "TU", "3"))).toEqual([]);
    expect(readdirSync(join(dir, out, "TU", "2"))).toEqual(["V-v thử nghiệm.docx"]);
  });

  it("removes invisible characters and keeps Windows' device names from being a name", () => {
    write("vb/a.yaml", unit(1).replace("dia_danh: Lạng Sơn", 'dia_danh: "Lạng\u202eSơn\u200b"'));
    write("vb/b.yaml", unit(2).replace("dia_danh: Lạng Sơn", "dia_danh: con"));
    write("vb/c.yaml", unit(3).replace("dia_danh: Lạng Sơn", "dia_danh: Lpt1.tep"));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{dia_danh}");
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["Lpt1-.tep.docx", "LạngSơn.docx", "con-.docx"]);
  });

  it("refuses an unknown field as a usage error, naming the fields it knows", () => {
    write("vb/a.yaml", unit(1));
    const r = run("render", "vb", "-o", "ra", "--ten-tep", "{soo}");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\{soo\}/);
    expect(r.stderr).toMatch(/\{ky_hieu\}/);
    expect(existsSync(join(dir, "ra"))).toBe(false);
  });
});

describe("ke_thua: shared fields in a base file", () => {
  const BASE = CONG_VAN.replace(/^so: 5\n/m, "").replace(/^noi_dung: \|\n {2}Đoạn thứ nhất\.\n/m, "");
  const UNIT =
    "ke_thua: ../_chung.yaml\nso: 9\nnoi_dung: Nội dung riêng của đơn vị.\nnguoi_ky:\n  ho_ten: Trần Thị B\n";

  it("deep-merges the unit over its base (maps field by field, the unit wins)", () => {
    write("vb/_chung.yaml", BASE);
    write("vb/don-vi/a.yaml", UNIT);
    const r = run("render", "--tree", "vb/don-vi/a.yaml");
    expect(r.status).toBe(0);
    const text = JSON.stringify(JSON.parse(r.stdout));
    expect(text).toContain("Trần Thị B");
    expect(text).toContain("BÍ THƯ");
    expect(text).toContain("Số 09-CV/TU");
    expect(text).toContain("Nội dung riêng của đơn vị.");
    expect(run("render", "vb", "-o", "ra").status).toBe(0);
    expect(filesIn("ra")).toEqual(["don-vi/a.docx"]);
  });

  it("reports a wrong value written in the base at the base file's line, once for the batch", () => {
    const base = BASE.replace("dia_danh: Lạng Sơn", "dia_danh: 12");
    write("vb/_chung.yaml", base);
    write("vb/don-vi/a.yaml", UNIT);
    write("vb/don-vi/b.yaml", UNIT.replace("so: 9", "so: 10"));
    const r = run("render", "vb", "-o", "ra");
    expect(r.status).toBe(1);
    const line = `vb/_chung.yaml:${lineOf(base, "dia_danh:")}:11 dia_danh:`;
    expect(r.stderr.split("\n").filter((l) => l.startsWith(line))).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^vb\/don-vi\/b\.yaml: không tạo được văn bản vì tệp kế thừa có lỗi \(vb\/_chung\.yaml\)$/m,
    );
    expect(
      JSON.parse(run("render", "vb", "-o", "ra", "--json").stdout).files.every(
        (f: { diagnostics: { file: string }[] }) => f.diagnostics[0].file === "vb/_chung.yaml",
      ),
    ).toBe(true);
  });

  it("reports a wrong value written in the unit at the unit's line", () => {
    write("vb/_chung.yaml", BASE);
    write("vb/don-vi/a.yaml", UNIT.replace("so: 9", "so: chín"));
    const r = run("render", "vb/don-vi/a.yaml", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vb\/don-vi\/a\.yaml:2:5 so: .*\[INVALID_/m);
  });

  it("reports a missing base and a cycle at the ke_thua line", () => {
    write("vb/thieu.yaml", "ke_thua: _khong-co.yaml\nso: 1\n");
    write("vb/vong.yaml", "ke_thua: _vong.yaml\n");
    write("vb/_vong.yaml", "ke_thua: vong.yaml\n");
    const r = run("render", "vb", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^vb\/thieu\.yaml:1:10 ke_thua: không đọc được tệp kế thừa vb\/_khong-co\.yaml \(không tìm thấy tệp\).*\[INHERIT_NOT_FOUND\]$/m,
    );
    expect(r.stderr).toMatch(
      /^vb\/_vong\.yaml:1:10 ke_thua: kế thừa vòng tròn \(vb\/vong\.yaml → vb\/_vong\.yaml → vb\/vong\.yaml\).*\[INHERIT_CYCLE\]$/m,
    );
  });

  it("renders the example in data/batch/", () => {
    cpSync(join(ROOT, "data/batch"), join(dir, "batch"), { recursive: true });
    const r = run("render", "batch", "-o", "ra", "--json");
    expect(r.stderr).not.toMatch(/\[[A-Z_]+\]/);
    expect(r.status).toBe(0);
    expect(filesIn("ra")).toEqual(["tan-hop.docx", "tan-lien.docx", "thi-tran/khe-sanh.docx"]);
  });
});

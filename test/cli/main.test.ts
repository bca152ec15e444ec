/**
 * The built `vanthu` command, run as a user runs it (`node dist/src/cli/main.js …`) in a
 * temporary folder: exit codes (0 ok, 1 invalid input, 2 usage), what it writes and what it
 * leaves alone, and the `file:line:col field: message [CODE]` lines on stderr.
 * `npm test` builds dist/ first; run `npm run build` before `npx jest` alone.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CONG_VAN, engine, ROOT, sampleFiles, sampleName } from "../support/samples";

const CLI = join(ROOT, "dist/src/cli/main.js");
const SAMPLE = join(ROOT, "data/002-cong-van-1866-cv-tu.yaml");
const BAD = CONG_VAN.replace("ngay: 2020-02-03", 'ngay: "2020-13-01"');
const BAD_LINE = BAD.split("\n").findIndex((l) => l.startsWith("ngay:")) + 1;
/** A line of a JavaScript stack trace. */
const STACK = /^\s+at .+[:(]/m;

/** A fresh temporary folder for one test; removed after all tests. */
const dirs: string[] = [];
const sandbox = () => {
  const d = mkdtempSync(join(tmpdir(), "vanthu-cli-"));
  dirs.push(d);
  return d;
};
/** A command still running after this is taken as hung; each test may run that long. */
const KILL_AFTER_MS = 170_000;
jest.setTimeout(KILL_AFTER_MS + 10_000);

/** Run the built CLI in `dir`; the tests run concurrently, each in its own folder. */
const run = (dir: string, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // Only against a hang: on a loaded machine rendering every sample takes well over 30 s.
    const timer = setTimeout(() => child.kill("SIGKILL"), KILL_AFTER_MS);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
/** Every file under `d`, relative to it, sorted. */
const filesIn = (d: string): string[] =>
  existsSync(d)
    ? readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(d, join(e.parentPath, e.name)))
        .sort()
    : [];
const isDocx = (path: string) => readFileSync(path).subarray(0, 2).toString() === "PK";

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does it)`);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("vanthu render", () => {
  it.concurrent("writes <name>.docx for a file into the -o folder and exits 0", async () => {
    const dir = sandbox();
    const r = await run(dir, "render", SAMPLE, "-o", "ra");
    expect(r.status).toBe(0);
    expect(filesIn(join(dir, "ra"))).toEqual(["002-cong-van-1866-cv-tu.docx"]);
    expect(isDocx(join(dir, "ra/002-cong-van-1866-cv-tu.docx"))).toBe(true);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent("mirrors a folder's names and subfolders, skipping shared parts", async () => {
    const dir = sandbox();
    mkdirSync(join(dir, "vb/tinh-uy"), { recursive: true });
    mkdirSync(join(dir, "vb/_chung"));
    copyFileSync(SAMPLE, join(dir, "vb/cong-van.yaml"));
    copyFileSync(join(ROOT, "data/004-thong-bao-ket-luan.yaml"), join(dir, "vb/tinh-uy/thong-bao.yml"));
    writeFileSync(join(dir, "vb/_mau.yaml"), "không: phải văn bản\n");
    writeFileSync(join(dir, "vb/_chung/x.yaml"), "không: phải văn bản\n");
    writeFileSync(join(dir, "vb/ghi-chu.txt"), "không phải YAML\n");
    const r = await run(dir, "render", "vb", "-o", "ra");
    // The seed samples keep their real spelling: the profile rewrites it, with TEXT_UNIFIED warnings.
    expect(r.stderr.replace(/^.*\[TEXT_UNIFIED\]$/gm, "")).not.toMatch(/\[[A-Z_]+\]/);
    expect(r.status).toBe(0);
    expect(filesIn(join(dir, "ra"))).toEqual(["cong-van.docx", "tinh-uy/thong-bao.docx"]);
  });

  it.concurrent("renders every sample of data/ in one call", async () => {
    const dir = sandbox();
    const r = await run(dir, "render", join(ROOT, "data"), "-o", "ra");
    expect(r.status).toBe(0);
    expect(filesIn(join(dir, "ra"))).toEqual(
      sampleFiles()
        .map((f) => `${sampleName(f)}.docx`)
        .sort(),
    );
  });

  it.concurrent(
    "rejects an invalid file: exit 1, the diagnostic line on stderr, no .docx, no stack trace",
    async () => {
      const dir = sandbox();
      writeFileSync(join(dir, "sai.yaml"), BAD);
      const r = await run(dir, "render", "sai.yaml", "-o", "ra");
      expect(r.status).toBe(1);
      expect(r.stderr.split("\n")).toContain(
        `sai.yaml:${BAD_LINE}:7 ngay: "2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 13 tháng 1 năm 2020? [INVALID_DATE]`,
      );
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stdout).toBe("");
      expect(filesIn(join(dir, "ra"))).toEqual([]);
    },
  );

  it.concurrent("leaves an existing output untouched when its input became invalid", async () => {
    const dir = sandbox();
    writeFileSync(join(dir, "sai.yaml"), BAD);
    mkdirSync(join(dir, "ra"));
    writeFileSync(join(dir, "ra/sai.docx"), "bản cũ");
    const r = await run(dir, "render", "sai.yaml", "-o", "ra");
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, "ra/sai.docx"), "utf8")).toBe("bản cũ");
    expect(filesIn(join(dir, "ra"))).toEqual(["sai.docx"]);
  });

  it.concurrent("still writes the valid files of a folder and exits 1 for the invalid one", async () => {
    const dir = sandbox();
    mkdirSync(join(dir, "vb"));
    writeFileSync(join(dir, "vb/dung.yaml"), CONG_VAN);
    writeFileSync(join(dir, "vb/sai.yaml"), BAD);
    const r = await run(dir, "render", "vb", "-o", "ra");
    expect(r.status).toBe(1);
    expect(filesIn(join(dir, "ra"))).toEqual(["dung.docx"]);
    expect(r.stderr).toContain(`vb/sai.yaml:${BAD_LINE}:7 ngay: `);
  });

  it.concurrent("reports a missing file as FILE_UNREADABLE with exit 1", async () => {
    const dir = sandbox();
    const r = await run(dir, "render", "khong-co.yaml", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^khong-co\.yaml.* \[FILE_UNREADABLE\]$/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, "ra"))).toBe(false);
  });

  it.concurrent(
    "reports an output folder that is a regular file as FILE_UNWRITABLE with exit 1",
    async () => {
      const dir = sandbox();
      writeFileSync(join(dir, "ra"), "tệp thường");
      const r = await run(dir, "render", SAMPLE, "-o", "ra");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/\[FILE_UNWRITABLE\]$/m);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(/lỗi nội bộ/);
      expect(readFileSync(join(dir, "ra"), "utf8")).toBe("tệp thường");
    },
  );

  it.concurrent("prints with --tree the same tree as engine.toTree, and writes nothing", async () => {
    const dir = sandbox();
    const r = await run(dir, "render", "--tree", SAMPLE, "-o", "ra");
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toEqual(engine.toTree(readFileSync(SAMPLE, "utf8"), SAMPLE).tree);
    expect(existsSync(join(dir, "ra"))).toBe(false);
  });
});

describe("broken input and outputs at the command line", () => {
  const asRoot = process.getuid?.() === 0;

  it.concurrent("reports a folder with no YAML file as FILE_UNREADABLE, exit 1, also in --json", async () => {
    const dir = sandbox();
    mkdirSync(join(dir, "rong/_chung"), { recursive: true });
    writeFileSync(join(dir, "rong/_chung/a.yaml"), CONG_VAN);
    const r = await run(dir, "render", "rong", "-o", "ra", "--json");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^rong thư mục này không có tệp \.yaml nào.* \[FILE_UNREADABLE\]$/m);
    expect(JSON.parse(r.stdout)).toMatchObject({
      rendered: 0,
      failed: 1,
      files: [{ input: "rong", status: "error" }],
    });
    expect(existsSync(join(dir, "ra"))).toBe(false);
  });

  it.concurrent("warns about an empty folder given beside real inputs, and renders the rest", async () => {
    const dir = sandbox();
    mkdirSync(join(dir, "rong"));
    writeFileSync(join(dir, "dung.yaml"), CONG_VAN);
    const r = await run(dir, "render", "rong", "dung.yaml", "-o", "ra");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^rong cảnh báo: thư mục này không có tệp \.yaml nào.* \[FILE_UNREADABLE\]$/m);
    expect(filesIn(join(dir, "ra"))).toEqual(["dung.docx"]);
  });

  it.concurrent("reports a broken link in a folder as FILE_UNREADABLE instead of skipping it", async () => {
    const dir = sandbox();
    mkdirSync(join(dir, "vb"));
    writeFileSync(join(dir, "vb/dung.yaml"), CONG_VAN);
    symlinkSync(join(dir, "khong-co.yaml"), join(dir, "vb/mat.yaml"));
    symlinkSync(join(dir, "vb/dung.yaml"), join(dir, "vb/lien-ket.yaml"));
    const r = await run(dir, "render", "vb", "-o", "ra");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vb\/mat\.yaml không tìm thấy tệp; kiểm tra đường dẫn \[FILE_UNREADABLE\]$/m);
    expect(filesIn(join(dir, "ra"))).toEqual(["dung.docx", "lien-ket.docx"]);
  });

  (asRoot ? it.skip : it.concurrent)(
    "reports a file it may not read as FILE_UNREADABLE (skipped as root: root reads any file)",
    async () => {
      const dir = sandbox();
      writeFileSync(join(dir, "kin.yaml"), CONG_VAN);
      chmodSync(join(dir, "kin.yaml"), 0o000);
      const r = await run(dir, "render", "kin.yaml", "-o", "ra");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^kin\.yaml không có quyền đọc tệp \[FILE_UNREADABLE\]$/m);
    },
  );

  it.concurrent("reports a file that is not UTF-8 text at the line of its first bad byte", async () => {
    const dir = sandbox();
    writeFileSync(
      join(dir, "cu.yaml"),
      Buffer.concat([
        Buffer.from("loai: cong-van\nco_quan:\n  ten: "),
        Buffer.from("T\xecnh \xfay", "latin1"),
        Buffer.from("\n"),
      ]),
    );
    writeFileSync(
      join(dir, "anh.yaml"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8, 0x00, 0x10]),
    );
    const r = await run(dir, "validate", "cu.yaml", "anh.yaml");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cu\.yaml:3:1 tệp không phải văn bản UTF-8 .* \[FILE_UNREADABLE\]$/m);
    expect(r.stderr).toMatch(/^anh\.yaml:1:1 tệp không phải văn bản UTF-8 .* \[FILE_UNREADABLE\]$/m);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent(
    "reports an output that cannot be written (a folder in its place, a file in the way of a folder), leaving no temporary file",
    async () => {
      const dir = sandbox();
      writeFileSync(join(dir, "a.yaml"), CONG_VAN);
      mkdirSync(join(dir, "ra/a.docx"), { recursive: true });
      writeFileSync(join(dir, "tep"), "tệp thường");
      const first = await run(dir, "render", "a.yaml", "-o", "ra");
      expect(first.status).toBe(1);
      expect(first.stderr).toMatch(
        /^a\.yaml không ghi được .*a\.docx \((EISDIR|ENOTEMPTY|EEXIST|EPERM)\).* \[FILE_UNWRITABLE\]$/m,
      );
      expect(filesIn(join(dir, "ra"))).toEqual([]);
      const second = await run(dir, "render", "a.yaml", "-o", "tep/con");
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/\((ENOTDIR|EEXIST)\).* \[FILE_UNWRITABLE\]$/m);
      expect(readFileSync(join(dir, "tep"), "utf8")).toBe("tệp thường");
      expect(`${first.stderr}${second.stderr}`).not.toMatch(/lỗi nội bộ|\[INTERNAL_ERROR\]/);
    },
  );

  (process.platform === "win32" || !existsSync("/dev/zero") ? it.skip : it.concurrent)(
    "refuses at once what is not a regular file — a link to /dev/zero, a named pipe — given, inherited or in a folder",
    async () => {
      const dir = sandbox();
      mkdirSync(join(dir, "vb"));
      symlinkSync("/dev/zero", join(dir, "vb/zero.yaml"));
      execFileSync("mkfifo", [join(dir, "vb/ong.yaml")]);
      writeFileSync(join(dir, "vb/dung.yaml"), CONG_VAN);
      writeFileSync(join(dir, "ke.yaml"), `ke_thua: vb/zero.yaml\n${CONG_VAN}`);
      // A read of either would never end: the test's time limit is what catches that (no timing here).
      const given = await run(dir, "validate", "vb/zero.yaml", "vb/ong.yaml", "ke.yaml");
      expect(given.status).toBe(1);
      expect(given.stderr).toMatch(
        /^vb\/zero\.yaml không phải tệp thường \(thiết bị, ống dẫn…\); lưu văn bản vào một tệp \.yaml thường.* \[FILE_UNREADABLE\]$/m,
      );
      expect(given.stderr).toMatch(/^vb\/ong\.yaml không phải tệp thường .* \[FILE_UNREADABLE\]$/m);
      expect(given.stderr).toMatch(
        /^ke\.yaml:1:10 ke_thua: không đọc được tệp kế thừa vb\/zero\.yaml \(không phải tệp thường .* \[INHERIT_NOT_FOUND\]$/m,
      );
      const folder = await run(dir, "render", "vb", "-o", "ra");
      expect(folder.status).toBe(1);
      expect(folder.stderr).toMatch(/^vb\/zero\.yaml không phải tệp thường .* \[FILE_UNREADABLE\]$/m);
      expect(folder.stderr).toMatch(/^vb\/ong\.yaml không phải tệp thường .* \[FILE_UNREADABLE\]$/m);
      expect(filesIn(join(dir, "ra"))).toEqual(["dung.docx"]);
    },
  );

  it.concurrent(
    "names the --profiles or --templates path that is missing or not a folder, not the bundled templates",
    async () => {
      const dir = sandbox();
      writeFileSync(join(dir, "a.yaml"), CONG_VAN);
      const missing = await run(dir, "validate", "a.yaml", "--profiles", "khong-co");
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(
        /^khong-co thư mục thể thức: không có thư mục này; --profiles cần một thư mục chứa các tệp thể thức \*\.yaml; kiểm tra đường dẫn \[FILE_UNREADABLE\]$/m,
      );
      const file = await run(dir, "list", "--profiles", "a.yaml");
      expect(file.status).toBe(1);
      expect(file.stderr).toMatch(
        /^a\.yaml thư mục thể thức: đây là tệp, không phải thư mục; .* \[FILE_UNREADABLE\]$/m,
      );
      const templates = await run(dir, "render", "a.yaml", "--templates", "mau");
      expect(templates.status).toBe(1);
      expect(templates.stderr).toMatch(
        /^mau thư mục mẫu: không có thư mục này; kiểm tra --templates .* \[FILE_UNREADABLE\]$/m,
      );
      for (const r of [missing, file, templates]) expect(r.stderr).not.toContain(join(ROOT, "templates"));
      expect(existsSync(join(dir, "out"))).toBe(false);
    },
  );

  it.concurrent("never writes outside the output folder, whatever --ten-tep or the data say", async () => {
    const dir = sandbox();
    const outside = sandbox();
    writeFileSync(
      join(dir, "a.yaml"),
      CONG_VAN.replace("dia_danh: Lạng Sơn", 'dia_danh: "../../../../../../tmp/thoat"'),
    );
    for (const pattern of [`${outside}/{so}`, "../{so}", "{ten}/../../{so}"]) {
      const r = await run(dir, "render", "a.yaml", "-o", "ra", "--ten-tep", pattern);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/ra ngoài thư mục ra/);
    }
    const r = await run(dir, "render", "a.yaml", "-o", "ra", "--ten-tep", "{dia_danh}/{so}");
    expect(r.status).toBe(0);
    expect(filesIn(join(dir, "ra"))).toEqual(["-..-..-..-..-..-tmp-thoat/5.docx"]);
    expect(filesIn(outside)).toEqual([]);
    expect(filesIn(dir).filter((f) => f.endsWith(".docx"))).toEqual(["ra/-..-..-..-..-..-tmp-thoat/5.docx"]);
  });

  it.concurrent("writes names that merely start with two dots", async () => {
    const dir = sandbox();
    writeFileSync(join(dir, "..ban.yaml"), CONG_VAN);
    expect((await run(dir, "render", "..ban.yaml", "-o", "ra")).status).toBe(0);
    expect((await run(dir, "render", "..ban.yaml", "-o", "ra", "--ten-tep", "..{so}")).status).toBe(0);
    expect(filesIn(join(dir, "ra"))).toEqual(["..5.docx", "..ban.docx"]);
  });
});

describe("vanthu validate", () => {
  it.concurrent("exits 0 for valid files and writes nothing", async () => {
    const dir = sandbox();
    writeFileSync(join(dir, "dung.yaml"), CONG_VAN);
    const r = await run(dir, "validate", "dung.yaml", SAMPLE);
    expect(r.status).toBe(0);
    // The seed samples keep their real spelling: the profile rewrites it, with TEXT_UNIFIED warnings.
    expect(r.stderr.replace(/^.*\[TEXT_UNIFIED\]$/gm, "")).not.toMatch(/\[[A-Z_]+\]/);
    expect(filesIn(dir)).toEqual(["dung.yaml"]);
  });

  it.concurrent("exits 1 for an invalid file, with the diagnostic, and writes nothing", async () => {
    const dir = sandbox();
    writeFileSync(join(dir, "sai.yaml"), BAD);
    const r = await run(dir, "validate", "sai.yaml");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `sai.yaml:${BAD_LINE}:7 ngay: "2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 13 tháng 1 năm 2020? [INVALID_DATE]`,
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(filesIn(dir)).toEqual(["sai.yaml"]);
  });
});

describe("vanthu list", () => {
  it.concurrent("shows the three kinds, each with its fields", async () => {
    const dir = sandbox();
    const r = await run(dir, "list");
    expect(r.status).toBe(0);
    const sections = r.stdout.split(/\n(?=\S)/);
    const section = (loai: string) => sections.find((s) => s.startsWith(`${loai} `)) ?? "";
    for (const loai of ["cong-van", "bao-cao", "thong-bao"]) {
      expect(section(loai)).toMatch(/thể thức: dang/);
      for (const field of [
        "co_quan.ten",
        "co_quan.viet_tat",
        "so",
        "ngay",
        "trich_yeu",
        "noi_dung",
        "noi_nhan",
        "nguoi_ky.ho_ten",
      ]) {
        expect(section(loai)).toMatch(new RegExp(`^\\s+\\*?\\s*${field.replace(".", "\\.")}\\s`, "m"));
      }
    }
    expect(section("cong-van")).toMatch(/kinh_gui/);
    expect(section("bao-cao")).not.toMatch(/kinh_gui/);
    expect(section("cong-van")).toMatch(/^\s+\*\s+dia_danh\s/m);
    expect(section("cong-van")).not.toMatch(/^\s+\*\s+so\s/m);
  });

  it.concurrent("prints the same as JSON with --json", async () => {
    const dir = sandbox();
    const r = await run(dir, "list", "--json");
    expect(r.status).toBe(0);
    const kinds = JSON.parse(r.stdout) as { loai: string; truong: { ten: string; bat_buoc: boolean }[] }[];
    expect(kinds.map((k) => k.loai)).toEqual(expect.arrayContaining(["cong-van", "bao-cao", "thong-bao"]));
    const congVan = kinds.find((k) => k.loai === "cong-van")!.truong;
    expect(congVan.find((f) => f.ten === "kinh_gui")).toMatchObject({ bat_buoc: true });
    expect(congVan.find((f) => f.ten === "ky_hieu")).toMatchObject({ bat_buoc: false });
  });
});

describe("vanthu --version", () => {
  it.concurrent(
    "prints the package's version alone, and yargs prints the same beside other options",
    async () => {
      const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;
      const alone = await run(sandbox(), "--version");
      expect([alone.status, alone.stdout, alone.stderr]).toEqual([0, `${version}\n`, ""]);
      const beside = await run(sandbox(), "--version", "--templates", "x");
      expect([beside.status, beside.stdout]).toEqual([0, `${version}\n`]);
    },
  );
});

describe("usage errors", () => {
  it.concurrent("exits 2 with a Vietnamese message when no command is given", async () => {
    const dir = sandbox();
    const r = await run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cần một lệnh: render, validate, .*hoặc /m);
    expect(r.stderr).toMatch(/vanthu --help/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent("exits 2 with a Vietnamese message for an unknown command", async () => {
    const dir = sandbox();
    const r = await run(dir, "in-ra", "x.yaml");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Không có (các )?(tham số hay )?lệnh/);
    expect(r.stderr).not.toMatch(/Unknown (argument|command)/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent.each(["validate -", "render -", "render a.yaml - --json"])(
    "refuses standard input (%s) as a usage error, saying to save the document to a .yaml file",
    async (command) => {
      const dir = sandbox();
      writeFileSync(join(dir, "a.yaml"), CONG_VAN);
      const r = await run(dir, ...command.split(" "));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^vanthu không đọc văn bản từ đầu vào chuẩn \("-"\); lưu văn bản vào một tệp \.yaml/m,
      );
      expect(r.stdout).toBe("");
      expect(existsSync(join(dir, "out"))).toBe(false);
    },
  );

  it.concurrent.each(["render", "validate"])(
    "refuses an empty argument to %s as a usage error",
    async (command) => {
      const dir = sandbox();
      const r = await run(dir, command, "");
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^có một tham số rỗng \(""\); ghi đường dẫn tệp \.yaml, thư mục hoặc mẫu glob/m,
      );
    },
  );

  it.concurrent('still takes a folder named "-" as the output folder', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, "a.yaml"), CONG_VAN);
    const r = await run(dir, "render", "a.yaml", "-o", "-");
    expect(r.status).toBe(0);
    expect(filesIn(join(dir, "-"))).toEqual(["a.docx"]);
  });

  it.concurrent.each([[""], ["  "]])(
    'refuses an empty output folder (-o "%s") as a usage error, writing nothing',
    async (out) => {
      const dir = sandbox();
      writeFileSync(join(dir, "a.yaml"), CONG_VAN);
      const r = await run(dir, "render", "a.yaml", "-o", out);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^-o cần tên một thư mục ra, không được để trống/m);
      expect(readdirSync(dir)).toEqual(["a.yaml"]);
    },
  );

  it.concurrent("exits 2 when render has no input", async () => {
    const dir = sandbox();
    const r = await run(dir, "render");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Thiếu tham số/);
  });
});

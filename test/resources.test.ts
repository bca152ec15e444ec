/**
 * Loading templates and profiles: a folder given with --templates or --profiles that is missing,
 * is a file, or holds a file that cannot be read is a FILE_UNREADABLE diagnostic naming that
 * path, in Vietnamese — never an exception, never the default templates folder named instead,
 * never a hang on a named pipe. A folder named like a profile is not a profile: it is skipped.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_TEMPLATES, loadResources } from "../src/resources";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-resources-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const BUNDLED = [...loadResources().profiles.keys()].sort();
const codes = (ds: { code: string; file: string; message: string }[]) =>
  ds.map(({ code, file, message }) => ({ code, file, message }));

describe("extra profile folders (--profiles)", () => {
  it("names a folder that does not exist", () => {
    const missing = join(dir, "khong-co");
    expect(codes(loadResources(DEFAULT_TEMPLATES, [missing]).diagnostics)).toEqual([
      {
        code: "FILE_UNREADABLE",
        file: missing,
        message:
          "thư mục thể thức: không có thư mục này; --profiles cần một thư mục chứa các tệp thể thức *.yaml; kiểm tra đường dẫn",
      },
    ]);
  });

  it("names a file given instead of a folder", () => {
    writeFileSync(join(dir, "a.yaml"), "id: a\n");
    expect(codes(loadResources(DEFAULT_TEMPLATES, [join(dir, "a.yaml")]).diagnostics)).toEqual([
      {
        code: "FILE_UNREADABLE",
        file: join(dir, "a.yaml"),
        message: expect.stringMatching(
          /^thư mục thể thức: đây là tệp, không phải thư mục; --profiles cần một thư mục/,
        ),
      },
    ]);
  });

  it("skips a folder named like a profile, and loads the profiles beside it", () => {
    mkdirSync(join(dir, "x.yaml"));
    writeFileSync(
      join(dir, "dang-2.yaml"),
      readFileSync(join(DEFAULT_TEMPLATES, "profiles/dang.yaml"), "utf8").replace(
        /^id: dang$/m,
        "id: dang-2",
      ),
    );
    const resources = loadResources(DEFAULT_TEMPLATES, [dir]);
    expect(resources.diagnostics).toEqual([]);
    expect([...resources.profiles.keys()].sort()).toEqual([...BUNDLED, "dang-2"].sort());
  });

  it("names a profile file that is not UTF-8 text, at the line of its first bad byte", () => {
    writeFileSync(
      join(dir, "cu.yaml"),
      Buffer.concat([Buffer.from("id: cu\nname: "), Buffer.from("Th\xea thøc", "latin1"), Buffer.from("\n")]),
    );
    expect(loadResources(DEFAULT_TEMPLATES, [dir]).diagnostics).toEqual([
      expect.objectContaining({
        code: "FILE_UNREADABLE",
        file: join(dir, "cu.yaml"),
        line: 2,
        message: expect.stringMatching(/^không đọc được tệp thể thức: tệp không phải văn bản UTF-8/),
      }),
    ]);
  });

  (process.platform === "win32" ? it.skip : it)(
    "names a profile that is a named pipe, without waiting on it",
    () => {
      execFileSync("mkfifo", [join(dir, "ong.yaml")]);
      expect(codes(loadResources(DEFAULT_TEMPLATES, [dir]).diagnostics)).toEqual([
        {
          code: "FILE_UNREADABLE",
          file: join(dir, "ong.yaml"),
          message: expect.stringMatching(
            /^không đọc được tệp thể thức: không phải tệp thường \(thiết bị, ống dẫn…\)/,
          ),
        },
      ]);
    },
  );
});

describe("the templates folder (--templates)", () => {
  it("names a folder that does not exist", () => {
    const missing = join(dir, "khong-co");
    expect(codes(loadResources(missing).diagnostics)).toEqual([
      {
        code: "FILE_UNREADABLE",
        file: missing,
        message: expect.stringMatching(
          /^thư mục mẫu: không có thư mục này; kiểm tra --templates \(thư mục mẫu có các thư mục con kinds\/, partials\/ và profiles\/\)$/,
        ),
      },
    ]);
  });

  it("names each part a copy lacks", () => {
    const copy = join(dir, "mau");
    cpSync(join(DEFAULT_TEMPLATES, "kinds"), join(copy, "kinds"), { recursive: true });
    expect(codes(loadResources(copy).diagnostics)).toEqual([
      {
        code: "FILE_UNREADABLE",
        file: join(copy, "partials"),
        message: `thư mục mẫu dùng chung: không có thư mục này; thư mục mẫu ${copy} phải có thư mục con partials/ (xem --templates)`,
      },
      {
        code: "FILE_UNREADABLE",
        file: join(copy, "profiles"),
        message: `thư mục thể thức: không có thư mục này; thư mục mẫu ${copy} phải có thư mục con profiles/ (xem --templates)`,
      },
    ]);
  });
});

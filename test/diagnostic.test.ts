import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CODES, diagnostic, formatDiagnostic, internalError, INTERNAL } from "../src/diagnostic";
import { ROOT } from "./support/samples";

/** The rows of README's codes table: code, meaning, example. */
function readmeCodes(): { code: string; meaning: string; example: string }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Mã lỗi / Diagnostic codes"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| mã |")));
  return table
    .split("\n")
    .filter((line) => /^\| `[A-Z_]+` \|/.test(line))
    .map((line) => {
      const [, code, meaning, example] = line.split(/ \| |^\| | \|$/);
      return { code: code.replace(/`/g, ""), meaning, example };
    });
}

describe("diagnostics", () => {
  it("are listed in README, each code once, in the order of CODES, with a meaning and an example", () => {
    const rows = readmeCodes();
    expect(rows.map((r) => r.code)).toEqual([...CODES]);
    expect(rows.filter((r) => !r.meaning.trim() || !r.example.trim()).map((r) => r.code)).toEqual([]);
  });

  it("print as file:line:column, a warning mark, the field path, the message and the code", () => {
    const d = diagnostic("NOI_NHAN_LUU", 'dòng cuối của nơi nhận nên là "Lưu ..."', {
      file: "x.yaml",
      line: 15,
      column: 5,
      path: "noi_nhan.1",
      stage: "validate",
      severity: "warning",
    });
    expect(formatDiagnostic(d)).toBe(
      'x.yaml:15:5 cảnh báo: noi_nhan.1: dòng cuối của nơi nhận nên là "Lưu ..." [NOI_NHAN_LUU]',
    );
    expect(
      formatDiagnostic(
        diagnostic("FILE_UNREADABLE", "không tìm thấy tệp", { file: "y.yaml", stage: "load" }),
      ),
    ).toBe("y.yaml không tìm thấy tệp [FILE_UNREADABLE]");
  });

  it("leave out an empty line, column or path rather than printing it", () => {
    expect(
      Object.keys(
        diagnostic("TEMPLATE_ERROR", "m", { file: "f", line: undefined, path: "", stage: "template" }),
      ),
    ).toEqual(["severity", "code", "message", "file", "stage"]);
  });

  it("report an escaped exception as an internal error that is not the file's fault", () => {
    const d = internalError(new RangeError("Maximum call stack size exceeded"), "x.yaml", "render");
    expect(d.code).toBe("INTERNAL_ERROR");
    expect(d.message.startsWith(INTERNAL)).toBe(true);
    expect(d.message).toContain("lồng nhau quá sâu");
  });
});

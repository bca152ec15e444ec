/**
 * The lines a batch prints for a file that could not be made because of another file: a shared
 * `ke_thua` file with an error is "tệp kế thừa có lỗi", a broken template is "mẫu có lỗi", and
 * the other file's own diagnostic is printed once for the whole batch.
 */
import { diagnostic, type Code } from "../../../src/diagnostic";
import { createProgress } from "../../../src/cli/batch/progress";
import type { Io } from "../../../src/cli/io";

function printed(files: [string, Code, string][]): string[] {
  const lines: string[] = [];
  const io: Io = { out: () => undefined, err: (t) => lines.push(t), isTTY: false };
  const progress = createProgress(io, files.length);
  for (const [input, code, file] of files)
    progress.file(input, undefined, [diagnostic(code, "sai", { file, line: 2, stage: "template" })]);
  return lines;
}

describe("a batch's lines for a file stopped by another file", () => {
  it("blames a broken template as the template, never as an inherited file", () => {
    const lines = printed([
      ["a.yaml", "TEMPLATE_ERROR", "mau/kinds/cong-van.hbs"],
      ["b.yaml", "MARKUP_INVALID", "mau/kinds/cong-van.hbs"],
    ]);
    expect(lines.filter((l) => l.includes("kế thừa"))).toEqual([]);
    expect(lines).toContain("a.yaml: không tạo được văn bản vì mẫu có lỗi (mau/kinds/cong-van.hbs)");
    expect(lines).toContain("b.yaml: không tạo được văn bản vì mẫu có lỗi (mau/kinds/cong-van.hbs)");
  });

  it("blames a shared file with an error as the inherited file, once", () => {
    const lines = printed([
      ["a.yaml", "INVALID_TYPE", "_chung.yaml"],
      ["b.yaml", "INVALID_TYPE", "_chung.yaml"],
    ]);
    expect(lines.filter((l) => l.startsWith("_chung.yaml:2"))).toHaveLength(1);
    expect(lines).toContain("b.yaml: không tạo được văn bản vì tệp kế thừa có lỗi (_chung.yaml)");
  });
});

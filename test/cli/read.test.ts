/** One input, read the same way by every command: its text or a located FILE_UNREADABLE, and its tree. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput, sourceOf, treeOfInput } from "../../src/cli/read";
import { CONG_VAN, engine, ROOT } from "../support/samples";

const dir = mkdtempSync(join(tmpdir(), "vanthu-read-"));

describe("an input", () => {
  it("is its file's text, or FILE_UNREADABLE naming the file and what to check", () => {
    const file = join(dir, "a.yaml");
    writeFileSync(file, CONG_VAN);
    expect(readInput(file)).toEqual({ source: CONG_VAN });
    const missing = readInput(join(dir, "khong-co.yaml"));
    expect(missing.diagnostic).toMatchObject({ code: "FILE_UNREADABLE", file: join(dir, "khong-co.yaml") });
    expect(missing.diagnostic!.message).toContain("kiểm tra đường dẫn");
  });

  it("given its YAML (a spreadsheet row) is not read from disk", () => {
    expect(sourceOf({ file: join(dir, "khong-co.yaml"), source: "loai: x" })).toEqual({ source: "loai: x" });
  });

  it("gives its tree, with the workbooks its ```bang blocks name read first", async () => {
    const file = join(ROOT, "data/bang-tinh/bao-cao-tong-hop.yaml");
    const outcome = await treeOfInput(engine, { file });
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(JSON.stringify(outcome.tree)).toContain('"columns"');
  });

  it("that cannot be read gives its one diagnostic and no tree", async () => {
    const outcome = await treeOfInput(engine, { file: join(dir, "khong-co.yaml") });
    expect(outcome.tree).toBeUndefined();
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["FILE_UNREADABLE"]);
  });
});

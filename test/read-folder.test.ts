/** Listing a folder: its files (folders inside left out, also through links), or why not, in Vietnamese. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFolder } from "../src/read-folder";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-folder-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readFolder", () => {
  it("lists the files, sorted, leaving out folders even when their names look like files", () => {
    writeFileSync(join(dir, "b.yaml"), "");
    writeFileSync(join(dir, "a.yaml"), "");
    mkdirSync(join(dir, "x.yaml"));
    symlinkSync(join(dir, "x.yaml"), join(dir, "y.yaml"));
    symlinkSync(join(dir, "a.yaml"), join(dir, "c.yaml"));
    expect(readFolder(dir)).toEqual({ files: ["a.yaml", "b.yaml", "c.yaml"] });
  });

  it("says there is no such folder", () => {
    expect(readFolder(join(dir, "khong-co"))).toEqual({ error: "không có thư mục này" });
  });

  it("says a file is not a folder", () => {
    writeFileSync(join(dir, "a.yaml"), "");
    expect(readFolder(join(dir, "a.yaml"))).toEqual({ error: "đây là tệp, không phải thư mục" });
  });
});

/**
 * The output folder of a batch: atomic writes that leave nothing behind when they fail, names
 * claimed once (case-insensitively), never outside the folder.
 */
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOutput } from "../../../src/cli/batch/output";
import { outputPath, writeAtomic, type WriteFs } from "../../../src/cli/write";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-write-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (call: "writeFileSync" | "renameSync"): WriteFs => ({
  ...fs,
  [call]: (...args: unknown[]) => {
    if (call === "writeFileSync")
      (fs.writeFileSync as (...a: unknown[]) => void)(args[0], Buffer.from("PK half")); // a partial temporary file
    throw Object.assign(new Error(`${call} failed`), { code: "EIO" });
  },
});

describe("writeAtomic", () => {
  it("writes the bytes and leaves no temporary file", () => {
    writeAtomic(join(dir, "a/b.docx"), Buffer.from("PK full"));
    expect(readFileSync(join(dir, "a/b.docx"), "utf8")).toBe("PK full");
    expect(readdirSync(join(dir, "a"))).toEqual(["b.docx"]);
  });

  it.each(["writeFileSync", "renameSync"] as const)(
    "leaves no .docx and no temporary file when %s fails",
    (call) => {
      expect(() => writeAtomic(join(dir, "b.docx"), Buffer.from("PK full"), failing(call))).toThrow(/failed/);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it("leaves an existing file as it was when the rename fails", () => {
    writeFileSync(join(dir, "b.docx"), "bản cũ");
    expect(() => writeAtomic(join(dir, "b.docx"), Buffer.from("PK new"), failing("renameSync"))).toThrow();
    expect(readdirSync(dir)).toEqual(["b.docx"]);
    expect(readFileSync(join(dir, "b.docx"), "utf8")).toBe("bản cũ");
  });
});

describe("the output folder", () => {
  it("claims a name once, compared as a case-insensitive file system would", () => {
    const folder = createOutput(join(dir, "ra"));
    expect(folder.claim("a.yaml", "Số-1")).toBeUndefined();
    expect(folder.claim("a.yaml", "Số-1")).toBeUndefined();
    expect(folder.claim("b.yaml", "SỐ-1")).toMatchObject({ code: "DUPLICATE_OUTPUT", file: "b.yaml" });
  });

  it("refuses a name outside the folder or an empty one", () => {
    const folder = createOutput(join(dir, "ra"));
    expect(folder.save("a.yaml", "../../x", Buffer.from("PK"))).toMatchObject({
      diagnostics: [{ code: "FILE_UNWRITABLE" }],
    });
    expect(folder.save("a.yaml", "con/", Buffer.from("PK"))).toMatchObject({
      diagnostics: [{ code: "FILE_UNWRITABLE" }],
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes a name that merely starts with two dots as inside the folder", () => {
    expect(outputPath(join(dir, "ra"), "..ban", ".docx")).toBe(join(dir, "ra", "..ban.docx"));
    expect(outputPath(join(dir, "ra"), "con/..5", ".docx")).toBe(join(dir, "ra", "con", "..5.docx"));
    expect(outputPath(join(dir, "ra"), "..", "")).toBeUndefined();
    expect(outputPath(join(dir, "ra"), "../../ra-khac/x", ".docx")).toBeUndefined();
    const folder = createOutput(join(dir, "ra"));
    expect(folder.save("a.yaml", "..ban", Buffer.from("PK"))).toEqual({
      output: join(dir, "ra", "..ban.docx"),
      diagnostics: [],
    });
  });

  it("reports a failed write as FILE_UNWRITABLE and writes nothing", () => {
    const folder = createOutput(join(dir, "ra"), (target, bytes) =>
      writeAtomic(target, bytes, failing("renameSync")),
    );
    expect(folder.save("a.yaml", "a", Buffer.from("PK"))).toMatchObject({
      diagnostics: [{ code: "FILE_UNWRITABLE", file: "a.yaml" }],
    });
    expect(readdirSync(join(dir, "ra"))).toEqual([]);
  });
});

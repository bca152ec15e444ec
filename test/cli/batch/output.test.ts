/**
 * The output folder of a batch: atomic writes that leave nothing behind when they fail, names
 * claimed once (case-insensitively), never outside the folder.
 */
import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOutput } from "../../../src/cli/batch/output";
import { outputPath, writeAtomic, type WriteFs } from "../../../src/cli/write";

let dir: string;
/** Every file and folder under `root` (folders with a trailing "/"), sorted. */
const tree = (root: string): string[] =>
  (readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1) + (e.isDirectory() ? "/" : ""))
    .sort();
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

  it("removes the folders it made for a file it could not write, and only those (generated)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("writeFileSync" as const, "renameSync" as const),
        (before, made, call) => {
          const base = mkdtempSync(join(dir, "t-"));
          const old = join(base, ...Array.from({ length: before }, (_, i) => `cu-${i}`));
          mkdirSync(old, { recursive: true });
          writeFileSync(join(base, "giu.txt"), "");
          const target = join(old, ...Array.from({ length: made }, (_, i) => `moi-${i}`), "vb.docx");
          expect(() => writeAtomic(target, Buffer.from("PK"), failing(call))).toThrow(/failed/);
          const kept = Array.from({ length: before }, (_, i) =>
            Array.from({ length: i + 1 }, (_, k) => `cu-${k}/`).join(""),
          );
          expect(tree(base)).toEqual(["giu.txt", ...kept].sort());
        },
      ),
    );
  });

  it("keeps a folder it made when another file went into it meanwhile", () => {
    const other = join(dir, "moi", "khac.docx");
    const racing: WriteFs = {
      ...fs,
      writeFileSync: (...args: unknown[]) => {
        writeFileSync(other, "PK khác");
        (fs.writeFileSync as (...a: unknown[]) => void)(...args);
      },
      renameSync: () => {
        throw Object.assign(new Error("renameSync failed"), { code: "EIO" });
      },
    };
    expect(() => writeAtomic(join(dir, "moi", "vb.docx"), Buffer.from("PK"), racing)).toThrow(/failed/);
    expect(tree(dir)).toEqual(["moi/", "moi/khac.docx"]);
  });

  it("writes into a folder that another failed write removed between making it and writing", () => {
    let removed = false;
    const racing: WriteFs = {
      ...fs,
      writeFileSync: (...args: unknown[]) => {
        if (!removed) {
          removed = true;
          rmSync(join(dir, "moi"), { recursive: true });
        }
        (fs.writeFileSync as (...a: unknown[]) => void)(...args);
      },
    };
    writeAtomic(join(dir, "moi", "vb.docx"), Buffer.from("PK"), racing);
    expect(tree(dir)).toEqual(["moi/", "moi/vb.docx"]);
  });

  it("removes the folders it made when the file's path is too long for the system (no fault injected)", () => {
    // Folders that exist, deep enough that the new folders and a short temporary name fit in
    // PATH_MAX (4096 bytes) but not the new folders and the file's own 200-byte name.
    let deep = dir;
    while (deep.length < 3700) deep = join(deep, "d".repeat(120));
    mkdirSync(deep, { recursive: true });
    const first = join(deep, "moi-1");
    const folder = join(first, "x".repeat(3950 - first.length - 1));
    const target = join(folder, `${"t".repeat(195)}.docx`);
    expect(() => writeAtomic(target, Buffer.from("PK"))).toThrow(/ENAMETOOLONG/);
    expect(readdirSync(deep)).toEqual([]);
  });

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
    expect(folder.save("a.yaml", "../x", Buffer.from("PK"))).toMatchObject({
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
    expect(outputPath(join(dir, "ra"), "../ra-khac/x", ".docx")).toBeUndefined();
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
    // Not even the output folder, which this write made.
    expect(readdirSync(dir)).toEqual([]);
  });
});

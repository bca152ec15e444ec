/**
 * Command-line inputs → files: a glob pattern takes the same files, under the same names, as the
 * folder it walks, whatever links the tree holds — a link to a folder is never followed (no file
 * twice, no loop), a link to a file is taken.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expandInputs } from "../../src/cli/inputs";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-inputs-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tree below `vb`: folders, YAML files, links to folders (ancestors too: loops) and to files. */
const entry = fc.record({
  kind: fc.constantFrom("folder", "file", "folder-link", "file-link"),
  /** Where: an index into the folders made so far. */
  at: fc.nat(),
  /** What a link points to: an index into the folders or files made so far. */
  to: fc.nat(),
  name: fc.stringMatching(/^[a-z]{1,3}$/),
});

function makeTree(root: string, entries: { kind: string; at: number; to: number; name: string }[]) {
  const folders = [root];
  const files: string[] = [];
  const taken = new Set<string>();
  for (const e of entries) {
    const parent = folders[e.at % folders.length];
    const path = join(parent, e.kind.startsWith("folder") ? e.name : `${e.name}.yaml`);
    if (taken.has(path)) continue;
    taken.add(path);
    if (e.kind === "folder") {
      mkdirSync(path);
      folders.push(path);
    } else if (e.kind === "file") {
      writeFileSync(path, "loai: cong-van\n");
      files.push(path);
    } else if (e.kind === "folder-link") symlinkSync(folders[e.to % folders.length], path);
    else if (files.length) symlinkSync(files[e.to % files.length], path);
  }
}

describe("expandInputs", () => {
  it("takes the same files under the same names from a glob as from the folder, links to folders never followed", () => {
    let round = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const root = join(dir, String(round++), "vb");
        mkdirSync(root, { recursive: true });
        makeTree(root, entries);
        const folder = expandInputs([root]).inputs.map((i) => i.name);
        const glob = expandInputs([`${root}/**/*.yaml`]).inputs.map((i) => i.name);
        expect(new Set(glob).size).toBe(glob.length);
        expect([...glob].sort()).toEqual([...folder].sort());
      }),
      { numRuns: 60 },
    );
  });

  it("follows a link named in the pattern's fixed part, as a folder named on the command line", () => {
    mkdirSync(join(dir, "that"));
    writeFileSync(join(dir, "that/a.yaml"), "loai: cong-van\n");
    symlinkSync(join(dir, "that"), join(dir, "link"));
    expect(expandInputs([`${dir}/link/*.yaml`]).inputs).toEqual([
      { file: join(dir, "link/a.yaml"), name: "a" },
    ]);
  });
});

describe("the files Word leaves beside an open document", () => {
  /** What Word writes while bao-cao.docx is open: its owner file "~$o-cao.docx" (162 bytes, no zip). */
  const owner = Buffer.concat([Buffer.from([7]), Buffer.from("Nguyen Van A"), Buffer.alloc(149)]);

  beforeEach(() => {
    mkdirSync(join(dir, "vb/con"), { recursive: true });
    writeFileSync(join(dir, "vb/bao-cao.docx"), "PK");
    writeFileSync(join(dir, "vb/~$o-cao.docx"), owner);
    writeFileSync(join(dir, "vb/con/~WRL0001.tmp"), owner);
    writeFileSync(join(dir, "vb/con/~$to-trinh.docx"), owner);
    writeFileSync(join(dir, "vb/con/to-trinh.docx"), "PK");
  });

  it("are skipped by a folder", () => {
    expect(expandInputs([join(dir, "vb")], "docx").inputs.map((i) => i.name)).toEqual([
      "bao-cao",
      join("con", "to-trinh"),
    ]);
  });

  it("are skipped by a glob pattern", () => {
    expect(expandInputs([`${dir}/vb/**/*.docx`], "docx").inputs.map((i) => i.name)).toEqual([
      "bao-cao",
      "con/to-trinh",
    ]);
  });

  it("leave a folder holding only them empty, said so", () => {
    rmSync(join(dir, "vb/bao-cao.docx"));
    rmSync(join(dir, "vb/con/to-trinh.docx"));
    const { inputs, problems } = expandInputs([join(dir, "vb")], "docx");
    expect(inputs).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([["FILE_UNREADABLE", "error"]]);
    expect(problems[0].message).toContain("~");
  });
});

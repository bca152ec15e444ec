/**
 * Data can choose a template and a profile only by name, among those loaded from the configured
 * folders: a `loai` or `the_thuc` written as a path (relative, absolute, to a real profile or
 * template file) or as a name JavaScript objects carry (`__proto__`, `constructor`) makes
 * vanthu read no file at all — it is reported, and the file system is never touched — and a
 * value can never run as template code. Only `ke_thua` reads a file, and only a .yaml one.
 */
import { join } from "node:path";
import { DEFAULT_TEMPLATES, loadResources } from "../../src/resources";
import { CONG_VAN, engine, TODAY } from "../support/samples";

/** The module object itself (an `import * as` would be a copy the code under test never calls). */
const fs = require("node:fs") as typeof import("node:fs");

const FS_CALLS = [
  "readFileSync",
  "openSync",
  "statSync",
  "lstatSync",
  "readdirSync",
  "existsSync",
  "accessSync",
  "readFile",
  "open",
  "createReadStream",
  "realpathSync",
] as const;

/** Runs `f` with every reading call of node:fs watched; the paths it was called with. */
async function filesTouched(f: () => unknown): Promise<string[]> {
  const spies = FS_CALLS.filter((name) => typeof (fs as Record<string, unknown>)[name] === "function").map(
    (name) => jest.spyOn(fs, name as never),
  );
  try {
    await f();
    return spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])));
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

const PROFILE_FILE = join(DEFAULT_TEMPLATES, "profiles/dang.yaml");
const KIND_FILE = join(DEFAULT_TEMPLATES, "kinds/cong-van.hbs");
const NAMES = [
  "../../../../etc/passwd",
  "/etc/passwd",
  PROFILE_FILE,
  KIND_FILE,
  "dang.yaml",
  "../profiles/dang",
  "cong-van.hbs",
  "../kinds/cong-van",
  "kinds/cong-van",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "file:///etc/passwd",
  "dang\u0000x",
  "%2e%2e%2fetc",
];

describe("choosing a template or a profile", () => {
  it.each(NAMES)("the_thuc %j reads no file and is an unknown profile", async (name) => {
    let diagnostics: { code: string }[] = [];
    const touched = await filesTouched(
      async () =>
        (diagnostics = (
          await engine.render(`${CONG_VAN}the_thuc: ${JSON.stringify(name)}\n`, "x.yaml", { today: TODAY })
        ).diagnostics),
    );
    expect(touched).toEqual([]);
    expect(diagnostics.filter((d) => d.code !== "CONTROL_CHARACTER").map((d) => d.code)).toEqual([
      "UNKNOWN_PROFILE",
    ]);
  });

  it.each(NAMES)("loai %j reads no file and is an unknown kind", async (name) => {
    let diagnostics: { code: string }[] = [];
    const source = CONG_VAN.replace("loai: cong-van", `loai: ${JSON.stringify(name)}`);
    const touched = await filesTouched(
      async () => (diagnostics = (await engine.render(source, "x.yaml", { today: TODAY })).diagnostics),
    );
    expect(touched).toEqual([]);
    expect(diagnostics.filter((d) => d.code !== "CONTROL_CHARACTER").map((d) => d.code)).toEqual([
      "UNKNOWN_KIND",
    ]);
  });

  it("a loai inside kem_theo reads no file either", async () => {
    let codes: string[] = [];
    const source = `${CONG_VAN}kem_theo:\n  - loai: ${JSON.stringify(KIND_FILE)}\n`;
    const touched = await filesTouched(
      async () =>
        (codes = (await engine.render(source, "x.yaml", { today: TODAY })).diagnostics.map((d) => d.code)),
    );
    expect(touched).toEqual([]);
    expect(codes).toEqual(["UNKNOWN_KIND"]);
  });

  it("a valid document is rendered without touching the file system: templates and profiles were loaded once, from their folders", async () => {
    // The process's first render loads the writer's code (docx, the package shell) on demand,
    // which the test runner reads from files: that is code, not a template or a profile.
    await engine.render(CONG_VAN, "warm.yaml", { today: TODAY });
    const touched = await filesTouched(() => engine.render(CONG_VAN, "x.yaml", { today: TODAY }));
    expect(touched).toEqual([]);
  });

  it("loads templates and profiles only from the folders it is given", async () => {
    const touched = await filesTouched(() => loadResources(DEFAULT_TEMPLATES, []));
    const outside = touched.filter((f) => !f.startsWith(DEFAULT_TEMPLATES));
    expect(outside).toEqual([]);
    expect(touched.some((f) => f.endsWith("kinds/cong-van.hbs"))).toBe(true);
  });

  it("takes a profile id only as a plain name, so no id can look like a path", () => {
    const diagnostics: { code: string; path?: string }[] = [];
    const { parseProfile } = jest.requireActual<typeof import("../../src/resources")>("../../src/resources");
    const source = fs.readFileSync(PROFILE_FILE, "utf8").replace(/^id: dang$/m, "id: ../../etc/passwd");
    expect(parseProfile(source, "x.yaml", diagnostics as never)).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: "PROFILE_INVALID", path: "id" })]);
  });

  it("never runs a value as template code: Handlebars, prototype names and partial calls are printed as typed", async () => {
    const value =
      "{{> dau}} {{constructor.constructor}} {{#each this}}x{{/each}} {{{noi_dung}}} {{lookup this 'loai'}}";
    const outcome = engine.toTree(
      CONG_VAN.replace("ho_ten: Nguyễn Văn A", `ho_ten: ${JSON.stringify(value)}`),
      "x.yaml",
      { today: TODAY },
    );
    expect(outcome.diagnostics).toEqual([]);
    const texts = JSON.stringify(outcome.tree);
    expect(texts).toContain(JSON.stringify(value).slice(1, -1));
  });

  it("reads a ke_thua base only when it is a .yaml file", async () => {
    for (const target of [
      "/etc/passwd",
      "../../../../etc/shadow",
      "x.hbs",
      "../templates/kinds/cong-van.hbs",
    ]) {
      let codes: string[] = [];
      const touched = await filesTouched(
        async () =>
          (codes = (
            await engine.render(`ke_thua: ${JSON.stringify(target)}\n${CONG_VAN}`, "x.yaml", { today: TODAY })
          ).diagnostics.map((d) => d.code)),
      );
      expect({ target, touched, codes }).toEqual({ target, touched: [], codes: ["INVALID_TYPE"] });
    }
    // The control: a .yaml base is read (and here not found), so the watch above does see reads.
    const touched = await filesTouched(() =>
      engine.render(`ke_thua: _khong-co.yaml\n${CONG_VAN}`, "x.yaml", { today: TODAY }),
    );
    expect(touched.some((f) => f.endsWith("_khong-co.yaml"))).toBe(true);
  });
});

/**
 * The bundled profiles parsed at build time: what a bundle carries is what parsing the YAML
 * gives, through the module text the bundle gets; a profile file is taken from it only while its
 * text is the text built, and as a copy.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { precompiledModule, precompiledProfiles } from "../../src/build/precompiled-profiles";
import type { Diagnostic } from "../../src/diagnostic";
import { PRECOMPILED } from "../../src/profile/precompiled-data";
import { precompiledProfile } from "../../src/profile/precompiled";
import { parseProfile } from "../../src/resources";
import { ROOT } from "../support/samples";

const FOLDER = join(ROOT, "templates/profiles");
const FILES = readdirSync(FOLDER).filter((f) => f.endsWith(".yaml"));

/** The data as a bundle reads it: the module text run as CommonJS. */
function bundled(): typeof PRECOMPILED {
  const module = { exports: {} as { PRECOMPILED: typeof PRECOMPILED } };
  new Function("exports", "module", precompiledModule(ROOT))(module.exports, module);
  return module.exports.PRECOMPILED;
}

describe("the profiles parsed at build time", () => {
  it("are every bundled profile, each as parsing its YAML gives it, through the bundle's module", () => {
    const data = bundled();
    expect(Object.keys(data).sort()).toEqual([...FILES].sort());
    for (const name of FILES) {
      const source = readFileSync(join(FOLDER, name), "utf8");
      const diagnostics: Diagnostic[] = [];
      expect(data[name].source).toBe(source);
      expect(data[name].profile).toStrictEqual(parseProfile(source, join(FOLDER, name), diagnostics));
      expect(diagnostics).toEqual([]);
    }
  });

  it("fail the build when a bundled profile has a problem, naming the file", () => {
    const root = mkdtempSync(join(tmpdir(), "vanthu-profiles-"));
    try {
      mkdirSync(join(root, "templates/profiles"), { recursive: true });
      const dang = readFileSync(join(FOLDER, "dang.yaml"), "utf8");
      writeFileSync(join(root, "templates/profiles/hong.yaml"), dang.replace(/^page:/m, "page_khac:"));
      expect(() => precompiledProfiles(root)).toThrow(/^hong\.yaml: .*page/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a profile file read at run time", () => {
  const [name] = FILES;
  const source = readFileSync(join(FOLDER, name), "utf8");
  beforeAll(() => Object.assign(PRECOMPILED, bundled()));
  afterAll(() => Object.keys(PRECOMPILED).forEach((k) => delete PRECOMPILED[k]));

  it("is taken as built while its text is the same, from any folder, as a copy", () => {
    const a = precompiledProfile(join("/any/folder", name), source)!;
    expect(a).toStrictEqual(PRECOMPILED[name].profile);
    expect(a).not.toBe(PRECOMPILED[name].profile);
    a.styles["noi-dung"].size = 99;
    expect(precompiledProfile(name, source)!.styles["noi-dung"].size).not.toBe(99);
  });

  it("is parsed again when its text changed by one character, or under another name", () => {
    expect(precompiledProfile(name, `${source} `)).toBeUndefined();
    expect(precompiledProfile(`khac-${name}`, source)).toBeUndefined();
  });
});

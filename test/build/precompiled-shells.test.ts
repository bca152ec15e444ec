/**
 * The package shells packed at build time (so that a bundle does not load docx to render): with
 * the data a bundle carries, every sample is written part for part as when docx packs its shell
 * at run time; the built shells are used only for a profile taken as built, never for one parsed
 * from another text.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { precompiledModule } from "../../src/build/precompiled-profiles";
import { precompiledShellsModule } from "../../src/build/precompiled-shells";
import { SHELLS } from "../../src/docx/precompiled-shells-data";
import { createEngine } from "../../src/engine";
import { PRECOMPILED } from "../../src/profile/precompiled-data";
import { precompiledName, precompiledProfile } from "../../src/profile/precompiled";
import { loadResources } from "../../src/resources";
import { ROOT, sampleFiles, sampleName, TODAY } from "../support/samples";

/** A data module as a bundle reads it: its text run as CommonJS. */
function run<T>(text: string): T {
  const module = { exports: {} as T };
  new Function("exports", "module", text)(module.exports, module);
  return module.exports;
}

const DATES = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
const parts = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b).replace(DATES, "<date>")]);

async function renderAll(): Promise<Record<string, string[][]>> {
  const engine = createEngine(loadResources());
  const out: Record<string, string[][]> = {};
  for (const file of sampleFiles()) {
    const outcome = await engine.render(readFileSync(file, "utf8"), file, { today: TODAY });
    if (outcome.docx) out[sampleName(file)] = parts(outcome.docx);
  }
  return out;
}

describe("the package shells packed at build time", () => {
  let shells: typeof SHELLS;
  beforeAll(async () => {
    shells = run<{ SHELLS: typeof SHELLS }>(await precompiledShellsModule(ROOT)).SHELLS;
  }, 60000);
  afterEach(() => {
    for (const k of Object.keys(SHELLS)) delete SHELLS[k];
    for (const k of Object.keys(PRECOMPILED)) delete PRECOMPILED[k];
  });

  it("are one for each bundled profile and kind", () => {
    const kinds = readdirSync(join(ROOT, "templates/kinds")).map((f) => f.replace(/\.hbs$/, ""));
    const profiles = readdirSync(join(ROOT, "templates/profiles")).filter((f) => f.endsWith(".yaml"));
    expect(Object.keys(shells).sort()).toEqual(profiles.sort());
    for (const p of profiles) expect(Object.keys(shells[p]).sort()).toEqual(kinds.sort());
  });

  it("write every sample part for part as the shells docx packs at run time", async () => {
    const atRunTime = await renderAll();
    Object.assign(PRECOMPILED, run<{ PRECOMPILED: typeof PRECOMPILED }>(precompiledModule(ROOT)).PRECOMPILED);
    Object.assign(SHELLS, shells);
    const built = await renderAll();
    expect(Object.keys(built).length).toBeGreaterThan(20);
    expect(built).toEqual(atRunTime);
  }, 120000);

  it("are used only for a profile taken as built", () => {
    Object.assign(PRECOMPILED, run<{ PRECOMPILED: typeof PRECOMPILED }>(precompiledModule(ROOT)).PRECOMPILED);
    const file = join(ROOT, "templates/profiles/dang.yaml");
    const source = readFileSync(file, "utf8");
    expect(precompiledName(precompiledProfile(file, source)!)).toBe("dang.yaml");
    expect(precompiledProfile(file, `${source}\n# sửa\n`)).toBeUndefined();
    const parsed = loadResources(join(ROOT, "templates")).profiles.get("dang")!;
    expect(precompiledName({ ...parsed })).toBeUndefined();
  });
});

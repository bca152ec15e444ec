/**
 * The bundled templates compiled at build time: every sample renders the same tree from the
 * built specs as from templates compiled at run time; a template is taken as built only while its
 * text is the text built; a template that does not compile fails the build, naming it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Handlebars from "handlebars";
import { precompiledTemplates, precompiledTemplatesModule } from "../../src/build/precompiled-templates";
import { createEngine } from "../../src/engine";
import { loadResources } from "../../src/resources";
import { TEMPLATES } from "../../src/template/precompiled-data";
import { precompiledTemplate } from "../../src/template/precompiled";
import { ROOT, sampleFiles, sampleName, TODAY } from "../support/samples";

/** The data as a bundle reads it: the module text run as CommonJS. */
function bundled(): typeof TEMPLATES {
  const module = { exports: {} as { TEMPLATES: typeof TEMPLATES } };
  new Function("exports", "module", precompiledTemplatesModule(ROOT))(module.exports, module);
  return module.exports.TEMPLATES;
}
const resources = loadResources();
const treesOf = (files: string[]) => {
  const engine = createEngine(resources);
  return files.map((f) => engine.toTree(readFileSync(f, "utf8"), f, { today: TODAY }));
};

describe("the templates compiled at build time", () => {
  afterEach(() => Object.keys(TEMPLATES).forEach((k) => delete TEMPLATES[k]));

  it("give every sample the same tree and diagnostics as templates compiled at run time", () => {
    const files = sampleFiles();
    const compiled = treesOf(files);
    Object.assign(TEMPLATES, bundled());
    const built = treesOf(files);
    files.forEach((f, i) => expect([sampleName(f), built[i]]).toEqual([sampleName(f), compiled[i]]));
  });

  it("are every bundled kind and partial, taken while their text is the same, never once it changed", () => {
    Object.assign(TEMPLATES, bundled());
    const all = [...resources.kinds.values(), ...resources.partials];
    expect(Object.keys(TEMPLATES).sort()).toEqual(
      all.map((t) => t.file.split(/[\\/]/).slice(-2).join("/")).sort(),
    );
    const hb = Handlebars.create();
    for (const t of all) {
      expect([t.name, precompiledTemplate(hb, t) !== undefined]).toEqual([t.name, true]);
      expect(precompiledTemplate(hb, { ...t, source: `${t.source}{{!}}` })).toBeUndefined();
    }
  });

  it("fail the build when a bundled template does not compile, naming it", () => {
    const root = mkdtempSync(join(tmpdir(), "vanthu-templates-"));
    try {
      mkdirSync(join(root, "templates/kinds"), { recursive: true });
      mkdirSync(join(root, "templates/partials"), { recursive: true });
      writeFileSync(join(root, "templates/kinds/hong.hbs"), "<document>{{#if a}}</document>");
      expect(() => precompiledTemplates(root)).toThrow(/^kinds\/hong\.hbs: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

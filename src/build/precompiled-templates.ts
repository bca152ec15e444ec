/**
 * Build-time only: the bundled templates (templates/kinds/*.hbs, templates/partials/*.hbs)
 * compiled by Handlebars with the options the engine uses, as the source of the module
 * `src/template/precompiled-data.ts` in each bundle (`bundle.ts`). A template that does not
 * compile fails the build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { COMPILE_OPTIONS } from "../template/env";

/** Each bundled template's text and Handlebars' spec (JavaScript source), by "kinds/x.hbs". */
export function precompiledTemplates(root: string): Record<string, { source: string; spec: string }> {
  const out: Record<string, { source: string; spec: string }> = {};
  for (const folder of ["kinds", "partials"]) {
    const dir = join(root, "templates", folder);
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".hbs"))
      .sort()) {
      const source = readFileSync(join(dir, name), "utf8");
      try {
        out[`${folder}/${name}`] = { source, spec: Handlebars.precompile(source, COMPILE_OPTIONS) as string };
      } catch (e) {
        throw new Error(`${folder}/${name}: ${(e as Error).message}`, { cause: e });
      }
    }
  }
  return out;
}

/** The module text that replaces precompiled-data.ts in a bundle. */
export function precompiledTemplatesModule(root: string): string {
  const entries = Object.entries(precompiledTemplates(root)).map(
    ([key, { source, spec }]) => `${JSON.stringify(key)}:{source:${JSON.stringify(source)},spec:${spec}}`,
  );
  return `exports.TEMPLATES={${entries.join(",")}};`;
}

/**
 * Build-time only: the package shells (`src/docx/package-shell.ts`) of every bundled profile and
 * kind, packed by docx as at run time, as the source of the module
 * `src/docx/precompiled-shells-data.ts` in each bundle (`bundle.ts`). The parts shared by many
 * shells (styles, numbering, theme…) are written once in the module.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { prepareProfile } from "../docx/prepared";
import { shellParts } from "../docx/shell-parts";
import { packWithDocx } from "../docx/to-docx";
import type { Profile } from "../profile/schema";
import { precompiledProfiles } from "./precompiled-profiles";

/** By profile file name and kind, each part's text. */
export async function precompiledShells(
  root: string,
): Promise<Record<string, Record<string, Record<string, string>>>> {
  const kinds = readdirSync(join(root, "templates/kinds"))
    .filter((f) => f.endsWith(".hbs"))
    .map((f) => f.replace(/\.hbs$/, ""))
    .sort();
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [file, { profile }] of Object.entries(precompiledProfiles(root))) {
    const prepared = prepareProfile(profile as Profile);
    out[file] = {};
    for (const kind of kinds)
      out[file][kind] = await shellParts(prepared, kind, (tree) => packWithDocx(tree, prepared));
  }
  return out;
}

/** The module text that replaces precompiled-shells-data.ts in a bundle. */
export async function precompiledShellsModule(root: string): Promise<string> {
  const shells = await precompiledShells(root);
  const texts: string[] = [];
  const index = new Map<string, number>();
  const at = (text: string) => index.get(text) ?? (index.set(text, texts.push(text) - 1), texts.length - 1);
  const refs = Object.entries(shells).map(
    ([file, kinds]) =>
      `${JSON.stringify(file)}:{${Object.entries(kinds)
        .map(
          ([kind, parts]) =>
            `${JSON.stringify(kind)}:{${Object.entries(parts)
              .map(([name, text]) => `${JSON.stringify(name)}:t[${at(text)}]`)
              .join(",")}}`,
        )
        .join(",")}}`,
  );
  return `const t=${JSON.stringify(texts)};exports.SHELLS={${refs.join(",")}};`;
}

/**
 * Build-time only: the bundled profiles (templates/profiles/*.yaml) parsed and checked, as the
 * source of the module `src/profile/precompiled-data.ts` in each bundle (`bundle.ts`). A profile
 * with a problem fails the build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic";
import { parseProfile } from "../resources";

export function precompiledProfiles(root: string): Record<string, { source: string; profile: unknown }> {
  const dir = join(root, "templates/profiles");
  const out: Record<string, { source: string; profile: unknown }> = {};
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const source = readFileSync(join(dir, name), "utf8");
    const diagnostics: Diagnostic[] = [];
    const profile = parseProfile(source, join(dir, name), diagnostics);
    if (!profile || diagnostics.length)
      throw new Error(`${name}: ${diagnostics.map((d) => d.message).join("; ") || "không đọc được"}`);
    out[name] = { source, profile };
  }
  return out;
}

/** The module text that replaces precompiled-data.ts in a bundle (JSON.parse of a string: fast to start). */
export const precompiledModule = (root: string): string =>
  `exports.PRECOMPILED = JSON.parse(${JSON.stringify(JSON.stringify(precompiledProfiles(root)))});`;

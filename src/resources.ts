/**
 * The edge that reads the template folder: kinds (`kinds/*.hbs`), partials (`partials/*.hbs`)
 * and format profiles (`profiles/*.yaml`, plus any extra profile folders). Everything the pure
 * core needs, loaded once per process.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostic";
import type { ReadFile } from "./inherit/load-unit";
import { load } from "./load";
import { profileProblems } from "./profile/check";
import { profileSchema, type Profile } from "./profile/schema";
import { readText } from "./read-file";
import type { TemplateSource } from "./template/env";
import { issuesToDiagnostics } from "./validate";

export interface Resources {
  kinds: Map<string, TemplateSource>;
  partials: TemplateSource[];
  profiles: Map<string, Profile>;
  diagnostics: Diagnostic[];
  /** Reads the shared files that documents inherit from (`ke_thua`); absent: inheriting is an error. */
  read?: ReadFile;
}

/** The `templates/` folder shipped with vanthu (beside `src/`, or beside `dist/` once built). */
export const DEFAULT_TEMPLATES = [resolve(__dirname, "../templates"), resolve(__dirname, "../../templates")].find((d) => existsSync(join(d, "profiles")))!;

const hbsIn = (dir: string): TemplateSource[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".hbs"))
    .sort()
    .map((f) => ({ name: basename(f, ".hbs"), file: join(dir, f), source: readFileSync(join(dir, f), "utf8") }));

export function loadResources(templatesDir = DEFAULT_TEMPLATES, profileDirs: string[] = []): Resources {
  const diagnostics: Diagnostic[] = [];
  const kinds = new Map(hbsIn(join(templatesDir, "kinds")).map((t) => [t.name, t]));
  const partials = hbsIn(join(templatesDir, "partials"));
  const profiles = new Map<string, Profile>();
  for (const dir of [join(templatesDir, "profiles"), ...profileDirs]) {
    for (const f of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const file = join(dir, f);
      const profile = parseProfile(readFileSync(file, "utf8"), file, diagnostics);
      if (profile) profiles.set(profile.id, profile);
    }
  }
  return { kinds, partials, profiles, diagnostics, read: readText };
}

/** A profile from its YAML text, or undefined with diagnostics (code PROFILE_INVALID). */
export function parseProfile(source: string, file: string, diagnostics: Diagnostic[]): Profile | undefined {
  const loaded = load(source, file);
  diagnostics.push(...loaded.diagnostics);
  if (loaded.data === undefined) return undefined;
  const parsed = profileSchema.safeParse(loaded.data, { reportInput: true });
  if (!parsed.success) {
    const ds = issuesToDiagnostics(parsed.error.issues, file, loaded.locate, "load", profileSchema);
    diagnostics.push(...ds.map((d) => ({ ...d, code: "PROFILE_INVALID" as const, message: `thể thức không hợp lệ: ${d.message}` })));
    return undefined;
  }
  const problems = profileProblems(parsed.data);
  for (const p of problems) {
    diagnostics.push(diagnostic("PROFILE_INVALID", `thể thức không hợp lệ: ${p.message}`, { file, ...loaded.locate(p.path), path: p.path.join("."), stage: "load" }));
  }
  return problems.length ? undefined : parsed.data;
}

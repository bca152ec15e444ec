/**
 * Command-line inputs → the YAML files to process, each with the output name it maps to:
 * a file gives `<name>.docx`; a folder gives every `*.yaml`/`*.yml` below it, and a glob pattern
 * (`"data/**\/*.yaml"`, quoted so the shell leaves it alone) every YAML file it matches, named by
 * their path relative to the folder (or to the pattern's fixed part). Names starting with "_" or
 * "." are shared parts (`ke_thua` bases), skipped by folders and patterns. Each file comes once.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";

export interface Input {
  file: string;
  /** Output path relative to the output folder, without extension. */
  name: string;
}

const isYaml = (f: string) => /\.ya?ml$/i.test(f);
const stem = (f: string) => f.replace(/\.ya?ml$/i, "");
const shared = (rel: string) => rel.split(/[\\/]/).some((part) => part.startsWith("_") || part.startsWith("."));

/**
 * `missing`: arguments that are neither a file, a folder nor a pattern that matches; `empty`:
 * folders with no YAML file to process (shared parts aside).
 */
export function expandInputs(args: readonly string[]): { inputs: Input[]; missing: string[]; empty: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, name: string) => {
    const key = resolve(file);
    if (!seen.has(key)) seen.add(key), inputs.push({ file, name });
  };
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      const matched = matches(arg);
      if (!matched.length) missing.push(arg);
      for (const m of matched) add(m.file, m.name);
      continue;
    }
    if (stat.isDirectory()) {
      const files = walk(arg);
      if (!files.length) empty.push(arg);
      for (const file of files) add(file, stem(relative(arg, file)));
    } else add(arg, stem(basename(arg)));
  }
  return { inputs, missing, empty };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("_") && !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : (e.isFile() || linkedFile(join(dir, e.name), e)) && isYaml(e.name) ? [join(dir, e.name)] : []));
}

/**
 * A symbolic link taken as a file: one to a file, and a broken one (reading it then says what is
 * wrong, rather than the file being skipped without a word); never one to a folder (no loops).
 */
function linkedFile(path: string, e: Dirent): boolean {
  if (!e.isSymbolicLink()) return false;
  try {
    return !statSync(path).isDirectory();
  } catch {
    return true;
  }
}

/** The YAML files a pattern matches, named relative to its fixed leading folders (none: not a pattern). */
function matches(pattern: string): Input[] {
  // Loaded only for a pattern, so a plain `vanthu render x.yaml` starts a little sooner.
  const { globSync, isDynamicPattern } = require("tinyglobby") as typeof import("tinyglobby");
  if (!isDynamicPattern(pattern)) return [];
  const parts = pattern.split("/");
  const fixed = parts.findIndex((p) => isDynamicPattern(p));
  const base = parts.slice(0, fixed).join("/") || ".";
  return globSync(pattern, { dot: false, onlyFiles: true })
    .map((file) => file.split("/").join(sep))
    .filter((file) => isYaml(file) && !shared(relative(base, file)))
    .sort((a, b) => a.localeCompare(b))
    .map((file) => ({ file, name: stem(relative(base, file)) }));
}

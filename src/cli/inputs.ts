/**
 * Command-line inputs → the YAML files to process, each with the output name it maps to:
 * a file gives `<name>.docx`; a folder gives every `*.yaml`/`*.yml` below it (files and folders
 * whose name starts with "_" or "." are shared parts, skipped), named by their path relative to it.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";

export interface Input {
  file: string;
  /** Output path relative to the output folder, without extension. */
  name: string;
}

const isYaml = (f: string) => /\.ya?ml$/i.test(f);
const stem = (f: string) => f.replace(/\.ya?ml$/i, "");

export function expandInputs(args: readonly string[]): { inputs: Input[]; missing: string[] } {
  const inputs: Input[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) for (const file of walk(arg)) inputs.push({ file, name: stem(relative(arg, file)) });
    else inputs.push({ file: arg, name: stem(basename(arg)) });
  }
  return { inputs, missing };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("_") && !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() && isYaml(e.name) ? [join(dir, e.name)] : []));
}

/**
 * The samples in data/ for "Tạo từ mẫu": read once at start (read-only), listed with their kind
 * and trích yếu, and served by name only (a name not in the list is never a path).
 */
import { tepsIn } from "../sheet/references";
import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { isSkippedName } from "../input-names";
import { load } from "../load";
import { readText } from "../read-file";
import type { SampleInfo } from "./spec";

/** data/ beside src/ (from the sources) or beside dist/ (once built). */
export const DEFAULT_SAMPLES = [resolve(__dirname, "../../data"), resolve(__dirname, "../../../data")].find(
  (d) => existsSync(d),
);

export interface Samples {
  list: SampleInfo[];
  /** The YAML text of a listed sample. */
  text(name: string): string | undefined;
}

export function loadSamples(
  dir: string | undefined,
  kindName: (loai: string, theThuc?: string) => string | undefined,
): Samples {
  const texts = new Map<string, string>();
  for (const file of dir && existsSync(dir) ? yamlFiles(dir) : []) {
    // Only regular files, as the CLI reads them: a FIFO named *.yaml would block the start for ever.
    const read = readText(file);
    if (!("source" in read)) continue;
    texts.set(
      relative(dir!, file)
        .split("\\")
        .join("/")
        .replace(/\.ya?ml$/, ""),
      read.source,
    );
  }
  // Only whole documents: a batch member that takes its kind from a shared part cannot fill the form alone,
  // nor can a document whose tables come from a workbook (```bang with tep): the form reads no file.
  const list = [...texts].flatMap(([name, text]): SampleInfo[] => {
    if (tepsIn(text).length) return [];
    const data = load(text, name).data as Record<string, unknown> | undefined;
    const loai = typeof data?.loai === "string" ? data.loai : undefined;
    const kind = loai && kindName(loai, typeof data?.the_thuc === "string" ? data.the_thuc : undefined);
    if (!loai || !kind) return [];
    const theThuc = typeof data?.the_thuc === "string" ? data.the_thuc : undefined;
    const about = typeof data?.trich_yeu === "string" ? data.trich_yeu.replace(/\s+/g, " ").trim() : name;
    return [{ name, loai, ...(theThuc && { the_thuc: theThuc }), title: `${kind} — ${shorten(about, 90)}` }];
  });
  const listed = new Set(list.map((s) => s.name));
  return { list, text: (name) => (listed.has(name) ? texts.get(name) : undefined) };
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** Every *.yaml under `dir`, skipping shared parts and Office's lock files (`isSkippedName`). */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !isSkippedName(e.name))
    .flatMap((e) =>
      e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
    )
    .sort();
}

/**
 * Which workbooks a document's ```bang blocks name (`tep: so-lieu.xlsx`), found in its loaded
 * data before anything is rendered, so the edge can read them first and hand them in: the core
 * never reads a file. A `tep` is relative to the folder of the file its block is written in (a
 * shared base's body: the base's folder), as `ke_thua` is; an absolute path is used as written.
 */
import { dirname, isAbsolute, join, normalize } from "node:path";
import { LineCounter } from "yaml";
import type { FieldPath, Locate } from "../field-path";
import { fencedBlocks, isBang } from "../tree/fence";
import { parseYaml } from "../yaml-data";

/** The path a `tep` names, from the file its block is written in. */
export function workbookPath(fieldFile: string, tep: string): string {
  const t = tep.trim();
  return isAbsolute(t) ? normalize(t) : join(dirname(fieldFile), t);
}

/** The `tep` values of the ```bang blocks in one text (a field's Markdown). */
export function tepsIn(text: string): string[] {
  if (!/bang/i.test(text) || !text.includes("tep")) return [];
  const lines = text.split("\n");
  const teps: string[] = [];
  for (const block of fencedBlocks(lines, { only: isBang })) {
    const content = lines.slice(block.start + 1, block.closed ? block.end : lines.length);
    const doc = parseYaml(content.join("\n"), new LineCounter(), "failsafe");
    const tep = doc.errors.length ? undefined : doc.get("tep");
    if (typeof tep === "string" && tep.trim()) teps.push(tep);
  }
  return teps;
}

/** The workbooks the document's data names, each once, as paths `workbookPath` gives. */
export function workbookReferences(data: unknown, locate: Locate, file: string): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, path: FieldPath) => {
    if (typeof value === "string") {
      const teps = tepsIn(value);
      if (teps.length) {
        const from = locate(path).file ?? file;
        for (const tep of teps) found.add(workbookPath(from, tep));
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return [...found];
}

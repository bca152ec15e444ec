/**
 * The anchor for a batch: the docxtemplater script a user would write to do `vanthu render`'s job
 * on a folder of unit files, end to end, in one process: list the folder, read each YAML file
 * (following its `ke_thua` base, read once), fill the template (the bench's docxtemplater template
 * of the same document, `fixtures.ts`) and write each .docx. Its number line comes from the file's
 * `so`; the other values from the template's data, as a script over these files would map them.
 * `node dist/bench/docxtemplater-batch.js <folder> <out> <fixtures dir>` prints one JSON line.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { parse } from "yaml";
import { FILES, type TemplateData } from "./fixtures";

const [folder, out, fixtures] = process.argv.slice(2);
const template = readFileSync(join(fixtures, FILES.template));
const data = JSON.parse(readFileSync(join(fixtures, FILES.data), "utf8")) as TemplateData;
const bases = new Map<string, Record<string, unknown>>();

function fields(file: string): Record<string, unknown> {
  const own = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  if (typeof own.ke_thua !== "string") return own;
  const base = resolve(dirname(file), own.ke_thua);
  if (!bases.has(base)) bases.set(base, fields(base));
  return { ...bases.get(base), ...own };
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("_"))
    .flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : [],
    )
    .sort();

let written = 0;
for (const file of walk(folder)) {
  const f = fields(file);
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render({ ...data, so_ky_hieu: `Số ${f.so}-BC/TU` });
  const target = join(out, file.slice(folder.length).replace(/\.yaml$/, ".docx"));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
  written++;
}
process.stdout.write(
  JSON.stringify({ code: 0, written, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n",
);

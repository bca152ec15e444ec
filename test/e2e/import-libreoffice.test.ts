/**
 * Import of documents another word processor saved: every sample in data/, rendered, saved again
 * by LibreOffice (`soffice --convert-to docx`, one call for all), imports to the same YAML as the
 * file vanthu wrote — LibreOffice rewrites style ids, fields, numbering and table markup, so this
 * is the import's test on a foreign producer. The first comment line names the file and differs.
 *
 * Needs soffice (.ci/run installs it). Without soffice the suite is skipped locally, with a
 * warning, and fails in CI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importDocx } from "../../src/import/import-docx";
import { convertWithLibreOffice, hasSoffice } from "../support/pdf";
import { engine, rendered, sampleFiles, sampleName } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the import's LibreOffice test is skipped");

const samples = sampleFiles();
const flat = (name: string) => name.replace(/\//g, "__");
const yamlOf = (bytes: Uint8Array) =>
  importDocx(bytes, engine.resources.profiles, { file: "van-ban.docx" }).yaml;

(hasSoffice || process.env.CI ? describe : describe.skip)("documents saved again by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    if (!hasSoffice) throw new Error("soffice (LibreOffice) is required in CI");
    dir = mkdtempSync(join(tmpdir(), "vanthu-import-lo-"));
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "out"));
    const inputs = await Promise.all(
      samples.map(async (f) => {
        const path = join(dir, "in", `${flat(sampleName(f))}.docx`);
        writeFileSync(path, (await rendered(f)).bytes);
        return path;
      }),
    );
    convertWithLibreOffice(inputs, join(dir, "out"), "docx", 300_000);
  }, 320_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(samples.map((f) => [sampleName(f), f]))("%s imports to the same YAML", async (name, file) => {
    const ours = yamlOf((await rendered(file)).bytes);
    const saved = yamlOf(readFileSync(join(dir, "out", `${flat(name)}.docx`)));
    expect(ours).toBeDefined();
    expect(saved).toEqual(ours);
  });
});

/**
 * `vanthu check` on documents another word processor saved: every sample in data/, rendered and
 * saved again by LibreOffice (`soffice --convert-to docx`, one call for all), checks the same as
 * the rendered file — no finding, the same profile and kind — though LibreOffice rewrites style
 * ids, fields, numbering and settings.
 *
 * Needs soffice. Without soffice the suite is skipped locally, with a warning, and fails in CI.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../../src/check/check";
import { formatDiagnostic } from "../../src/diagnostic";
import { convertWithLibreOffice, hasSoffice } from "../support/pdf";
import { engine, rendered, sampleFiles, sampleName, TODAY } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the check's LibreOffice test is skipped");

const samples = sampleFiles();
const flat = (f: string) => sampleName(f).replace(/\//g, "__");

(hasSoffice || process.env.CI ? describe : describe.skip)("documents saved again by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    if (!hasSoffice) throw new Error("soffice (LibreOffice) is required in CI");
    dir = mkdtempSync(join(tmpdir(), "vanthu-check-lo-"));
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "out"));
    const inputs = samples.map((f) => join(dir, "in", `${flat(f)}.docx`));
    await Promise.all(samples.map(async (f, i) => writeFileSync(inputs[i], (await rendered(f)).bytes)));
    convertWithLibreOffice(inputs, join(dir, "out"), "docx", 300_000);
  }, 320_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(samples.map((f) => [sampleName(f), f]))("%s checks the same: no finding", async (name, file) => {
    const original = check((await rendered(file)).bytes, engine.resources, { file: name, today: TODAY });
    const bytes = readFileSync(join(dir, "out", `${flat(file)}.docx`));
    const saved = check(bytes, engine.resources, { file: name, today: TODAY });
    expect(saved.diagnostics.map(formatDiagnostic)).toEqual(original.diagnostics.map(formatDiagnostic));
    expect([saved.the_thuc, saved.loai]).toEqual([original.the_thuc, original.loai]);
  });
});

/**
 * Every sample's .docx passes the OOXML schema validator that Word's own SDK uses
 * (@ooxml-tools/validate, Microsoft 365 level). A negative control proves the validator runs and
 * catches a schema error: the same file with one attribute value broken must fail.
 * LibreOffice opens many invalid files without complaint, so this is the check that Word will.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ROOT, rendered, sampleFiles, sampleName } from "../support/samples";

interface ValidationError {
  description: string;
  path: { xpath: string; partUri: string };
  id: string;
  errorType: number;
}

const samples = sampleFiles();
let dir: string;
let results: Record<string, ValidationError[]>;
const fileOf = (name: string) => join(dir, `${name.replace(/\//g, "__")}.docx`);
const BROKEN = "broken-line-rule";

/** The sample's package with `w:lineRule="exact"` in word/document.xml turned into the invalid "exactly". */
function breakLineRule(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]);
  if (!xml.includes('w:lineRule="exact"'))
    throw new Error('the negative control needs a w:lineRule="exact" in document.xml');
  files["word/document.xml"] = strToU8(xml.replace('w:lineRule="exact"', 'w:lineRule="exactly"'));
  return zipSync(files);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-ooxml-"));
  for (const file of samples) writeFileSync(fileOf(sampleName(file)), (await rendered(file)).bytes);
  writeFileSync(fileOf(BROKEN), breakLineRule((await rendered(samples[0])).bytes));
  const files = [...samples.map((f) => fileOf(sampleName(f))), fileOf(BROKEN)];
  const r = spawnSync(process.execPath, [join(ROOT, "test/support/ooxml-validate.mjs"), ...files], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0)
    throw new Error(`the OOXML validator did not run (exit ${r.status}): ${r.stderr || r.error}`);
  results = JSON.parse(r.stdout);
}, 150000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("the OOXML schema validation", () => {
  it.each(samples.map((f) => [sampleName(f)]))("finds no error in %s", (name) => {
    const errors = results[fileOf(name)];
    expect(errors).toBeDefined();
    expect(errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`)).toEqual([]);
  });

  it("catches a broken attribute value in an otherwise valid file (negative control)", () => {
    const errors = results[fileOf(BROKEN)];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].path.partUri).toBe("/word/document.xml");
    expect(errors[0].path.xpath).toMatch(/w:spacing/);
    expect(errors[0].description).toMatch(/lineRule/);
  });
});

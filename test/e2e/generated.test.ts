/**
 * A sample of the generated documents of the property tests — random structures of every kind
 * and both profiles, and công văn with hostile strings in every field — goes through the two
 * checks no XML parser makes: the OOXML schema validator that Word's own SDK uses
 * (@ooxml-tools/validate), and LibreOffice, which must open each one and print it to a PDF that
 * has its text. A new sample each run; the seed is in the suite's name (FC_SEED replays it).
 *
 * Needs soffice and poppler-utils for the LibreOffice half: without soffice it is skipped
 * locally, with a warning, and fails in CI.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { fieldsArb, markedDocument } from "../support/marked-document";
import { hasSoffice, toPdf, tool } from "../support/pdf";
import { documentArb } from "../support/random-document";
import { engine, ROOT, TODAY } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn(
    "soffice (LibreOffice) is not installed: the LibreOffice check of generated documents is skipped",
  );

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
const RANDOM = 24;
const HOSTILE = 12;

interface Sample {
  name: string;
  yaml: string;
  /** Text the printed PDF must contain. */
  shows: string;
}

const samples: Sample[] = [
  ...fc
    .sample(documentArb, { seed: SEED, numRuns: RANDOM })
    .map((d, i) => ({ name: `ngau-nhien-${i}-${d.kind}-${d.profile}`, yaml: d.yaml, shows: "thử nghiệm" })),
  ...fc
    .sample(fieldsArb, { seed: SEED + 1, numRuns: HOSTILE })
    .map((f, i) => ({ name: `ky-tu-la-${i}`, yaml: markedDocument(f).yaml, shows: "Chú thích" })),
];

/**
 * What LibreOffice is given: LibreOffice 7.4 takes minutes to lay out several unbreakable runs of
 * a thousand characters in the narrow cells of nơi nhận (a hostile string can be one), which is
 * its own slowness, not a fault of the file; those documents still go through the schema check.
 */
const printable = samples.filter((s) => !/[^\s"]{300,}/u.test(s.yaml));

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-generated-"));
  mkdirSync(join(dir, "docx"));
  for (const s of samples) {
    const outcome = await engine.render(s.yaml, `${s.name}.yaml`, { today: TODAY });
    if (!outcome.docx)
      throw new Error(`${s.name} (seed ${SEED}) did not render: ${JSON.stringify(outcome.diagnostics)}`);
    files[s.name] = join(dir, "docx", `${s.name}.docx`);
    writeFileSync(files[s.name], outcome.docx);
  }
}, 60000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe(`generated documents (seed ${SEED})`, () => {
  it("pass the OOXML schema validator", () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "test/support/ooxml-validate.mjs"), ...Object.values(files)],
      { cwd: ROOT, encoding: "utf8", timeout: 150000, maxBuffer: 64 << 20 },
    );
    if (r.status !== 0)
      throw new Error(`the OOXML validator did not run (exit ${r.status}): ${r.stderr || r.error}`);
    const results = JSON.parse(r.stdout) as Record<
      string,
      { description: string; path: { xpath: string; partUri: string } }[]
    >;
    const errors = Object.fromEntries(
      samples.map((s) => [
        s.name,
        (results[files[s.name]] ?? [{ description: "not validated" }]).map(
          (e) => `${e.path?.partUri} ${e.path?.xpath}: ${e.description}`,
        ),
      ]),
    );
    expect(errors).toEqual(Object.fromEntries(samples.map((s) => [s.name, []])));
  }, 160000);

  (hasSoffice || process.env.CI ? it : it.skip)(
    `open in LibreOffice, which prints each to a PDF with its text (${printable.length} of ${samples.length})`,
    () => {
      if (!hasSoffice)
        throw new Error(
          "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui and poppler-utils",
        );
      const pdfs = toPdf(
        printable.map((s) => files[s.name]),
        join(dir, "pdf"),
      );
      const missing: string[] = [];
      printable.forEach((s, i) => {
        const text = tool("pdftotext", "-layout", pdfs[i], "-").normalize("NFC");
        if (!text.includes(s.shows))
          missing.push(`${s.name}: no "${s.shows}" in ${JSON.stringify(text.slice(0, 200))}`);
      });
      expect(missing).toEqual([]);
    },
    200000,
  );
});

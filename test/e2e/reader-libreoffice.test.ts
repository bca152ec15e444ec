/**
 * The reader on documents another word processor saved: every sample in data/, rendered, saved
 * again by LibreOffice (`soffice --convert-to docx`, one call for all), reads as the same text —
 * every paragraph of the body, tables and notes in order — with the same paper and margins and a
 * page number in the header. LibreOffice rewrites nearly everything (style ids, fields as fldChar runs,
 * settings, numbering of notes), so this is the reader's test on a foreign producer.
 *
 * Needs soffice (.ci/run installs it). Without soffice the suite is skipped locally, with a
 * warning, and fails in CI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocx } from "../../src/ooxml/read-docx";
import type { ReadBlock, ReadRoot } from "../../src/ooxml/types";
import { convertWithLibreOffice, hasSoffice } from "../support/pdf";
import { plain } from "../support/read-tree";
import { rendered, sampleFiles, sampleName } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the reader's LibreOffice test is skipped");

/** Every paragraph's text in order (cells and notes included), non-empty, spaces squashed. */
function lines(tree: ReadRoot): string[] {
  const out: string[] = [];
  const walk = (blocks: ReadBlock[]) => {
    for (const b of blocks) {
      if (b.type === "table") for (const r of b.rows) for (const c of r.cells) walk(c.children);
      else if (b.type === "paragraph") {
        const text = plain(b.children.filter((c) => c.type !== "footnote"))
          .replace(/\u2011/g, "-")
          .replace(/\s+/g, " ")
          .trim();
        if (text) out.push(text);
        for (const c of b.children) if (c.type === "footnote") walk(c.children);
      }
    }
  };
  for (const s of tree.sections) walk(s.children);
  return out;
}

const samples = sampleFiles();

(hasSoffice || process.env.CI ? describe : describe.skip)("documents saved again by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    if (!hasSoffice) throw new Error("soffice (LibreOffice) is required in CI");
    dir = mkdtempSync(join(tmpdir(), "vanthu-reader-lo-"));
    const inputs: string[] = [];
    for (const f of samples) {
      const path = join(dir, "in", `${sampleName(f).replace(/\//g, "__")}.docx`);
      inputs.push(path);
    }
    spawnSync("mkdir", ["-p", join(dir, "in"), join(dir, "out")]);
    await Promise.all(samples.map(async (f, i) => writeFileSync(inputs[i], (await rendered(f)).bytes)));
    convertWithLibreOffice(inputs, join(dir, "out"), "docx", 300_000);
  }, 320_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(samples.map((f) => [sampleName(f), f]))(
    "%s reads as the same text, page and page number",
    async (name, file) => {
      const out = join(dir, "out", `${name.replace(/\//g, "__")}.docx`);
      expect(existsSync(out)).toBe(true);
      const original = readDocx((await rendered(file)).bytes, { file: "vanthu.docx" }).tree!;
      const saved = readDocx(readFileSync(out), { file: "libreoffice.docx" });
      expect(saved.diagnostics).toEqual([]);
      const tree = saved.tree!;
      expect(tree.application).toMatch(/LibreOffice/);
      expect(lines(tree)).toEqual(lines(original));
      // LibreOffice keeps the paper and margins; it writes its own footer distance and first-page
      // arrangement (page styles), so those are not compared.
      const page = (t: ReadRoot) =>
        t.sections.map(({ page: { width, height, orientation, margins: m } }) => ({
          width,
          height,
          orientation,
          margins: [m.top, m.bottom, m.left, m.right, m.header],
        }));
      expect(page(tree)).toEqual(page(original));
      // A page number in the header from page 2 on. LibreOffice turns a one-page section's first
      // page into its only page style (no titlePg, the empty first-page header as its default),
      // so a section with a different first page must number the others; one without, need not.
      expect(tree.sections).toHaveLength(original.sections.length);
      for (const s of tree.sections.filter((x) => x.page.titlePage)) {
        const header = (s.headers.default ?? []).flatMap((b) => (b.type === "paragraph" ? b.children : []));
        expect(header.map((c) => c.type)).toContain("pageNumber");
      }
      expect(tree.sections.some((x) => x.page.titlePage)).toBe(true);
    },
  );
});

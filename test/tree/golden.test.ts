/**
 * Golden files of the document tree: for every sample under data/ (subfolders included), the
 * tree that `vanthu render --tree` prints must equal test/fixtures/golden/<name>.tree.json.
 * A template, profile or Markdown change that moves any text, style or mark shows up here as a
 * readable JSON diff. After an intended change, regenerate with `UPDATE=1 npx jest` and review
 * the diff of the golden files before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { engine, ROOT, sampleFiles, sampleName, TODAY } from "../support/samples";

const GOLDEN = join(ROOT, "test/fixtures/golden");
const UPDATE = process.env.UPDATE === "1";
const goldenFile = (file: string) => join(GOLDEN, `${sampleName(file).replace(/\//g, "__")}.tree.json`);

const samples = sampleFiles();

describe("the document tree of each sample", () => {
  it("has at least the three Party samples to compare", () => {
    expect(samples.map(sampleName)).toEqual(
      expect.arrayContaining(["002-cong-van-1866-cv-tu", "003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"]),
    );
  });

  it.each(samples.map((f) => [sampleName(f), f]))("%s equals its golden file", async (_name, file) => {
    const text = readFileSync(file, "utf8");
    // A table from a workbook (```bang with tep) is read first, as `render` reads it.
    const workbooks = await engine.readWorkbooks(text, file);
    const outcome = engine.toTree(text, file, { today: TODAY, workbooks });
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const printed = JSON.stringify(outcome.tree, null, 2) + "\n";
    const golden = goldenFile(file);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, printed);
      return;
    }
    if (!existsSync(golden)) {
      throw new Error(
        `no golden file ${golden} for ${file}; run \`UPDATE=1 npx jest test/tree/golden.test.ts\`, check the new file by eye, and commit it`,
      );
    }
    expect(JSON.parse(printed)).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});

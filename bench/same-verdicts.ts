/**
 * The same outputs, diagnostics and duplicate-name verdicts whatever `--jobs` is: the batch of
 * unit reports (one broken) rendered with `--jobs 1` and on all cores, with the default names and
 * with `--ten-tep "{ngay}"` (every unit the same date: every name after the first clashes), and
 * the `--json` summaries compared, their timings aside.
 */
import { join } from "node:path";
import { runBatchDemo, type BatchReport } from "./batch-demo";

export interface SameVerdicts {
  units: number;
  /** Whether each pair of summaries is the same, by naming. */
  defaultNames: boolean;
  clashingNames: boolean;
  /** Files refused as clashing in the `{ngay}` run. */
  clashes: number;
}

const files = (r: BatchReport) => JSON.stringify(r.summary?.files ?? null);

export function measureSameVerdicts(dir: string, units: number, cores: number): SameVerdicts {
  const pair = (name: string, extra: string[]) =>
    [1, cores].map((jobs) =>
      runBatchDemo(join(dir, `${name}-${jobs}`), units, [...extra, "--jobs", String(jobs)]),
    );
  const [plainOne, plainAll] = pair("plain", []);
  const [clashOne, clashAll] = pair("clash", ["--ten-tep", "{ngay}"]);
  const clashes = (clashAll.summary?.files ?? []).filter((f) =>
    f.diagnostics.some((d) => d.code === "DUPLICATE_OUTPUT"),
  ).length;
  return {
    units,
    defaultNames: plainOne.summary !== undefined && files(plainOne) === files(plainAll),
    clashingNames: clashOne.summary !== undefined && files(clashOne) === files(clashAll),
    clashes,
  };
}

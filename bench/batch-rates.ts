/**
 * The batch rows of issue 14, each in a fresh process per round, rounds alternating them, all on
 * the same unit files (each inheriting the sample through `ke_thua`), node start to exit unless
 * said: `vanthu render` on all cores and with `--jobs 1`; in memory, warm-up excluded, the threads
 * the CLI runs (this thread and the workers: the rate to be within 15% of) and, beside them, as
 * many workers as cores; and the docxtemplater batch script (`docxtemplater-batch.ts`).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { writeUnits } from "./batch-demo";
import type { ChildResult } from "./child";
import { roundsByRow, runChild, type Row } from "./measure";

export interface BatchRates {
  units: number;
  /** Documents per second, median of rounds, and peak RSS MB, by row. */
  rows: Row[];
}

export const BATCH_ROWS = {
  cliAll: (cores: number) => `vanthu render, all ${cores} cores`,
  cliOne: "vanthu render --jobs 1",
  pool: (cores: number) => `worker pool in memory, ${cores} workers (warm)`,
  threads: (cores: number) =>
    `the CLI's ${cores} threads in memory (this thread + ${cores - 1} worker${cores > 2 ? "s" : ""}, warm)`,
  docxtemplater: "docxtemplater batch script, one process",
};

/** `dir`: where the units are written; `fixtures`: where `fixtures.ts` made the template. */
export function measureBatchRates(
  dir: string,
  fixtures: string,
  units: number,
  rounds: number,
  cores: number,
): BatchRates {
  writeUnits(dir, units, 0);
  const folder = join(dir, "in");
  const table = roundsByRow();
  for (let round = 1; round <= rounds; round++) {
    for (const jobs of [cores, 1]) {
      const out = join(dir, "out");
      rmSync(out, { recursive: true, force: true });
      const r = runChild<{ code: number; peakRssMB: number }>("cli-child", [
        folder,
        "-o",
        out,
        "-j",
        String(jobs),
      ]);
      if (r.code !== 0) throw new Error(`vanthu render exited ${r.code}`);
      table.add(
        jobs === 1 ? BATCH_ROWS.cliOne : BATCH_ROWS.cliAll(cores),
        units / r.wallSeconds,
        r.peakRssMB,
      );
    }
    const pool = runChild<ChildResult>("pool-child", [join(folder, "don-vi"), String(cores), "workers"]);
    table.add(BATCH_ROWS.pool(cores), pool.docsPerSecond, pool.peakRssMB);
    const threads = runChild<ChildResult>("pool-child", [join(folder, "don-vi"), String(cores), "threads"]);
    table.add(BATCH_ROWS.threads(cores), threads.docsPerSecond, threads.peakRssMB);
    const out = join(dir, "out-dt");
    rmSync(out, { recursive: true, force: true });
    const dt = runChild<{ written: number; peakRssMB: number }>("docxtemplater-batch", [
      folder,
      out,
      fixtures,
    ]);
    if (dt.written !== units) throw new Error(`the docxtemplater script wrote ${dt.written} of ${units}`);
    table.add(BATCH_ROWS.docxtemplater, units / dt.wallSeconds, dt.peakRssMB);
  }
  return {
    units,
    rows: table.rows(),
  };
}

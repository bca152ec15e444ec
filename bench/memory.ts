/**
 * Peak RSS at 200 and at 2,000 documents (median of 3 processes each): vanthu's engine in one
 * process, and `vanthu render` on all cores over unit files that inherit the sample (`ke_thua`);
 * and `vanthu render _chung.yaml --du-lieu` over a sheet of 200, 2,000 and 5,000 rows (the same
 * units as rows of an .xlsx), held to the same bound as the unit files.
 */
import { join } from "node:path";
import { writeSheet, writeUnits } from "./batch-demo";
import type { ChildResult } from "./child";
import { median, runChild } from "./measure";

export interface Memory {
  engine: [number, number];
  cli: [number, number];
  /** Peak RSS for a sheet of SHEET_SIZES rows. */
  sheet: number[];
}

export const SIZES = [200, 2000] as const;
export const SHEET_SIZES = [200, 2000, 5000] as const;
/** Processes per size (BENCH_MEMORY_RUNS, default 3): the median is reported. */
const RUNS = [...Array(Number(process.env.BENCH_MEMORY_RUNS ?? 3)).keys()];
/**
 * Processes per sheet size (BENCH_SHEET_RUNS, default 1): the 5,000-row sheet alone is a few
 * minutes of the bench, and its row is issue 17's, not one of issue 14's targets.
 */
export const SHEET_RUNS = Number(process.env.BENCH_SHEET_RUNS ?? 3);

export async function measureMemory(dir: string): Promise<Memory> {
  const engine = (n: number) =>
    median(RUNS.map(() => runChild<ChildResult>("child", ["vanthu", String(n), dir]).peakRssMB));
  const cli = (n: number) => {
    const d = join(dir, `units-${n}`);
    writeUnits(d, n, 0);
    return median(
      RUNS.map(
        () => runChild<{ peakRssMB: number }>("cli-child", [join(d, "in"), "-o", join(d, "out")]).peakRssMB,
      ),
    );
  };
  const sheet = async (n: number) => {
    const d = join(dir, `sheet-${n}`);
    const { base, sheet } = await writeSheet(d, n);
    return median(
      [...Array(SHEET_RUNS).keys()].map(
        () =>
          runChild<{ peakRssMB: number }>("cli-child", [base, "--du-lieu", sheet, "-o", join(d, "out")])
            .peakRssMB,
      ),
    );
  };
  const sheets: number[] = [];
  for (const n of SHEET_SIZES) sheets.push(await sheet(n));
  return {
    engine: [engine(SIZES[0]), engine(SIZES[1])],
    cli: [cli(SIZES[0]), cli(SIZES[1])],
    sheet: sheets,
  };
}

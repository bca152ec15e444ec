/** Running a bench step in a fresh Node process, and the median of several. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One row of a rate table: documents per second (median, slowest and fastest round) and median peak RSS. */
export interface Row {
  name: string;
  docsPerSecond: number;
  min: number;
  max: number;
  peakRssMB: number;
}

/** Rounds gathered by row name, in the order rows first appear; `rows()` gives the medians. */
export function roundsByRow() {
  const runs = new Map<string, { dps: number[]; rss: number[] }>();
  return {
    add(name: string, docsPerSecond: number, peakRssMB: number): void {
      const r = runs.get(name) ?? runs.set(name, { dps: [], rss: [] }).get(name)!;
      r.dps.push(docsPerSecond);
      r.rss.push(peakRssMB);
    },
    rows: (): Row[] =>
      [...runs].map(([name, r]) => ({
        name,
        docsPerSecond: median(r.dps),
        min: Math.min(...r.dps),
        max: Math.max(...r.dps),
        peakRssMB: median(r.rss),
      })),
  };
}

/** Runs `dist/bench/<script>.js args…`; its last stdout line is JSON. Also the wall time, node start to exit. */
export function runChild<T>(
  script: string,
  args: readonly string[],
  cwd?: string,
): T & { wallSeconds: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(__dirname, `${script}.js`), ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && !r.stdout.trim())
    throw new Error(`${script} ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return { ...lastJson<T>(r.stdout), wallSeconds };
}

/** A bench child's result: the last line of what it printed, as JSON. */
export const lastJson = <T>(stdout: string): T => JSON.parse(stdout.trim().split("\n").at(-1)!) as T;

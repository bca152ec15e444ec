/**
 * Documents per second, each engine in a fresh process per round, rounds alternating engines:
 * vanthu's engine, docxtemplater and the floors in memory (`child.ts`); vanthu's batch workers
 * on all cores (`pool-child.ts`, warm-up excluded like the others); and the real `vanthu render`
 * on all cores and on one (`cli-child.ts`: process start, reading YAML and writing .docx
 * included) over N copies of the sample on disk.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildResult } from "./child";
import type { EngineName } from "./engines";
import { median, runChild } from "./measure";
import { sourceOf } from "./sample";

export interface Row {
  name: string;
  /** Median, slowest and fastest round. */
  docsPerSecond: number;
  min: number;
  max: number;
  peakRssMB: number;
}

export const ROWS = {
  engine: "vanthu, one process (engine)",
  pool: (cores: number) => `vanthu, all ${cores} cores (worker pool)`,
  cliAll: (cores: number) => `vanthu render, all ${cores} cores (CLI)`,
  cliOne: "vanthu render --jobs 1 (CLI)",
};

export function measureThroughput(
  dir: string,
  n: number,
  rounds: number,
  cores: number,
  onRound: (round: number) => void,
): Row[] {
  mkdirSync(join(dir, "copies"), { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `copies/${String(i).padStart(5, "0")}.yaml`), sourceOf(i));
  const runs = new Map<string, { dps: number[]; rss: number[] }>();
  const add = (name: string, dps: number, rss: number) => {
    const r = runs.get(name) ?? runs.set(name, { dps: [], rss: [] }).get(name)!;
    r.dps.push(dps);
    r.rss.push(rss);
  };
  for (let round = 1; round <= rounds; round++) {
    for (const name of ["vanthu", "docxtemplater", "floor", "floor-native"] as EngineName[]) {
      const r = runChild<ChildResult>("child", [name, String(n), dir]);
      add(name === "vanthu" ? ROWS.engine : name, r.docsPerSecond, r.peakRssMB);
    }
    const pool = runChild<ChildResult>("pool-child", [join(dir, "copies"), String(cores)]);
    add(ROWS.pool(cores), pool.docsPerSecond, pool.peakRssMB);
    for (const jobs of [cores, 1]) {
      const out = join(dir, `out-${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const r = runChild<{ code: number; peakRssMB: number }>("cli-child", [
        join(dir, "copies"),
        "-o",
        out,
        "-j",
        String(jobs),
      ]);
      if (r.code !== 0) throw new Error(`vanthu render exited ${r.code}`);
      add(jobs === 1 ? ROWS.cliOne : ROWS.cliAll(cores), n / r.wallSeconds, r.peakRssMB);
    }
    onRound(round);
  }
  return [...runs].map(([name, r]) => ({
    name,
    docsPerSecond: median(r.dps),
    min: Math.min(...r.dps),
    max: Math.max(...r.dps),
    peakRssMB: median(r.rss),
  }));
}

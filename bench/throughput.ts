/**
 * Documents per second in memory, each engine in a fresh process per round, rounds alternating
 * engines: vanthu's engine, docxtemplater and the floors (`child.ts`), and `cores` of vanthu's
 * engine processes at once (`together-child.ts`: what these cores give to work that shares
 * nothing, the ceiling of any batch on them). The batch rows (the real
 * `vanthu render`, the worker pool, the docxtemplater script) are `batch-rates.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildResult } from "./child";
import type { EngineName } from "./engines";
import { roundsByRow, runChild, type Row } from "./measure";
import { sourceOf } from "./sample";

export const ROWS = {
  engine: "vanthu, one process (engine)",
  together: (cores: number) => `vanthu, ${cores} such processes at once (summed; the machine's ceiling)`,
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
  const table = roundsByRow();
  for (let round = 1; round <= rounds; round++) {
    for (const name of ["vanthu", "docxtemplater", "floor", "floor-native"] as EngineName[]) {
      const r = runChild<ChildResult>("child", [name, String(n), dir]);
      table.add(name === "vanthu" ? ROWS.engine : name, r.docsPerSecond, r.peakRssMB);
    }
    const together = runChild<{ docsPerSecond: number; peakRssMB: number }>("together-child", [
      "vanthu",
      String(n),
      dir,
      String(cores),
    ]);
    table.add(ROWS.together(cores), together.docsPerSecond, together.peakRssMB);
    onRound(round);
  }
  return table.rows();
}

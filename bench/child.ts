/**
 * One measurement in a fresh process: `node dist/bench/child.js <engine> <N> <fixtures dir>`.
 * Makes one document (the cold first), then N more, and prints one JSON line: documents per
 * second over the N, the first document's time, and the process's peak RSS.
 */
import { engine, type EngineName } from "./engines";

export interface ChildResult {
  engine: string;
  n: number;
  docsPerSecond: number;
  firstMs: number;
  bytes: number;
  peakRssMB: number;
}

async function main() {
  const [name, n, dir] = process.argv.slice(2);
  const N = Number(n);
  const generate = await engine(name as EngineName, dir);
  const t0 = performance.now();
  const first = await generate(0);
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 1; i <= N; i++) await generate(i);
  const seconds = (performance.now() - t1) / 1000;
  const result: ChildResult = {
    engine: name,
    n: N,
    docsPerSecond: N / seconds,
    firstMs,
    bytes: first.length,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${String(e?.stack ?? e)}\n`);
  process.exitCode = 1;
});

/**
 * vanthu on all cores in memory, measured like the one-process engine: `node dist/bench/pool-child.js
 * <copies dir> <workers>` runs the real batch workers (src/cli/batch/pool.ts and worker.ts: each
 * reads its YAML, renders, transfers the .docx back) and times the documents that finish after
 * every worker has made its first (cold) one. Nothing is written. Prints one JSON line.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runInWorkers } from "../src/cli/batch/pool";
import { DEFAULT_TEMPLATES } from "../src/resources";

const [dir, workers] = process.argv.slice(2);
const size = Number(workers);
const jobs = readdirSync(dir)
  .sort()
  .map((f, id) => ({ id, file: join(dir, f), name: f }));
const firstOf = new Set<number>();
let warmAt = 0;
let after = 0;
let bytes = 0;
const entry = join(__dirname, "../src/cli/batch/worker.js");

runInWorkers(entry, jobs, size, { templates: DEFAULT_TEMPLATES, profiles: [] }, (r) => {
  if (!r.docx) throw new Error(JSON.stringify(r.diagnostics));
  bytes = r.docx.length;
  if (warmAt) after++;
  else if (firstOf.add(r.id).size >= size) warmAt = performance.now();
}).then(() => {
  const seconds = (performance.now() - warmAt) / 1000;
  process.stdout.write(
    JSON.stringify({
      engine: `pool-${size}`,
      n: after,
      docsPerSecond: after / seconds,
      firstMs: 0,
      bytes,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }) + "\n",
  );
});

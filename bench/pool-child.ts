/**
 * vanthu on all cores in memory, measured like the one-process engine: `node
 * dist/bench/pool-child.js <copies dir> <threads> <workers|threads>` runs the real batch machinery
 * and times the documents that finish after the first `<threads>` (each thread's cold first one).
 * Nothing is written. Prints one JSON line.
 * - `workers`: `<threads>` batch workers (src/cli/batch/pool.ts and worker.ts: each reads its YAML,
 *   renders, transfers the .docx back);
 * - `threads`: what `vanthu render` runs on `<threads>` threads (src/cli/batch/run-jobs.ts: this
 *   thread, with its engine, and `<threads> − 1` workers, all taking from one queue).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { JobResult } from "../src/cli/batch/job";
import { runInWorkers } from "../src/cli/batch/pool";
import { runJobs } from "../src/cli/batch/run-jobs";
import { createEngine } from "../src/engine";
import { DEFAULT_TEMPLATES, loadResources } from "../src/resources";

const [dir, threads, mode] = process.argv.slice(2);
const size = Number(threads);
const jobs = readdirSync(dir)
  .sort()
  .map((f, id) => ({ id, file: join(dir, f), name: f }));
const settings = { templates: DEFAULT_TEMPLATES, profiles: [] };
let seen = 0;
let warmAt = 0;
let after = 0;
let bytes = 0;
const onResult = (r: JobResult) => {
  if (!r.docx) throw new Error(JSON.stringify(r.diagnostics));
  bytes = r.docx.length;
  if (warmAt) after++;
  else if (++seen >= size) warmAt = performance.now();
};

const run =
  mode === "threads"
    ? runJobs(jobs, size, createEngine(loadResources()), settings, onResult)
    : runInWorkers(join(__dirname, "../src/cli/batch/worker.js"), jobs, size, settings, onResult);
void run.then(() => {
  const seconds = (performance.now() - warmAt) / 1000;
  process.stdout.write(
    JSON.stringify({
      engine: `${mode}-${size}`,
      n: after,
      docsPerSecond: after / seconds,
      firstMs: 0,
      bytes,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }) + "\n",
  );
});

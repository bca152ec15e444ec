/**
 * Runs a batch's jobs: in this thread for one job or `--jobs 1` (no worker start-up, which keeps a
 * single document fast from a cold start); with `size` threads, in this thread and on `size - 1`
 * workers, all taking from one queue — this thread's engine is already loaded, and one worker
 * fewer is one start-up, one warm-up and one heap fewer. In this thread the loop gives the event
 * loop a turn before each job and before passing each result on, so the workers' results are taken
 * between two documents, Ctrl+C (`signal`) is heard between two files, and a document rendered
 * after it is not passed on (not written).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "../../engine";
import { createJobRunner, type Job, type JobResult } from "./job";
import { jobQueue, type JobQueue } from "./job-queue";
import type { WorkerSettings } from "./worker";

/**
 * The compiled worker entry (`worker-start.ts`): beside this file (tsc's dist/src/cli/batch), or
 * in ../batch seen from the bundled render command (dist/src/cli/commands/render.js); absent when
 * running from TypeScript sources (then: this thread).
 */
const WORKER = [join(__dirname, "worker-start.js"), join(__dirname, "../batch/worker-start.js")].find((f) =>
  existsSync(f),
);

export async function runJobs(
  jobs: readonly Job[],
  size: number,
  engine: Engine,
  settings: WorkerSettings,
  onResult: (r: JobResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  const queue = jobQueue(jobs);
  if (size > 1 && jobs.length > 1 && WORKER) {
    const workers = Math.min(size, jobs.length) - 1;
    // Loaded here: a one-document start needs no worker_threads.
    const { runInWorkers } = require("./pool") as typeof import("./pool");
    let running!: () => void;
    const workersRun = new Promise<void>((resolve) => (running = resolve));
    const pool = runInWorkers(WORKER, queue, workers, settings, onResult, { signal, running });
    // This thread renders once they run: until then, its young generation cannot be held
    // (../../young-generation.ts), and its first documents would make it grow.
    await workersRun;
    await runHere(queue, engine, settings, onResult, signal);
    return pool;
  }
  return runHere(queue, engine, settings, onResult, signal);
}

async function runHere(
  queue: JobQueue,
  engine: Engine,
  settings: WorkerSettings,
  onResult: (r: JobResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  const run = createJobRunner(engine, settings);
  for (;;) {
    await turn();
    if (signal?.aborted) return;
    const job = queue.take();
    if (!job) return;
    const result = await run(job);
    await turn();
    if (signal?.aborted) return;
    onResult(result);
  }
}

/** One turn of the event loop: signals (SIGINT) and I/O callbacks run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

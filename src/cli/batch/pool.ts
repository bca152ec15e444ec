/**
 * Running jobs on worker threads: `size` workers take jobs from a queue (which the main thread
 * may take from too), each kept four jobs ahead so it never waits for the main thread (busy rendering its own); results
 * come back in completion order. A worker that dies fails only the jobs it held (INTERNAL_ERROR)
 * and is replaced while restarts last; when none can be, the jobs left fail the same way. Done
 * when the queue is empty and no worker holds a job.
 */
import { Worker } from "node:worker_threads";
import { internalError } from "../../diagnostic";
import type { Job, JobResult } from "./job";
import { jobQueue, type JobQueue } from "./job-queue";
import type { WorkerSettings } from "./worker";
import { holdYoung, startYoungAtCap, YOUNG_MB } from "../../young-generation";

const AHEAD = 4;
/**
 * Each worker's heap cap: a runaway document fails alone (its worker is replaced) instead of exhausting the
 * machine.
 */
export const WORKER_HEAP_MB = 1024;

export interface PoolOptions {
  signal?: AbortSignal;
  /** Called once every worker started so far runs (or has failed to start), or the pool is done. */
  running?: () => void;
}

export function runInWorkers(
  entry: string,
  jobs: readonly Job[] | JobQueue,
  size: number,
  settings: WorkerSettings,
  onResult: (r: JobResult) => void,
  { signal, running }: PoolOptions = {},
): Promise<void> {
  const queue = "take" in jobs ? jobs : jobQueue(jobs);
  return new Promise((resolveAll) => {
    let closed = false;
    let restarts = size;
    const held = new Map<Worker, Map<number, Job>>();
    const booting = new Set<Worker>();
    const booted = (w: Worker) => {
      if (booting.delete(w) && !booting.size) running?.();
    };

    // Once done (or stopped), results still in flight are dropped: nothing is written after the summary.
    const done = () => {
      if (closed) return;
      closed = true;
      for (const w of held.keys()) void w.terminate();
      held.clear();
      booting.clear();
      running?.();
      resolveAll();
    };
    const finishedAll = () => queue.empty && [...held.values()].every((mine) => mine.size === 0);
    const deliver = (r: JobResult) => {
      if (closed) return;
      onResult(r);
    };
    const feed = (w: Worker) => {
      const mine = held.get(w)!;
      while (mine.size < AHEAD && !signal?.aborted) {
        const job = queue.take();
        if (!job) break;
        mine.set(job.id, job);
        w.postMessage(job);
      }
    };
    const failed = (job: Job, why: string, what: string): JobResult => ({
      id: job.id,
      diagnostics: [internalError(why, job.file, "render", what)],
    });
    const lost = (w: Worker, why: string) => {
      const mine = held.get(w);
      if (!mine) return;
      held.delete(w);
      booted(w);
      void w.terminate();
      for (const job of mine.values()) deliver(failed(job, why, "luồng xử lý dừng bất thường"));
      if (!queue.empty && !signal?.aborted) {
        if (restarts-- > 0) start();
        else if (!held.size)
          for (let job = queue.take(); job; job = queue.take())
            deliver(failed(job, why, "không chạy được luồng xử lý"));
      }
      if (finishedAll()) done();
    };
    const start = () => {
      startYoungAtCap();
      const w = new Worker(entry, {
        workerData: settings,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB },
      });
      held.set(w, new Map());
      booting.add(w);
      // Its start undid the hold on this thread's young generation (../../young-generation.ts).
      w.once("online", () => {
        holdYoung();
        booted(w);
      });
      w.on("message", (r: JobResult) => {
        held.get(w)?.delete(r.id);
        deliver(r);
        if (held.has(w)) feed(w);
        if (finishedAll()) done();
      });
      w.on("error", (e: NodeJS.ErrnoException) =>
        lost(
          w,
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `vượt giới hạn bộ nhớ ${WORKER_HEAP_MB} MB; văn bản quá lớn?`
            : String(e),
        ),
      );
      w.on("exit", (code) => lost(w, `mã ${code}`));
      feed(w);
    };

    signal?.addEventListener("abort", done, { once: true });
    if (queue.empty || size < 1) return done();
    for (let i = 0; i < size && !queue.empty; i++) start();
    if (finishedAll()) done();
  });
}

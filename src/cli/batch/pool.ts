/**
 * Running jobs on worker threads: `size` workers, each kept two jobs ahead so it never waits for
 * the main thread; results come back in completion order. A worker that dies fails only the jobs
 * it held (INTERNAL_ERROR) and is replaced while restarts last.
 */
import { Worker } from "node:worker_threads";
import { internalError } from "../../diagnostic";
import type { Job, JobResult } from "./job";
import type { WorkerSettings } from "./worker";

const AHEAD = 2;
/**
 * Each worker's heap cap: a runaway document fails alone (its worker is replaced) instead of exhausting the
 * machine.
 */
export const WORKER_HEAP_MB = 1024;

export function runInWorkers(
  entry: string,
  jobs: readonly Job[],
  size: number,
  settings: WorkerSettings,
  onResult: (r: JobResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolveAll) => {
    let next = 0;
    let finished = 0;
    let closed = false;
    let restarts = size;
    const held = new Map<Worker, Set<number>>();
    const byId = new Map(jobs.map((j) => [j.id, j]));

    // Once done (or stopped), results still in flight are dropped: nothing is written after the summary.
    const done = () => {
      closed = true;
      for (const w of held.keys()) void w.terminate();
      held.clear();
      resolveAll();
    };
    const deliver = (r: JobResult) => {
      if (closed) return;
      finished++;
      onResult(r);
      if (finished === jobs.length) done();
    };
    const feed = (w: Worker) => {
      const mine = held.get(w)!;
      while (mine.size < AHEAD && next < jobs.length && !signal?.aborted) {
        const job = jobs[next++];
        mine.add(job.id);
        w.postMessage(job);
      }
    };
    const lost = (w: Worker, why: string) => {
      const mine = held.get(w);
      if (!mine) return;
      held.delete(w);
      void w.terminate();
      for (const id of mine)
        deliver({
          id,
          diagnostics: [internalError(why, byId.get(id)!.file, "render", "luồng xử lý dừng bất thường")],
        });
      if (next < jobs.length && !signal?.aborted) {
        if (restarts-- > 0) start();
        else if (!held.size)
          while (next < jobs.length)
            deliver({
              id: jobs[next].id,
              diagnostics: [internalError(why, jobs[next++].file, "render", "không chạy được luồng xử lý")],
            });
      }
    };
    const start = () => {
      const w = new Worker(entry, {
        workerData: settings,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      held.set(w, new Set());
      w.on("message", (r: JobResult) => {
        held.get(w)?.delete(r.id);
        deliver(r);
        if (held.has(w)) feed(w);
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
    if (!jobs.length) return done();
    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}

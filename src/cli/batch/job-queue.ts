/**
 * The jobs of a batch not yet taken, in input order, shared by whoever renders them: the worker
 * pool and, beside it, the main thread itself.
 */
import type { Job } from "./job";

export interface JobQueue {
  /** The next job, or undefined when every job has been taken. */
  take(): Job | undefined;
  readonly empty: boolean;
}

export function jobQueue(jobs: readonly Job[]): JobQueue {
  let next = 0;
  return {
    take: () => (next < jobs.length ? jobs[next++] : undefined),
    get empty() {
      return next >= jobs.length;
    },
  };
}

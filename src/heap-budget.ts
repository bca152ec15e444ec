/**
 * Memory kept to what a few documents need, however many documents a long-lived engine or a
 * batch makes. Left to V8, peak memory grew with their number though nothing was kept:
 * - the old generation, where a document's survivors end up, was let grow between two full
 *   collections by up to four times what was live at the last one — or not, by V8's guess of the
 *   moment: the same 2,000 documents peaked at 155 MB or at 228 MB;
 * - the .docx bytes a thread lets go of (written, or sent on to the main thread) lie outside the
 *   heap, where V8 hardly counts them: the main thread of a batch on workers, allocating little
 *   itself, kept hundreds of received documents' bytes until a rare collection.
 * So after each document a budget is asked: once the old generation has grown `growthMb` past
 * what the last full collection left, or the thread has let go of `releasedMb` of bytes, it makes a
 * full collection (some 10–20 ms; with the budgets below, once per one to several hundred documents).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const GROWTH_BUDGET_MB = 32;
/**
 * A full collection costs a batch more than its pause (some 0.1–0.2 s of a 1,000-document batch
 * each, measured): 8 MB keeps a 5,000-row sheet within the bench's bound (1.2× a 200-row run's
 * peak) with a margin, 16 MB only just, for a few per cent less time.
 */
export const RELEASED_BUDGET_MB = 8;

let collector: (() => void) | undefined;

/** V8's full collection, asked for the way `--expose-gc` offers it. */
function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collector();
}

const OLD = new Set(["old_space", "code_space", "large_object_space", "code_large_object_space"]);

/** What the old generation holds now, in bytes. */
function oldGeneration(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (OLD.has(space.space_name)) used += space.space_used_size;
  return used;
}

export interface HeapBudget {
  /** Growth of the old generation allowed between two full collections. */
  growthMb?: number;
  /** Bytes let go of allowed between two full collections. */
  releasedMb?: number;
}

/** Call the result after each document, with the bytes this thread let go of (if any). */
export function createHeapBudget({ growthMb, releasedMb }: HeapBudget): (released?: number) => void {
  const MB = 1024 * 1024;
  let released = 0;
  let after = oldGeneration();
  return (bytes = 0) => {
    released += bytes;
    const grown = growthMb !== undefined && oldGeneration() - after >= growthMb * MB;
    if (!grown && !(releasedMb !== undefined && released >= releasedMb * MB)) return;
    collectGarbage();
    released = 0;
    after = oldGeneration();
  };
}

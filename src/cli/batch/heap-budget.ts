/**
 * A batch's memory kept to what a few documents need, however many documents it has. A thread
 * that lets go of a document's .docx bytes (written, or sent on to the main thread) leaves them
 * to V8, which sees little of them (they lie outside its heap) and, in a thread that allocates
 * little itself such as the main thread of a batch on workers, collected them only after hundreds
 * of documents: peak memory grew with the batch's length (1.25× from 200 to 2,000 documents),
 * though nothing was kept. So each thread makes a full collection once it has let go of
 * RELEASED_BUDGET_MB since the last one (some 600 documents of the bench's 15 pages; a
 * collection costs some 15 ms).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const RELEASED_BUDGET_MB = 16;

let collector: (() => void) | undefined;

/** V8's full collection, asked for the way `--expose-gc` offers it. */
export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collector();
}

/** Call the result with the bytes of each document this thread lets go of. */
export function createHeapBudget(budgetMb = RELEASED_BUDGET_MB): (released?: number) => void {
  let released = 0;
  return (bytes = 0) => {
    released += bytes;
    if (released < budgetMb * 1024 * 1024) return;
    released = 0;
    collectGarbage();
  };
}

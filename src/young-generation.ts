/**
 * Every thread's young generation (V8's new space, where a document's short-lived data is made)
 * kept at one size over a batch of any length. V8 grows a young generation by doubling its
 * semi-spaces as data survives, up to a cap: a worker's cap is its `resourceLimits`, but the main
 * thread's is fixed when the process starts (16 MB semi-spaces, twice a worker's), and it reached
 * it in long batches — so peak memory rose with the batch's length though no document needs
 * that much.
 * - A worker starts at its cap (`--min-semi-space-size`, read when a worker's heap is made), so it
 *   never needs to grow.
 * - The main thread, once its semi-spaces are as large as a worker's, grows no further
 *   (`--semi-space-growth-factor=1`).
 * Both are process-wide V8 flags, and a worker's start undoes the hold (Node sets V8's flags again
 * as it starts one): so the first is said before each worker starts, and the hold again once each
 * worker runs and after each document.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/**
 * Each thread's young generation: a document's short-lived data fits well within it; smaller
 * made threads collect more often for no gain (measured).
 */
export const YOUNG_MB = 24;

/** V8 splits a young generation in three: two semi-spaces and the space for large young objects. */
const SEMI_SPACE_MB = Math.floor(YOUNG_MB / 3);

/** Before starting a worker (its young generation capped at `YOUNG_MB`): start it at the cap. */
export function startYoungAtCap(): void {
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
}

/** This thread's two semi-spaces, as large as they are now, in bytes. */
export function youngGeneration(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
}

/**
 * In the main thread, after each document (or each part of a long read): once its semi-spaces are
 * as large as a worker's, they grow no further.
 */
export function holdYoung(measure = youngGeneration): void {
  if (measure() >= 2 * SEMI_SPACE_MB * 1024 * 1024) setFlagsFromString("--semi-space-growth-factor=1");
}

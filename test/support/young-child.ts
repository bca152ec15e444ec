/**
 * V8's flags are the whole process's, so tests of src/young-generation.ts run in a fresh Node:
 * `body` runs with the built module as `young`, `churn(steps, hold)` (short-lived data, with
 * `young.holdYoung()` between steps when `hold`), `grow()` (churns, holding, until this thread's
 * young generation is as large as a worker's: how soon V8 grows it varies with the machine's load)
 * and `done(value)` printing its result.
 */
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root";
import { nodeOutput } from "./node-child";

/** A worker's two semi-spaces at its cap (a third of its 24 MB young generation each), in bytes. */
export const WORKER_SEMI_SPACES = 16 * 1024 * 1024;

/** What `body` passed to `done`. */
export function inYoungChild(body: string): string {
  const script = `
    const young = require(${JSON.stringify(join(PACKAGE_ROOT, "dist/src/young-generation.js"))});
    const churn = (steps, hold) => {
      for (let s = 0; s < steps; s++) {
        let keep = [];
        for (let i = 0; i < 100000; i++) keep.push({ i, text: "x" + i });
        if (hold) young.holdYoung();
      }
    };
    const grow = () => {
      for (let s = 0; s < 1000 && young.youngGeneration() < ${WORKER_SEMI_SPACES}; s++) churn(1, true);
      if (young.youngGeneration() !== ${WORKER_SEMI_SPACES}) throw new Error("young generation " + young.youngGeneration());
    };
    const done = (value) => { process.stdout.write(String(value)); process.exit(0); };
    ${body}`;
  return nodeOutput(["-e", script], 60000);
}

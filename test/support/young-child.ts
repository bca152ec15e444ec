/**
 * V8's flags are the whole process's, so tests of src/young-generation.ts run in a fresh Node:
 * `body` runs with the built module as `young`, `churn(steps, hold)` (short-lived data, with
 * `young.holdYoung()` between steps when `hold`), and `done(value)` printing its result.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");

/** What `body` passed to `done`. */
export function inYoungChild(body: string): string {
  const script = `
    const young = require(${JSON.stringify(join(ROOT, "dist/src/young-generation.js"))});
    const churn = (steps, hold) => {
      for (let s = 0; s < steps; s++) {
        let keep = [];
        for (let i = 0; i < 100000; i++) keep.push({ i, text: "x" + i });
        if (hold) young.holdYoung();
      }
    };
    const done = (value) => { process.stdout.write(String(value)); process.exit(0); };
    ${body}`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60000 });
  expect(r.stderr).toBe("");
  return r.stdout;
}

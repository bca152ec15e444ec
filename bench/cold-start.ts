/** `vanthu render` of the sample alone, node start to exit (median of 5): what one user waits for. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "./measure";
import { ROOT, SAMPLE } from "./sample";

export function measureColdStart(dir: string): number {
  const cli = join(ROOT, "dist/src/cli/main.js");
  return median(
    [1, 2, 3, 4, 5].map(() => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, "render", SAMPLE, "-o", join(dir, "cold")], {
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(r.stderr);
      return (performance.now() - t0) / 1000;
    }),
  );
}

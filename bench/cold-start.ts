/**
 * Start-up, node start to exit, side by side (the commands alternate, `rounds` each, median):
 * `node -e ""` (the floor: Node itself), `vanthu --version`, `vanthu --help`, and `vanthu render`
 * of one document alone — what one user waits for: the công văn (`data/002-…`, the
 * target row) and the bench's 15-page Báo cáo (`data/003-…`, for scale).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "./measure";
import { ROOT, SAMPLE } from "./sample";

export interface ColdStart {
  node: number;
  version: number;
  help: number;
  /** `vanthu render data/002-…` (the công văn the issue measured). */
  render: number;
  /** `vanthu render data/003-…` (the bench's long Báo cáo). */
  renderLong: number;
}

/** The document of the cold-start row. */
export const COLD_SAMPLE = join(ROOT, "data/002-cong-van-1866-cv-tu.yaml");

export function measureColdStart(dir: string, rounds = 7): ColdStart {
  const cli = join(ROOT, "dist/src/cli/main.js");
  const commands: Record<keyof ColdStart, string[]> = {
    node: ["-e", ""],
    version: [cli, "--version"],
    help: [cli, "--help"],
    render: [cli, "render", COLD_SAMPLE, "-o", join(dir, "cold")],
    renderLong: [cli, "render", SAMPLE, "-o", join(dir, "cold")],
  };
  const times: Record<string, number[]> = { node: [], version: [], help: [], render: [], renderLong: [] };
  for (let i = 0; i < rounds; i++)
    for (const [name, args] of Object.entries(commands)) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
      times[name].push((performance.now() - t0) / 1000);
    }
  return {
    node: median(times.node),
    version: median(times.version),
    help: median(times.help),
    render: median(times.render),
    renderLong: median(times.renderLong),
  };
}

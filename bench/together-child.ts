/**
 * What the machine gives to independent work on all its cores: `node dist/bench/together-child.js
 * <engine> <N> <fixtures dir> <count>` starts `count` measurements (`child.ts`) at once, each a
 * process of its own sharing nothing, and prints their summed documents per second and the
 * largest peak RSS. Beside one process alone, the ceiling no batch on these cores can pass.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { ChildResult } from "./child";
import { lastJson } from "./measure";

function one(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, "child.js"), ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("close", (code) =>
      code === 0 ? resolve(lastJson<ChildResult>(out)) : reject(new Error(`child.js ${code}`)),
    );
  });
}

const [name, n, dir, count] = process.argv.slice(2);
void Promise.all([...Array(Number(count)).keys()].map(() => one([name, n, dir]))).then((results) =>
  process.stdout.write(
    JSON.stringify({
      docsPerSecond: results.reduce((sum, r) => sum + r.docsPerSecond, 0),
      peakRssMB: Math.max(...results.map((r) => r.peakRssMB)),
    }) + "\n",
  ),
);

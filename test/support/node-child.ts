/** A script run in a fresh Node: what it prints, once it printed nothing else and ended well. */
import { spawnSync } from "node:child_process";

/** The stdout of `node <args>`; its stderr must be empty and its exit code 0. */
export function nodeOutput(args: string[], timeout?: number): string {
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** What `node <args>` prints as JSON (see `nodeOutput`). */
export const nodeJson = <T>(args: string[]): T => JSON.parse(nodeOutput(args)) as T;

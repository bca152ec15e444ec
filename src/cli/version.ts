/**
 * vanthu's own version, from its package.json (found upward from this file: from src/cli in a
 * clone, dist/src/cli once built, or wherever a bundler puts it), never the current folder's.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export function ownVersion(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "vanthu" && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return "không rõ";
  }
}

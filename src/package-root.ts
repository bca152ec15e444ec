/**
 * vanthu's own package folder (where its package.json, templates/ and data/ are): the nearest
 * folder above this file whose package.json is vanthu's — from src/, from tsc's dist/src/, or from
 * a bundle in dist/src/cli/ — never the current folder's.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const isVanthu = (dir: string): boolean => {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "vanthu";
  } catch {
    return false;
  }
};

function find(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (isVanthu(dir)) return dir;
    if (dirname(dir) === dir) return join(from, "../..");
  }
}

export const PACKAGE_ROOT = find(__dirname);

/**
 * Writing outputs safely: never outside the output folder, and atomically (a temporary file in
 * the same folder, then a rename), so an interrupted run never leaves a broken .docx and an
 * existing file is replaced only by a complete one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, isAbsolute } from "node:path";

/** `name` resolved inside `outDir`, or undefined when it would leave it. */
export function outputPath(outDir: string, name: string, ext: string): string | undefined {
  const root = resolve(outDir);
  const target = resolve(root, name + ext);
  const rel = relative(root, target);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? target : undefined;
}

export function writeAtomic(target: string, bytes: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

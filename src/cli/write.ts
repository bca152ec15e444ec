/**
 * Writing outputs safely: never outside the output folder, and atomically (a temporary file in
 * the same folder, then a rename), so an interrupted run never leaves a broken .docx and an
 * existing file is replaced only by a complete one.
 */
import * as nodeFs from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** `name` resolved inside `outDir`, or undefined when it would leave it (a name such as "..ban" stays inside). */
export function outputPath(outDir: string, name: string, ext: string): string | undefined {
  const root = resolve(outDir);
  const target = resolve(root, name + ext);
  const rel = relative(root, target);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? undefined : target;
}

/** The file system calls `writeAtomic` makes (a parameter, so a test can make one fail). */
export type WriteFs = Pick<typeof nodeFs, "mkdirSync" | "writeFileSync" | "renameSync" | "rmSync">;

export function writeAtomic(target: string, bytes: Uint8Array, fs: WriteFs = nodeFs): void {
  fs.mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

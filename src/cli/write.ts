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
export type WriteFs = Pick<
  typeof nodeFs,
  "mkdirSync" | "writeFileSync" | "renameSync" | "rmSync" | "rmdirSync"
>;

/**
 * Writes `bytes` to `target` through a temporary file. When the write fails, the folders it made
 * for the file are removed again (each only while empty: a folder another file went into stays;
 * a folder that was there before is never touched), so a failed nested `--ten-tep` name leaves
 * no empty folders behind.
 */
export function writeAtomic(target: string, bytes: Uint8Array, fs: WriteFs = nodeFs): void {
  const folder = dirname(target);
  let made = fs.mkdirSync(folder, { recursive: true });
  const tmp = join(folder, `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    try {
      fs.writeFileSync(tmp, bytes);
    } catch (e) {
      // Another write that failed at the same moment (a worker) removed the folder it had made too.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      made = fs.mkdirSync(folder, { recursive: true }) ?? made;
      fs.writeFileSync(tmp, bytes);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (made) removeEmpty(folder, made, fs);
    throw e;
  }
}

/** `folder` and its parents up to `top` (the first folder a write made), while each is empty. */
function removeEmpty(folder: string, top: string, fs: WriteFs): void {
  const stop = resolve(top);
  const inside = (d: string) => d === stop || d.startsWith(stop + sep);
  for (let d = resolve(folder); inside(d); d = dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      return;
    }
  }
}

/** Listing a folder at the edge: the files in it, or why it cannot be read, in Vietnamese. */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";

/**
 * The names of the files in a folder, sorted (folders inside, also through a link, left out), or
 * why the folder cannot be read.
 */
export function readFolder(dir: string): { files: string[] } | { error: string } {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return {
      files: entries
        .filter((e) => !isFolder(dir, e))
        .map((e) => e.name)
        .sort(),
    };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: "không có thư mục này" };
    if (code === "ENOTDIR") return { error: "đây là tệp, không phải thư mục" };
    if (code === "EACCES" || code === "EPERM") return { error: "không có quyền đọc thư mục này" };
    return { error: `không đọc được thư mục này (${code ?? String(e)})` };
  }
}

/** Whether the entry `e` of `dir` is a folder, or a symbolic link to one. */
export function isFolder(dir: string, e: Dirent): boolean {
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, e.name)).isDirectory();
  } catch {
    return false;
  }
}

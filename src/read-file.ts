/** Reading a text file at the edge: its UTF-8 text, or why it cannot be read, in Vietnamese. */
import { readFileSync } from "node:fs";

export function readText(file: string): { source: string } | { error: string } {
  try {
    return { source: readFileSync(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const error =
      code === "ENOENT" ? "không tìm thấy tệp" : code === "EACCES" ? "không có quyền đọc tệp" : code === "EISDIR" ? "đây là thư mục, không phải tệp" : `không đọc được tệp (${code ?? String(e)})`;
    return { error };
  }
}

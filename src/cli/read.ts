/** Reading one input file as UTF-8 text, or a FILE_UNREADABLE diagnostic. */
import { readFileSync } from "node:fs";
import { diagnostic, type Diagnostic } from "../diagnostic";

export function readInput(file: string): { source?: string; diagnostic?: Diagnostic } {
  try {
    return { source: readFileSync(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "không tìm thấy tệp" : code === "EACCES" ? "không có quyền đọc tệp" : code === "EISDIR" ? "đây là thư mục, không phải tệp" : `không đọc được tệp (${code ?? String(e)})`;
    return { diagnostic: diagnostic("FILE_UNREADABLE", `${why}; kiểm tra đường dẫn`, { file, stage: "load" }) };
  }
}

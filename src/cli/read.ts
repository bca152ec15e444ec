/** Reading one input file as text, or a FILE_UNREADABLE diagnostic (at the line of a byte that is not UTF-8). */
import { diagnostic, type Diagnostic } from "../diagnostic";
import { readText } from "../read-file";

export function readInput(file: string): { source?: string; diagnostic?: Diagnostic } {
  const r = readText(file);
  if ("source" in r) return { source: r.source };
  const message = r.error.startsWith("không tìm thấy") ? `${r.error}; kiểm tra đường dẫn` : r.error;
  return {
    diagnostic: diagnostic(r.tooLarge ? "TOO_LARGE" : "FILE_UNREADABLE", message, {
      file,
      line: r.line,
      column: r.line === undefined ? undefined : 1,
      stage: "load",
    }),
  };
}

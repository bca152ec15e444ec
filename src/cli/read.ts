/** Reading one input file as UTF-8 text, or a FILE_UNREADABLE diagnostic. */
import { diagnostic, type Diagnostic } from "../diagnostic";
import { readText } from "../read-file";

export function readInput(file: string): { source?: string; diagnostic?: Diagnostic } {
  const r = readText(file);
  return "source" in r ? { source: r.source } : { diagnostic: diagnostic("FILE_UNREADABLE", `${r.error}; kiểm tra đường dẫn`, { file, stage: "load" }) };
}

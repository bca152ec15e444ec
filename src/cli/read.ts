/**
 * One input of a command, the same way for every command that reads YAML: its text (given, for a
 * spreadsheet row, or read from its file), or a FILE_UNREADABLE diagnostic (at the line of a byte
 * that is not UTF-8); and its tree, the workbooks its ```bang blocks name read first.
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { Engine, TreeOutcome } from "../engine";
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

/** The text of an input: the YAML it was given (a spreadsheet row), else its file's. */
export const sourceOf = (input: { file: string; source?: string }) =>
  input.source !== undefined ? { source: input.source } : readInput(input.file);

/** An input's tree and diagnostics (`vanthu validate`, `render --tree`); nothing is written. */
export async function treeOfInput(
  engine: Engine,
  input: { file: string; source?: string },
): Promise<TreeOutcome> {
  const read = sourceOf(input);
  if (read.source === undefined) return { diagnostics: [read.diagnostic!] };
  const workbooks = await engine.readWorkbooks(read.source, input.file);
  return engine.toTree(read.source, input.file, { workbooks });
}

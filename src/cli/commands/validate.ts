/** `vanthu validate <files or folders…>`: check YAML files without writing anything. */
import { diagnostic, hasErrors } from "../../diagnostic";
import { expandInputs } from "../inputs";
import { EXIT, type Io } from "../io";
import { readInput } from "../read";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { emptyFolders } from "./render";

export function validateCommand(args: SessionOptions & { inputs: string[] }, io: Io): number {
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const { inputs, missing, empty } = expandInputs(args.inputs);
  printDiagnostics(io, missing.map((m) => diagnostic("FILE_UNREADABLE", "không tìm thấy tệp hoặc thư mục này; kiểm tra đường dẫn", { file: m, stage: "load" })));
  printDiagnostics(io, emptyFolders(empty, inputs.length === 0));
  let failed = missing.length;
  for (const input of inputs) {
    const read = readInput(input.file);
    const diagnostics = read.diagnostic ? [read.diagnostic] : session.engine.toTree(read.source!, input.file).diagnostics;
    printDiagnostics(io, diagnostics);
    if (hasErrors(diagnostics)) failed++;
    else io.out(`${input.file}: hợp lệ`);
  }
  return failed || inputs.length === 0 ? EXIT.invalid : EXIT.ok;
}

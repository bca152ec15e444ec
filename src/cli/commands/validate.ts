/** `vanthu validate <files or folders…>`: check YAML files without writing anything. */
import { hasErrors, isError } from "../../diagnostic";
import { expandInputs, inputProblem } from "../inputs";
import { EXIT, type Io } from "../io";
import { treeOfInput } from "../read";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";

export async function validateCommand(args: SessionOptions & { inputs: string[] }, io: Io): Promise<number> {
  const usage = inputProblem(args.inputs);
  if (usage) {
    io.err(`${usage}\nXem: vanthu validate --help`);
    return EXIT.usage;
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const { inputs, problems } = expandInputs(args.inputs);
  printDiagnostics(io, problems);
  let failed = problems.filter(isError).length;
  for (const input of inputs) {
    const { diagnostics } = await treeOfInput(session.engine, input);
    printDiagnostics(io, diagnostics);
    if (hasErrors(diagnostics)) failed++;
    else io.out(`${input.file}: hợp lệ`);
  }
  return failed || inputs.length === 0 ? EXIT.invalid : EXIT.ok;
}

/** `vanthu render <files or folders…> [-o out/] [--tree]`: YAML → .docx (or the document tree as JSON). */
import { diagnostic, hasErrors, type Diagnostic } from "../../diagnostic";
import { expandInputs } from "../inputs";
import { EXIT, type Io } from "../io";
import { readInput } from "../read";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { outputPath, writeAtomic } from "../write";

export interface RenderArgs extends SessionOptions {
  inputs: string[];
  out: string;
  tree: boolean;
}

export async function renderCommand(args: RenderArgs, io: Io): Promise<number> {
  const started = Date.now();
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const { inputs, missing } = expandInputs(args.inputs);
  const notFound = missing.map((m) => diagnostic("FILE_UNREADABLE", "không tìm thấy tệp hoặc thư mục này; kiểm tra đường dẫn", { file: m, stage: "load" }));
  printDiagnostics(io, notFound);
  if (inputs.length === 0) {
    if (!missing.length) io.err(`${args.inputs.join(", ")}: không có tệp .yaml nào để xử lý`);
    return EXIT.invalid;
  }
  const trees: Record<string, unknown> = {};
  let done = 0;
  let failed = notFound.length;
  for (const input of inputs) {
    const read = readInput(input.file);
    const diagnostics: Diagnostic[] = read.diagnostic ? [read.diagnostic] : [];
    if (read.source !== undefined) {
      if (args.tree) {
        const outcome = session.engine.toTree(read.source, input.file);
        diagnostics.push(...outcome.diagnostics);
        if (outcome.tree && !hasErrors(diagnostics)) trees[input.file] = outcome.tree;
      } else {
        const outcome = await session.engine.render(read.source, input.file);
        diagnostics.push(...outcome.diagnostics);
        if (outcome.docx) diagnostics.push(...write(args.out, input.name, input.file, outcome.docx));
      }
    }
    printDiagnostics(io, diagnostics);
    if (hasErrors(diagnostics)) failed++;
    else done++;
  }
  if (args.tree) {
    const values = Object.values(trees);
    if (values.length) io.out(JSON.stringify(inputs.length === 1 ? values[0] : trees, null, 2));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.err(`${args.tree ? "Đã đọc" : "Đã tạo"} ${done} văn bản, ${failed} tệp lỗi (${seconds} giây).`);
  return failed ? EXIT.invalid : EXIT.ok;
}

function write(outDir: string, name: string, file: string, bytes: Uint8Array): Diagnostic[] {
  const target = outputPath(outDir, name, ".docx");
  if (!target) return [diagnostic("FILE_UNWRITABLE", `tên tệp ra "${name}" nằm ngoài thư mục ${outDir}; không ghi`, { file, stage: "write" })];
  try {
    writeAtomic(target, bytes);
    return [];
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return [diagnostic("FILE_UNWRITABLE", `không ghi được ${target} (${code}); kiểm tra thư mục ra và quyền ghi`, { file, stage: "write" })];
  }
}

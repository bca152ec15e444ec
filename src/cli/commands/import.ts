/**
 * `vanthu import <.docx files, folders or patterns…> [-o file.yaml | -o folder] [--the-thuc …]
 * [--ghi-de]`: Word documents → vanthu YAML (src/import/). Each file's warnings (a field the
 * document lacks, text kept in a comment) are printed as it is written; a file that cannot be
 * read is one error and writes nothing. Without -o the YAML goes beside the .docx; an existing
 * YAML file is never replaced unless --ghi-de says so.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { diagnostic, hasErrors, isError, type Diagnostic } from "../../diagnostic";
import { importDocx } from "../../import/import-docx";
import { READ_LIMITS } from "../../ooxml/limits";
import { readBytes } from "../../read-file";
import { expandInputs, inputProblem, type Input } from "../inputs";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { outputPath, writeAtomic } from "../write";

export interface ImportArgs extends SessionOptions {
  inputs: string[];
  /** A .yaml file (one input), or a folder. */
  out?: string;
  theThuc?: string;
  overwrite?: boolean;
}

const YAML_FILE = /\.ya?ml$/i;

export function importCommand(args: ImportArgs, io: Io): number {
  const usage = inputProblem(args.inputs);
  if (usage) {
    io.err(`${usage.replaceAll(".yaml", ".docx")}\nXem: vanthu import --help`);
    return EXIT.usage;
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const profiles = session.engine.resources.profiles;
  if (args.theThuc && !profiles.has(args.theThuc)) {
    io.err(`không có thể thức "${args.theThuc}"; các thể thức có: ${[...profiles.keys()].join(", ")}`);
    return EXIT.usage;
  }
  const { inputs, problems } = expandInputs(args.inputs, "docx");
  printDiagnostics(io, problems);
  if (args.out && YAML_FILE.test(args.out) && inputs.length > 1) {
    io.err(
      `-o ${args.out} là một tệp nhưng có ${inputs.length} tệp .docx; ghi -o <thư mục> để nhập nhiều tệp`,
    );
    return EXIT.usage;
  }
  let failed = problems.filter(isError).length;
  for (const input of inputs) {
    const target = targetOf(input, args.out);
    const diagnostics = importOne(input, target, args, profiles);
    printDiagnostics(io, diagnostics);
    if (hasErrors(diagnostics)) failed++;
    else io.out(`✓ ${input.file} → ${target}`);
  }
  return failed || inputs.length === 0 ? EXIT.invalid : EXIT.ok;
}

/** Where an input's YAML goes: the -o file, inside the -o folder, or beside the .docx. */
function targetOf(input: Input, out: string | undefined): string {
  if (out && YAML_FILE.test(out)) return out;
  if (out) return outputPath(out, input.name, ".yaml") ?? join(out, "van-ban.yaml");
  return input.file.replace(/\.docx$/i, "") + ".yaml";
}

function importOne(
  input: Input,
  target: string,
  args: ImportArgs,
  profiles: Parameters<typeof importDocx>[1],
): Diagnostic[] {
  const file = input.file;
  const read = readBytes(file, READ_LIMITS.fileBytes);
  if (!("bytes" in read))
    return [
      diagnostic(read.tooLarge ? "DOCX_TOO_LARGE" : "FILE_UNREADABLE", read.error, { file, stage: "load" }),
    ];
  if (existsSync(target) && !args.overwrite)
    return [
      diagnostic(
        "FILE_UNWRITABLE",
        `đã có tệp ${target}; không ghi đè — thêm --ghi-de để thay tệp đó, hoặc ghi -o <tệp khác>`,
        {
          file,
          stage: "write",
        },
      ),
    ];
  const outcome = importDocx(read.bytes, profiles, { file, profile: args.theThuc });
  if (!outcome.yaml) return outcome.diagnostics;
  try {
    writeAtomic(target, Buffer.from(outcome.yaml, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return [
      ...outcome.diagnostics,
      diagnostic(
        "FILE_UNWRITABLE",
        `không ghi được ${target} (${code}); kiểm tra thư mục ${dirname(target)}`,
        {
          file,
          stage: "write",
        },
      ),
    ];
  }
  return outcome.diagnostics;
}

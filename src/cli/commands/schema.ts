/**
 * `vanthu schema [-o file] [--dung-chung]`: the JSON Schema of the document contract (or of a
 * shared part that units inherit) (for editors that validate
 * YAML, such as VS Code's YAML extension), for the loaded profiles; printed, or written atomically.
 */
import { resolve } from "node:path";
import { documentJsonSchema, sharedPartJsonSchema } from "../../schema/json-schema";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { writeAtomic } from "../write";

export function schemaCommand(args: SessionOptions & { out?: string; sharedPart?: boolean }, io: Io): number {
  if (args.out === "") {
    io.err("-o cần một tên tệp, ví dụ: -o vanthu.schema.json\nXem: vanthu schema --help");
    return EXIT.usage;
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const profiles = [...session.engine.resources.profiles.values()];
  const schema = args.sharedPart ? sharedPartJsonSchema(profiles) : documentJsonSchema(profiles);
  const text = JSON.stringify(schema, null, 2) + "\n";
  if (args.out === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  try {
    writeAtomic(resolve(args.out), Buffer.from(text, "utf8"));
  } catch (e) {
    io.err(`không ghi được ${args.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return EXIT.invalid;
  }
  io.err(
    `Đã ghi ${args.out}. Dòng đầu tệp YAML: # yaml-language-server: $schema=${args.out} (đường dẫn tính từ tệp YAML)`,
  );
  return EXIT.ok;
}

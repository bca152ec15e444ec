/**
 * `vanthu chuan-hoa <file.docx> [-o out.docx] [--the-thuc …] [--ghi-de]`: a Word document laid
 * out again, correctly, by its profile (src/import/chuan-hoa.ts): prints the findings before,
 * writes the copy (default `<name>-chuan-hoa.docx` beside it; an existing file is replaced only
 * with --ghi-de), prints the findings after. When the document lacks a field the layout needs
 * (the địa danh, the signer), no .docx is written: the imported YAML is written beside where the
 * copy would have gone (`<out>.yaml`, so no text is lost), each missing field is named with an
 * example of what to write, and the exit status is 1.
 */
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { diagnostic, formatDiagnostic, type Diagnostic } from "../../diagnostic";
import type { FieldPath } from "../../field-path";
import { chuanHoa, type ChuanHoaOutcome } from "../../import/chuan-hoa";
import { FIELDS, fieldLabel } from "../../schema/fields";
import { READ_LIMITS } from "../../ooxml/limits";
import { readBytes } from "../../read-file";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { writeAtomic } from "../write";

export interface ChuanHoaArgs extends SessionOptions {
  input: string;
  out?: string;
  theThuc?: string;
  overwrite?: boolean;
}

export async function chuanHoaCommand(args: ChuanHoaArgs, io: Io): Promise<number> {
  const file = args.input;
  if (!/\.docx$/i.test(file) || (args.out !== undefined && !/\.docx$/i.test(args.out))) {
    io.err(
      "chuan-hoa nhận một tệp .docx và ghi ra một tệp .docx (-o <tệp>.docx)\nXem: vanthu chuan-hoa --help",
    );
    return EXIT.usage;
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  if (args.theThuc && !session.engine.resources.profiles.has(args.theThuc)) {
    const known = [...session.engine.resources.profiles.keys()].join(", ");
    io.err(`không có thể thức "${args.theThuc}"; các thể thức có: ${known}`);
    return EXIT.usage;
  }
  const stem = file.replace(/\.docx$/i, "");
  const out = args.out ?? `${stem}-chuan-hoa.docx`;
  const yamlOut = out.replace(/\.docx$/i, ".yaml");
  const fail = (d: Diagnostic) => (printDiagnostics(io, [d]), EXIT.invalid);
  const read = readBytes(file, READ_LIMITS.fileBytes);
  if (!("bytes" in read))
    return fail(
      diagnostic(read.tooLarge ? "DOCX_TOO_LARGE" : "FILE_UNREADABLE", read.error, { file, stage: "load" }),
    );
  if (existsSync(out) && !args.overwrite)
    return fail(
      diagnostic(
        "FILE_UNWRITABLE",
        `đã có tệp ${out}; không ghi đè — thêm --ghi-de để thay tệp đó, hoặc ghi -o <tệp khác>`,
        {
          file,
          stage: "write",
        },
      ),
    );
  const outcome = await chuanHoa(read.bytes, session.engine, {
    file,
    yamlName: yamlOut,
    outName: out,
    profile: args.theThuc,
  });
  // A file that cannot be read at all: its one error, not also a "before" report of the same error.
  if (!outcome.yaml) return (printDiagnostics(io, outcome.diagnostics), EXIT.invalid);
  report(io, "Trước khi chuẩn hóa", outcome.before.diagnostics);
  // A missing field is named once, in the list that says how to fill it in (keepImported).
  printDiagnostics(io, outcome.diagnostics);
  if (!outcome.docx) return keepImported(io, outcome, out, yamlOut, args);
  try {
    writeAtomic(out, outcome.docx);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(diagnostic("FILE_UNWRITABLE", `không ghi được ${out} (${code})`, { file, stage: "write" }));
  }
  io.out(`✓ ${file} → ${out} (thể thức ${outcome.after?.the_thuc ?? "?"})`);
  report(io, "Sau khi chuẩn hóa", outcome.after?.diagnostics ?? []);
  return EXIT.ok;
}

/**
 * No copy could be made: the imported YAML is written to `yamlOut` (unless a file is there and
 * --ghi-de was not given), then the fields to fill in, each by its label with an example, and the
 * command that makes the copy once they are filled in. Always exit 1.
 */
function keepImported(
  io: Io,
  outcome: ChuanHoaOutcome,
  out: string,
  yamlOut: string,
  args: ChuanHoaArgs,
): number {
  const fields = outcome.missing.map((path) => `  - ${missingFieldLine(path)}`);
  const why = fields.length
    ? `văn bản thiếu ${fields.length} trường bắt buộc`
    : "văn bản nhập được còn lỗi (xem trên)";
  if (existsSync(yamlOut) && !args.overwrite) {
    io.err(
      `Chưa tạo được bản chuẩn hóa: ${why}. Không ghi nội dung đã nhập vì đã có tệp ${yamlOut} (thêm --ghi-de để thay tệp đó, hoặc ghi -o <tệp khác>.docx).`,
    );
    if (fields.length) io.err(["Các trường cần điền:", ...fields].join("\n"));
    return EXIT.invalid;
  }
  try {
    writeAtomic(yamlOut, Buffer.from(outcome.yaml!, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    io.err(`Chưa tạo được bản chuẩn hóa: ${why}; cũng không ghi được ${yamlOut} (${code}).`);
    return EXIT.invalid;
  }
  io.err(
    [
      `Chưa tạo được bản chuẩn hóa: ${why}. Toàn bộ nội dung đã nhập được ghi vào ${yamlOut}.`,
      ...(fields.length
        ? ["Mở tệp đó, điền các trường (đánh dấu “# thiếu:”):", ...fields]
        : ["Mở tệp đó, sửa các lỗi trên (mỗi lỗi ghi dòng của nó trong tệp),"]),
      `rồi tạo bản chuẩn hóa: vanthu render ${yamlOut} -o ${dirname(out) || "."}`,
    ].join("\n"),
  );
  return EXIT.invalid;
}

/** A missing field for the list: its label, its place in the YAML and what to write ("ví dụ: …"). */
function missingFieldLine(path: FieldPath): string {
  const key = String(path.at(-1));
  const help = FIELDS[key]?.help;
  return `${fieldLabel(key)} (${path.join(".")})${help ? `: ${help}` : ""}`;
}

/** A heading with the counts, then the findings one per line. */
function report(io: Io, title: string, findings: readonly Diagnostic[]): void {
  const errors = findings.filter((d) => d.severity === "error").length;
  const summary = findings.length
    ? `${errors} lỗi, ${findings.length - errors} cảnh báo`
    : "không có lỗi thể thức";
  io.out(`${title}: ${summary}`);
  for (const d of findings) io.out(`  ${formatDiagnostic(d)}`);
}

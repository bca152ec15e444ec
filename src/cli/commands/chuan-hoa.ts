/**
 * `vanthu chuan-hoa <file.docx> [-o out.docx] [--the-thuc …] [--ghi-de]`: a Word document laid
 * out again, correctly, by its profile (src/import/chuan-hoa.ts): prints the findings before,
 * writes the copy (default `<name>-chuan-hoa.docx` beside it; an existing file is replaced only
 * with --ghi-de), prints the findings after. When the document lacks a field the layout needs
 * (the địa danh, the signer), nothing is written and the message says which field, and how to
 * fill it in through `vanthu import`.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { diagnostic, formatDiagnostic, type Diagnostic } from "../../diagnostic";
import { chuanHoa } from "../../import/chuan-hoa";
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
    yamlName: `${basename(stem)}.yaml`,
    outName: out,
    profile: args.theThuc,
  });
  report(io, "Trước khi chuẩn hóa", outcome.before.diagnostics);
  printDiagnostics(io, outcome.diagnostics);
  if (!outcome.docx) {
    if (outcome.yaml)
      io.err(
        `Chưa tạo được bản chuẩn hóa: văn bản thiếu thông tin bắt buộc (xem trên). Nhập thành YAML bằng "vanthu import ${file}", điền các trường còn trống, rồi "vanthu render".`,
      );
    return EXIT.invalid;
  }
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

/** A heading with the counts, then the findings one per line. */
function report(io: Io, title: string, findings: readonly Diagnostic[]): void {
  const errors = findings.filter((d) => d.severity === "error").length;
  const summary = findings.length
    ? `${errors} lỗi, ${findings.length - errors} cảnh báo`
    : "không có lỗi thể thức";
  io.out(`${title}: ${summary}`);
  for (const d of findings) io.out(`  ${formatDiagnostic(d)}`);
}

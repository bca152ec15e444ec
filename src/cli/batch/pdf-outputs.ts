/**
 * `vanthu render --pdf`: after a batch, every .docx written is converted to a PDF beside it, all
 * in one LibreOffice run (src/pdf/libreoffice.ts), each written atomically. A file whose PDF
 * could not be made is reported (PDF_FAILED) and counted as failed; its .docx stays.
 */
import { diagnostic } from "../../diagnostic";
import { convertToPdf, findSoffice, SOFFICE_MISSING, timesStandIn } from "../../pdf/libreoffice";
import type { Io } from "../io";
import { printDiagnostics } from "../report";
import { writeAtomic } from "../write";
import type { FileReport } from "./summary";

export async function writePdfs(reports: FileReport[], io: Io, soffice = findSoffice()): Promise<void> {
  const done = reports.filter((r) => r.status === "ok" && r.output);
  if (done.length === 0) return;
  if (!soffice) {
    io.err(`${SOFFICE_MISSING} [PDF_FAILED]`);
    for (const r of done) fail(r, SOFFICE_MISSING);
    return;
  }
  io.err(`Đang chuyển ${done.length} văn bản sang PDF bằng LibreOffice…`);
  const results = await convertToPdf(
    done.map((r) => r.output!),
    soffice,
  );
  results.forEach((result, i) => {
    const report = done[i];
    if ("error" in result) {
      printDiagnostics(io, [fail(report, result.error)]);
      return;
    }
    const target = report.output!.replace(/\.docx$/i, ".pdf");
    try {
      writeAtomic(target, result.pdf);
      report.pdf = target;
    } catch (e) {
      printDiagnostics(io, [
        fail(report, `không ghi được ${target} (${(e as NodeJS.ErrnoException).code ?? e})`),
      ]);
    }
  });
  const standIn = timesStandIn();
  if (standIn)
    io.err(
      `Ghi chú: máy này không có phông Times New Roman; PDF in bằng ${standIn} (cùng bề rộng chữ, nên dòng và trang như nhau).`,
    );
}

function fail(report: FileReport, message: string) {
  const d = diagnostic("PDF_FAILED", message, { file: report.input, stage: "write" });
  report.diagnostics.push(d);
  report.status = "error";
  report.pdf = null;
  return d;
}

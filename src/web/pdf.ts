/**
 * "Tải PDF" in the web form: the document's .docx converted by LibreOffice (src/pdf/), one
 * conversion at a time (each LibreOffice run takes a core and seconds; a queue keeps a busy
 * page from starting many), through a private temporary folder removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertToPdf, type PdfResult } from "../pdf/libreoffice";

let queue: Promise<unknown> = Promise.resolve();

export function docxToPdf(docx: Uint8Array): Promise<PdfResult> {
  const run = queue.then(async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanthu-web-pdf-"));
    try {
      const file = join(dir, "van-ban.docx");
      writeFileSync(file, docx);
      return (await convertToPdf([file]))[0];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

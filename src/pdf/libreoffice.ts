/**
 * .docx → PDF through LibreOffice: every file of a batch in ONE soffice run (its start-up is most
 * of the cost), with a private user profile (two runs never share one, which makes soffice
 * refuse or hang), each file under a unique name in a private folder (two inputs called
 * bao-cao.docx in different folders do not collide), and each PDF checked before it is called
 * done (soffice exits 0 even when it could not load a file): it exists, is a whole PDF, and has
 * pages. The caller decides where a good PDF goes.
 */
import type * as ChildProcess from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

/**
 * node:child_process, loaded when a PDF is asked for: the render command carries this module, and
 * loading child_process (with net and its streams) took some 3–5 ms of every start.
 */
const childProcess = () => require("node:child_process") as typeof ChildProcess;

/** What one conversion gave: the PDF's bytes, or why there is none (Vietnamese). */
export type PdfResult = { pdf: Buffer; pages: number } | { error: string };

/** The LibreOffice program: $VANTHU_SOFFICE, else soffice or libreoffice on PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.VANTHU_SOFFICE) return existsSync(env.VANTHU_SOFFICE) ? env.VANTHU_SOFFICE : undefined;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of dirs)
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  return undefined;
}

export const SOFFICE_MISSING =
  "không tìm thấy LibreOffice (lệnh soffice) để chuyển sang PDF; cài LibreOffice rồi chạy lại: " +
  "Debian/Ubuntu: sudo apt-get install libreoffice-writer; Windows, macOS: tải tại libreoffice.org " +
  "và thêm thư mục chương trình vào PATH (hoặc đặt biến VANTHU_SOFFICE là đường dẫn tới soffice)";

/** Seconds LibreOffice may take: start-up, then a generous time per document. */
const timeoutFor = (files: number) => (60 + 20 * files) * 1000;

/** Converts each .docx (paths) to PDF in one LibreOffice run; results in the same order. */
export async function convertToPdf(
  docxFiles: readonly string[],
  soffice = findSoffice(),
): Promise<PdfResult[]> {
  if (docxFiles.length === 0) return [];
  if (!soffice) return docxFiles.map(() => ({ error: SOFFICE_MISSING }));
  const work = mkdtempSync(join(tmpdir(), "vanthu-pdf-"));
  try {
    const names = docxFiles.map((file, i) => {
      const link = join(work, `${i}.docx`);
      copyFileSync(resolve(file), link);
      return link;
    });
    const out = join(work, "pdf");
    const run = await runSoffice(
      soffice,
      [
        `-env:UserInstallation=file://${join(work, "profile").replace(/\\/g, "/")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        out,
        ...names,
      ],
      timeoutFor(names.length),
    );
    return names.map((_, i) => checkPdf(join(out, `${i}.pdf`), run));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Run {
  failure?: string;
}

function runSoffice(soffice: string, args: string[], timeout: number): Promise<Run> {
  return new Promise((done) => {
    const child = childProcess().spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString("utf8")).slice(-2000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", (e) => {
      clearTimeout(timer);
      done({
        failure: `không chạy được LibreOffice (${soffice}): ${(e as NodeJS.ErrnoException).code ?? e.message}`,
      });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") done({ failure: `LibreOffice chạy quá ${timeout / 1000} giây, đã dừng` });
      else if (code !== 0)
        done({ failure: `LibreOffice dừng với mã ${code}: ${stderr.trim().split("\n").pop() ?? ""}` });
      else done({});
    });
  });
}

/** A PDF LibreOffice says it wrote: whole (header and trailer) and with at least one page. */
function checkPdf(path: string, run: Run): PdfResult {
  if (!existsSync(path))
    return { error: run.failure ?? "LibreOffice không tạo được PDF từ tệp này (tệp .docx không mở được?)" };
  const pdf = readFileSync(path);
  const whole = pdf.subarray(0, 5).toString("latin1") === "%PDF-" && pdf.subarray(-1024).includes("%%EOF");
  if (!whole) return { error: "tệp PDF LibreOffice ghi ra không trọn vẹn" };
  const pages = pageCount(path, pdf);
  if (pages < 1) return { error: "tệp PDF LibreOffice ghi ra không có trang nào" };
  return { pdf, pages };
}

/** Pages as pdfinfo (poppler) counts them, or from the page tree when pdfinfo is not installed. */
function pageCount(path: string, pdf: Buffer): number {
  const info = childProcess().spawnSync("pdfinfo", [path], { encoding: "utf8", timeout: 30000 });
  if (info.status === 0) return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
  if (!info.error) return 0; // pdfinfo ran and could not read it
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** The font LibreOffice will print Times New Roman with, when it is not installed (fontconfig). */
export function timesStandIn(): string | undefined {
  const r = childProcess().spawnSync("fc-match", ["-f", "%{family}", "Times New Roman"], {
    encoding: "utf8",
    timeout: 10000,
  });
  if (r.status !== 0 || !r.stdout) return undefined;
  const family = r.stdout.split(",")[0].trim();
  return /times new roman/i.test(family) ? undefined : family;
}

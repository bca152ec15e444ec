/** The end of a batch: the one summary line, and the machine-readable summary of `--json`. */
import type { Diagnostic } from "../../diagnostic";

export interface FileReport {
  input: string;
  output: string | null;
  /** With `--pdf`: the PDF written beside the .docx, or null when it could not be made. */
  pdf?: string | null;
  status: "ok" | "error";
  diagnostics: Diagnostic[];
}

export interface Summary {
  rendered: number;
  failed: number;
  seconds: number;
  files: FileReport[];
}

export function summarize(files: FileReport[], seconds: number): Summary {
  const rendered = files.filter((f) => f.status === "ok").length;
  return { rendered, failed: files.length - rendered, seconds: Math.round(seconds * 1000) / 1000, files };
}

/** "Đã tạo 998 văn bản, 2 tệp lỗi (5.3 giây, 188 văn bản/giây)." */
export function summaryLine(s: Summary, verb = "Đã tạo"): string {
  const rate = s.rendered > 1 && s.seconds > 0 ? `, ${Math.round(s.rendered / s.seconds)} văn bản/giây` : "";
  return `${verb} ${s.rendered} văn bản, ${s.failed} tệp lỗi (${s.seconds.toFixed(1)} giây${rate}).`;
}

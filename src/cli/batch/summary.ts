/** The end of a batch: the summary lines, and the machine-readable summary of `--json`. */
import type { Diagnostic } from "../../diagnostic";

export interface FileReport {
  input: string;
  output: string | null;
  /** With `--pdf`: the PDF written beside the .docx, or null when it could not be made. */
  pdf?: string | null;
  /** "skipped": not processed, the batch was stopped (Ctrl+C) first. */
  status: "ok" | "error" | "skipped";
  diagnostics: Diagnostic[];
  /** A failed file's .docx from an earlier run, still in the output folder and not brought up to date. */
  stale?: string;
}

export interface Summary {
  rendered: number;
  failed: number;
  /** Files not processed because the batch was stopped. */
  skipped: number;
  /** Failed files whose earlier .docx is still there (`stale` in their report). */
  stale: number;
  interrupted: boolean;
  seconds: number;
  files: FileReport[];
}

export function summarize(files: FileReport[], seconds: number, interrupted = false): Summary {
  const count = (status: FileReport["status"]) => files.filter((f) => f.status === status).length;
  return {
    rendered: count("ok"),
    failed: count("error"),
    skipped: count("skipped"),
    stale: files.filter((f) => f.stale).length,
    interrupted,
    seconds: Math.round(seconds * 1000) / 1000,
    files,
  };
}

/** "Đã tạo 998 văn bản, 2 tệp lỗi (5.3 giây, 188 văn bản/giây)." */
export function summaryLine(s: Summary): string {
  const rate = s.rendered > 1 && s.seconds > 0 ? `, ${Math.round(s.rendered / s.seconds)} văn bản/giây` : "";
  return `Đã tạo ${s.rendered} văn bản, ${s.failed} tệp lỗi (${s.seconds.toFixed(1)} giây${rate}).`;
}

const SHOWN = 5;

/**
 * The failed files' old .docx still in the output folder, so nobody sends last year's file by mistake;
 * undefined when none.
 */
export function staleLine(s: Summary): string | undefined {
  const stale = s.files.flatMap((f) => (f.stale ? [f.stale] : []));
  if (!stale.length) return undefined;
  const more = stale.length > SHOWN ? ` và ${stale.length - SHOWN} tệp khác` : "";
  return `Chú ý: ${stale.length} tệp .docx cũ từ lần chạy trước vẫn còn trong thư mục ra nhưng KHÔNG được cập nhật vì tệp vào có lỗi: ${stale.slice(0, SHOWN).join(", ")}${more}.`;
}

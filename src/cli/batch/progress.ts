/**
 * What a batch shows while it runs, on stderr. On a terminal: a progress bar (count, documents
 * per second, time left) redrawn in place at most ten times a second, with each file's
 * diagnostics printed above it as they come. Elsewhere (pipes, CI): one plain line per file,
 * "✓ input → output" or its diagnostics.
 */
import { formatDiagnostic, hasErrors, type Diagnostic } from "../../diagnostic";
import type { Io } from "../io";

const WIDTH = 24;

/** A fault of a template (or the markup it made), not of the document or a file it inherits. */
const isTemplateFault = (d: Diagnostic) => d.code === "TEMPLATE_ERROR" || d.code === "MARKUP_INVALID";
const REDRAW_MS = 100;

export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} giây` : `${Math.floor(s / 60)} phút ${s % 60} giây`;
}

export function createProgress(io: Io, total: number, started = Date.now()) {
  const bar = io.isTTY && io.errRaw ? io.errRaw.bind(io) : undefined;
  let done = 0;
  let drawn = 0;
  let first = 0;
  const draw = (force = false) => {
    if (!bar || (!force && Date.now() - drawn < REDRAW_MS)) return;
    drawn = Date.now();
    // The rate since the first file finished, so start-up does not inflate the time left.
    const rate =
      done > 1 && drawn > first
        ? ((done - 1) * 1000) / (drawn - first)
        : done / Math.max(0.001, (drawn - started) / 1000);
    const full = Math.round((done / total) * WIDTH);
    const left = done >= 3 && done < total ? ` · còn ${duration((total - done) / rate)}` : "";
    bar(
      `\r\x1b[K[${"█".repeat(full)}${"░".repeat(WIDTH - full)}] ${done}/${total} · ${rate.toFixed(0)} văn bản/giây${left}`,
    );
  };
  const clear = () => bar?.("\r\x1b[K");

  // A shared file (`ke_thua`) with a problem would repeat it for every unit: say it once.
  const shown = new Set<string>();
  const lines = (input: string, diagnostics: readonly Diagnostic[]): string[] => {
    const out: string[] = [];
    for (const d of diagnostics) {
      const line = formatDiagnostic(d);
      if (d.file === input || !shown.has(line)) out.push(line);
      if (d.file !== input) shown.add(line);
    }
    if (!diagnostics.some((d) => d.file === input && d.severity === "error")) {
      const elsewhere = (template: boolean) => [
        ...new Set(
          diagnostics
            .filter((d) => d.file !== input && d.severity === "error" && isTemplateFault(d) === template)
            .map((d) => d.file),
        ),
      ];
      const templates = elsewhere(true);
      const inherited = elsewhere(false);
      if (inherited.length)
        out.push(`${input}: không tạo được văn bản vì tệp kế thừa có lỗi (${inherited.join(", ")})`);
      if (templates.length)
        out.push(`${input}: không tạo được văn bản vì mẫu có lỗi (${templates.join(", ")})`);
    }
    return out;
  };

  return {
    /** One file finished: its diagnostics, its stale .docx (and, off a terminal, its "✓" line). */
    file(input: string, output: string | undefined, diagnostics: readonly Diagnostic[], stale?: string) {
      if (done++ === 0) first = Date.now();
      if (diagnostics.length || stale || !bar) {
        clear();
        for (const line of lines(input, diagnostics)) io.err(line);
        if (stale) io.err(`${input}: tệp ra cũ ${stale} từ lần chạy trước vẫn còn, KHÔNG được cập nhật`);
        if (!bar && output && !hasErrors(diagnostics)) io.err(`✓ ${input} → ${output}`);
        draw(true);
      } else draw();
    },
    /** Removes the bar, before the summary line. */
    end() {
      clear();
    },
  };
}

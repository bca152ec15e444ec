/**
 * `vanthu render` of many files: runs them (`run-jobs.ts`), writes each result as it arrives
 * (`output.ts`), shows progress and diagnostics (`progress.ts`), and ends with the summary line
 * (and with `--json`, the summary on stdout). Ctrl+C stops it between two files: every .docx
 * already written is complete, and nothing half-written is left.
 */
import { availableParallelism } from "node:os";
import { hasErrors, type Diagnostic } from "../../diagnostic";
import type { Engine } from "../../engine";
import type { Input } from "../inputs";
import { EXIT, type Io } from "../io";
import { createOutput } from "./output";
import { writePdfs } from "./pdf-outputs";
import { createProgress } from "./progress";
import { runJobs } from "./run-jobs";
import { summarize, summaryLine, type FileReport } from "./summary";
import type { WorkerSettings } from "./worker";

/** Below this many files, the default is this thread: starting workers would take longer. */
export const WORKERS_FROM = 16;

export interface BatchOptions {
  out: string;
  /** Worker threads; default: one per core (this thread alone below `WORKERS_FROM` files). */
  jobs?: number;
  /** Output name pattern (`--ten-tep`). */
  pattern?: string;
  json: boolean;
  templates: string;
  profiles: string[];
  /** Also convert every .docx written to PDF (LibreOffice, one run for the batch). */
  pdf?: boolean;
}

export async function runBatch(
  engine: Engine,
  inputs: readonly Input[],
  unreadable: readonly Diagnostic[],
  options: BatchOptions,
  io: Io,
): Promise<number> {
  const started = Date.now();
  const reports: FileReport[] = unreadable.map((d) => ({
    input: d.file,
    output: null,
    status: "error",
    diagnostics: [d],
  }));
  const progress = createProgress(io, inputs.length, started);
  const folder = createOutput(options.out);
  // Default names are known now: claim them in input order, so which of two clashing inputs is
  // written never depends on which finished first. Pattern names are claimed as results come.
  const clashes = options.pattern ? [] : inputs.map((input) => folder.claim(input.file, input.name));
  for (const d of clashes) {
    if (!d) continue;
    reports.push({ input: d.file, output: null, status: "error", diagnostics: [d] });
    progress.file(d.file, undefined, [d]);
  }
  const jobs = inputs
    .filter((_, i) => !clashes[i])
    .map((input, id) => ({ id, file: input.file, name: input.name }));
  const byId: FileReport[] = [];
  const settings: WorkerSettings = {
    pattern: options.pattern,
    templates: options.templates,
    profiles: options.profiles,
  };
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once("SIGINT", interrupt);
  try {
    const size = options.jobs ?? (jobs.length < WORKERS_FROM ? 1 : availableParallelism());
    await runJobs(
      jobs,
      size,
      engine,
      settings,
      (r) => {
        const input = jobs[r.id].file;
        const diagnostics = [...r.diagnostics];
        let output: string | undefined;
        if (r.docx && r.name !== undefined && !hasErrors(diagnostics)) {
          const written = folder.save(input, r.name, r.docx);
          diagnostics.push(...written.diagnostics);
          output = written.output;
        }
        const ok = output !== undefined && !hasErrors(diagnostics);
        byId[r.id] = { input, output: ok ? output! : null, status: ok ? "ok" : "error", diagnostics };
        progress.file(input, output, diagnostics);
      },
      stop.signal,
    );
  } finally {
    process.off("SIGINT", interrupt);
    progress.end();
  }
  const files = [...reports, ...byId.filter(Boolean)].sort(byInputOrder(inputs));
  if (options.pdf && !stop.signal.aborted) await writePdfs(files, io);
  const summary = summarize(files, (Date.now() - started) / 1000);
  if (options.json) io.out(JSON.stringify(summary));
  if (stop.signal.aborted) {
    io.err(
      `Đã dừng theo yêu cầu: ${summary.rendered} văn bản đã tạo trọn vẹn, ${jobs.length - byId.filter(Boolean).length} tệp chưa xử lý.`,
    );
    return EXIT.interrupted;
  }
  io.err(summaryLine(summary));
  return summary.failed ? EXIT.invalid : EXIT.ok;
}

/** Files in the order they were given (unreadable arguments first). */
function byInputOrder(inputs: readonly Input[]) {
  const order = new Map(inputs.map((input, i) => [input.file, i]));
  return (a: FileReport, b: FileReport) => (order.get(a.input) ?? -1) - (order.get(b.input) ?? -1);
}

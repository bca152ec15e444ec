/**
 * `vanthu render` of many files: runs them (`run-jobs.ts`), takes each result in input order
 * (`in-order.ts`) and writes it (`output.ts`), shows progress and diagnostics (`progress.ts`), and
 * ends with the summary line (and with `--json`, the summary on stdout). So outputs, diagnostics
 * and which of two inputs gets a clashing name are the same whatever `--jobs` is. Ctrl+C stops it
 * between two files: every .docx already written is complete, nothing half-written is left, and
 * the files not processed are listed as such. A file that failed keeps its earlier .docx, named
 * as stale so nobody sends it by mistake.
 */
import { availableParallelism } from "node:os";
import { hasErrors, type Diagnostic } from "../../diagnostic";
import type { Engine } from "../../engine";
import type { Input } from "../inputs";
import { EXIT, type Io } from "../io";
import { createHeapBudget, RELEASED_BUDGET_MB } from "../../heap-budget";
import { holdYoung } from "../../young-generation";
import { inOrder } from "./in-order";
import { createOutput } from "./output";
import { writePdfs } from "./pdf-outputs";
import { createProgress } from "./progress";
import { runJobs } from "./run-jobs";
import { createSharedDiagnostics } from "./shared-diagnostics";
import { staleLine, summarize, summaryLine, type FileReport } from "./summary";
import type { WorkerSettings } from "./worker";

/** Below this many files, the default is this thread: starting workers would take longer. */
export const WORKERS_FROM = 16;

/**
 * How many threads a batch of `files` uses: `--jobs` when given, but never more than the cores
 * (more threads only take memory, each its own engine: 64 took 3 GB and were slower) nor than
 * the files; by default one per core, or this thread alone below `WORKERS_FROM` files.
 */
export function threadsFor(files: number, jobs: number | undefined, cores = availableParallelism()): number {
  if (jobs === undefined) return files < WORKERS_FROM ? 1 : Math.min(cores, files);
  return Math.max(1, Math.min(jobs, cores, files));
}

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
  run: typeof runJobs = runJobs,
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
  // written never depends on which finished first. Pattern names are claimed as results are
  // taken, also in input order.
  const clashes = options.pattern ? [] : inputs.map((input) => folder.claim(input.file, input.name));
  for (const d of clashes) {
    if (!d) continue;
    reports.push({ input: d.file, output: null, status: "error", diagnostics: [d] });
    progress.file(d.file, undefined, [d]);
  }
  const jobs = inputs.filter((_, i) => !clashes[i]).map((input, id) => ({ ...input, id }));
  const byId: FileReport[] = [];
  const settings: WorkerSettings = {
    pattern: options.pattern,
    templates: options.templates,
    profiles: options.profiles,
  };
  const cores = availableParallelism();
  if (options.jobs !== undefined && options.jobs > cores && jobs.length > cores)
    io.err(
      `--jobs ${options.jobs}: máy có ${cores} lõi CPU, dùng ${cores} luồng (thêm luồng chỉ tốn bộ nhớ, không nhanh hơn).`,
    );
  // Rendered here or received from a worker, each document's bytes are garbage once written.
  const budget = createHeapBudget({ releasedMb: RELEASED_BUDGET_MB });
  const shared = createSharedDiagnostics();
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once("SIGINT", interrupt);
  holdYoung();
  try {
    await run(
      jobs,
      threadsFor(jobs.length, options.jobs, cores),
      engine,
      settings,
      inOrder((r) => {
        const input = jobs[r.id].file;
        const diagnostics = r.diagnostics.map((d) => shared(input, d));
        let output: string | undefined;
        if (r.docx && r.name !== undefined && !hasErrors(diagnostics)) {
          const written = folder.save(input, r.name, r.docx);
          diagnostics.push(...written.diagnostics);
          output = written.output;
        }
        const ok = output !== undefined && !hasErrors(diagnostics);
        // The name is known when the file rendered, or when names are not made from its fields.
        const name = r.name ?? (options.pattern ? undefined : jobs[r.id].name);
        const stale = !ok && name !== undefined ? folder.stale(input, name) : undefined;
        byId[r.id] = {
          input,
          output: ok ? output! : null,
          status: ok ? "ok" : "error",
          diagnostics,
          ...(stale ? { stale } : {}),
        };
        progress.file(input, output, diagnostics, stale);
        budget(r.docx?.byteLength);
        holdYoung();
      }),
      stop.signal,
    );
  } finally {
    process.off("SIGINT", interrupt);
    progress.end();
  }
  const interrupted = stop.signal.aborted;
  const skipped: FileReport[] = jobs
    .filter((j) => !byId[j.id])
    .map((j) => ({ input: j.file, output: null, status: "skipped", diagnostics: [] }));
  const files = [...reports, ...byId.filter(Boolean), ...skipped].sort(byInputOrder(inputs));
  if (options.pdf && !interrupted) await writePdfs(files, io);
  const summary = summarize(files, (Date.now() - started) / 1000, interrupted);
  if (options.json) io.out(JSON.stringify(summary));
  const stale = staleLine(summary);
  if (interrupted) {
    io.err(
      `Đã dừng theo yêu cầu: ${summary.rendered} văn bản đã tạo trọn vẹn, ${summary.skipped} tệp chưa xử lý.`,
    );
    if (stale) io.err(stale);
    return EXIT.interrupted;
  }
  io.err(summaryLine(summary));
  if (stale) io.err(stale);
  return summary.failed ? EXIT.invalid : EXIT.ok;
}

/** Files in the order they were given (unreadable arguments first). */
function byInputOrder(inputs: readonly Input[]) {
  const order = new Map(inputs.map((input, i) => [input.file, i]));
  return (a: FileReport, b: FileReport) => (order.get(a.input) ?? -1) - (order.get(b.input) ?? -1);
}

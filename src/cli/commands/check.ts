/**
 * `vanthu check <.docx files, folders or quoted patterns…> [--the-thuc dang|nha-nuoc] [--json]`:
 * judge Word documents against the profile that renders documents (src/check/), on all cores for
 * many files (the batch pool of `render`). Text: one line per finding, like a compiler, in the
 * order of the files given; `--json`: one object `{files: [{file, the_thuc, loai, diagnostics}],
 * summary}`. Exit 0 when no file has an error, 1 when one has, 2 for a usage error.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { formatDiagnostic, hasErrors, isError } from "../../diagnostic";
import { checkFile } from "../../check/check-file";
import type { CheckResult } from "../../check/check";
import type { CheckWorkerSettings } from "../../check/worker";
import { DEFAULT_TEMPLATES } from "../../resources";
import { WORKERS_FROM } from "../batch/batch";
import type { JobResult } from "../batch/job";
import { runInWorkers } from "../batch/pool";
import type { WorkerSettings } from "../batch/worker";
import { expandInputs, inputProblem } from "../inputs";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";

export interface CheckArgs extends SessionOptions {
  inputs: string[];
  theThuc?: string;
  json: boolean;
  jobs?: number;
}

/** The compiled worker; absent when running from TypeScript sources (then: this thread). */
const WORKER = join(__dirname, "../../check/worker.js");

export async function checkCommand(args: CheckArgs, io: Io): Promise<number> {
  const usage = inputProblem(args.inputs);
  if (usage) {
    io.err(`${usage.replaceAll(".yaml", ".docx")}\nXem: vanthu check --help`);
    return EXIT.usage;
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const resources = session.engine.resources;
  if (args.theThuc !== undefined && !resources.profiles.has(args.theThuc)) {
    io.err(
      `không có thể thức "${args.theThuc}"; các thể thức có: ${[...resources.profiles.keys()].join(", ")}`,
    );
    return EXIT.usage;
  }
  const { inputs, problems } = expandInputs(args.inputs, "docx");
  const results: CheckResult[] = problems.map((d) => ({ file: d.file, diagnostics: [d] }));
  if (!args.json) for (const r of results) print(io, r);
  const ordered = new Array<CheckResult | undefined>(inputs.length);
  let next = 0;
  const arrive = (id: number, r: CheckResult) => {
    ordered[id] = r;
    // Printed in the order the files were given, as soon as all before have come.
    while (next < ordered.length && ordered[next]) {
      if (!args.json) print(io, ordered[next]!);
      next++;
    }
  };
  const jobs = inputs.map((input, id) => ({ id, file: input.file, name: input.name }));
  const size = args.jobs ?? (jobs.length < WORKERS_FROM ? 1 : availableParallelism());
  if (size > 1 && jobs.length > 1 && existsSync(WORKER)) {
    const settings: CheckWorkerSettings = {
      templates: args.templates ?? DEFAULT_TEMPLATES,
      profiles: args.profiles ?? [],
      profile: args.theThuc,
    };
    await runInWorkers(
      WORKER,
      jobs,
      Math.min(size, jobs.length),
      settings as unknown as WorkerSettings,
      (r: JobResult) => arrive(r.id, r as unknown as CheckResult),
    );
  } else {
    for (const job of jobs) arrive(job.id, checkFile(job.file, resources, { profile: args.theThuc }));
  }
  results.push(...(ordered as CheckResult[]));
  const errors = results.flatMap((r) => r.diagnostics).filter(isError).length;
  const warnings = results.flatMap((r) => r.diagnostics).length - errors;
  const failed = results.filter((r) => hasErrors(r.diagnostics)).length;
  if (args.json) {
    const files = results.map((r) => ({
      file: r.file,
      the_thuc: r.the_thuc ?? null,
      loai: r.loai ?? null,
      diagnostics: r.diagnostics,
    }));
    io.out(JSON.stringify({ files, summary: { files: inputs.length, failed, errors, warnings } }, null, 2));
  } else {
    const good = (ordered as CheckResult[]).filter((r) => !hasErrors(r.diagnostics)).length;
    io.err(
      `${inputs.length} tệp: ${good} đúng thể thức, ${inputs.length - good} có lỗi; ${errors} lỗi, ${warnings} cảnh báo`,
    );
  }
  return failed || inputs.length === 0 ? EXIT.invalid : EXIT.ok;
}

function print(io: Io, r: CheckResult): void {
  for (const d of r.diagnostics) io.out(formatDiagnostic(d));
  if (!hasErrors(r.diagnostics) && r.the_thuc)
    io.out(
      `${r.file}: đúng thể thức ${r.the_thuc}${r.loai ? ` (${r.loai})` : ""}${r.diagnostics.length ? `, ${r.diagnostics.length} cảnh báo` : ""}`,
    );
}

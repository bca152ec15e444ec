/**
 * One file of a batch, the same in the main thread and in a worker: read it, render it (bases it
 * inherits are read by the engine), and work out its output name. Writing is the main thread's
 * (`output.ts`), so names are claimed in one place.
 */
import { hasErrors, internalError, type Diagnostic } from "../../diagnostic";
import type { Engine } from "../../engine";
import { fillName } from "../naming";
import { sourceOf } from "../read";
import { atCell } from "../../sheet/units";

export interface Job {
  id: number;
  file: string;
  /** The default output name (relative, without extension). */
  name: string;
  /** A spreadsheet row's YAML, its cells and the sheet's headers (see Input). */
  source?: string;
  cells?: (string | undefined)[];
  headers?: string[];
}

export interface JobResult {
  id: number;
  diagnostics: Diagnostic[];
  /** The output name (relative, without extension), when the document rendered. */
  name?: string;
  docx?: Uint8Array;
}

/** How every job of a batch is named: a pattern such as "{so}-{ky_hieu}", or the default name. */
export interface Naming {
  pattern?: string;
}

export function createJobRunner(engine: Engine, naming: Naming) {
  return async function run(job: Job): Promise<JobResult> {
    try {
      return await render(job);
    } catch (e) {
      return { id: job.id, diagnostics: [internalError(e, job.file, "render")] };
    }
  };

  async function render(job: Job): Promise<JobResult> {
    const result = await renderJob(job);
    if (!job.cells) return result;
    const unit = { file: job.file, cells: job.cells };
    return { ...result, diagnostics: result.diagnostics.map((d) => atCell(d, unit, job.headers ?? [])) };
  }

  async function renderJob(job: Job): Promise<JobResult> {
    const read = sourceOf(job);
    if (read.source === undefined) return { id: job.id, diagnostics: [read.diagnostic!] };
    const outcome = await engine.render(read.source, job.file);
    if (!outcome.docx || !outcome.input || hasErrors(outcome.diagnostics))
      return { id: job.id, diagnostics: outcome.diagnostics };
    const profile = engine.resources.profiles.get(outcome.input.the_thuc);
    const name = naming.pattern ? fillName(naming.pattern, outcome.input, job.name, profile) : job.name;
    return { id: job.id, diagnostics: outcome.diagnostics, name, docx: outcome.docx };
  }
}

/**
 * A batch worker thread: builds its engine once (templates compiled, profiles and their packed
 * parts prepared on first use), then renders each job the main thread sends and posts the result
 * back, the .docx bytes transferred rather than copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEngine } from "../../engine";
import { loadResources } from "../../resources";
import { createJobRunner, type Job, type JobResult, type Naming } from "./job";

export interface WorkerSettings extends Naming {
  templates: string;
  profiles: string[];
}

const settings = workerData as WorkerSettings;
const run = createJobRunner(createEngine(loadResources(settings.templates, settings.profiles)), settings);

parentPort!.on("message", async (job: Job) => {
  const result: JobResult = await run(job);
  const bytes = result.docx;
  // Transfer the bytes; a view into a shared or larger buffer is copied into one of its own.
  const owned =
    bytes && (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)
      ? new Uint8Array(bytes)
      : bytes;
  parentPort!.postMessage({ ...result, docx: owned }, owned ? [owned.buffer as ArrayBuffer] : []);
});

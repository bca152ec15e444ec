/**
 * A worker thread of `vanthu check` on many files: loads the profiles once, then checks each file
 * the main thread sends (src/cli/batch/pool.ts) and posts its result back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadResources } from "../resources";
import { checkFile } from "./check-file";

export interface CheckWorkerSettings {
  templates: string;
  profiles: string[];
  /** `--the-thuc` */
  profile?: string;
}

const settings = workerData as CheckWorkerSettings;
const resources = loadResources(settings.templates, settings.profiles);

parentPort!.on("message", (job: { id: number; file: string }) => {
  parentPort!.postMessage({ id: job.id, ...checkFile(job.file, resources, { profile: settings.profile }) });
});

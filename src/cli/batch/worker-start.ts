/**
 * What a batch worker thread runs first: the worker (`worker.ts`, its own bundle) loaded with its
 * code cache (`../cached-bundle.ts`), so each worker starts without compiling the engine's bundle.
 * At build time the caches are written after each result, since a worker is stopped, not exited.
 */
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { requireBundle, writeCodeCaches, writingCodeCache } from "../cached-bundle";

if (writingCodeCache && parentPort) {
  const port = parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (...args: Parameters<typeof post>) => {
    post(...args);
    writeCodeCaches();
  };
}
requireBundle(join(__dirname, "worker.js"), () => require("./worker"));

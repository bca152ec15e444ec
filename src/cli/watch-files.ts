/**
 * Watching files for the live loop (`render --watch`, `serve`): chokidar (editors' atomic saves,
 * renames and new files handled), changes gathered for a moment so one save that touches several
 * files is one round, and each round finished before the next begins.
 */
import { watch, type FSWatcher } from "chokidar";
import { resolve } from "node:path";

export interface Watching {
  /** Resolves once the first scan is done: changes from then on are seen. */
  ready: Promise<void>;
  /** Adds files or folders to watch (e.g. a base a document came to inherit from). */
  add(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** Quiet time after the last change before a round starts. */
const SETTLE_MS = 120;

export function watchFiles(
  paths: readonly string[],
  onChange: (changed: string[]) => Promise<void> | void,
): Watching {
  const watcher: FSWatcher = watch(
    paths.map((p) => resolve(p)),
    { ignoreInitial: true, ignored: (path) => /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(path) },
  );
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    const changed = [...pending].sort();
    pending = new Set();
    running = running.then(() => onChange(changed)).catch(() => undefined);
  };
  watcher.on("all", (_event, path) => {
    pending.add(resolve(path));
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });
  const ready = new Promise<void>((done) => watcher.once("ready", () => done()));
  return {
    ready,
    add: (more) => watcher.add(more.map((p) => resolve(p))),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

/** Whether `path` is `dir` or inside it. */
export const isInside = (path: string, dir: string) => {
  const [p, d] = [resolve(path), resolve(dir)];
  return (
    p === d || p.startsWith(d.endsWith("/") || d.endsWith("\\") ? d : d + (d.includes("\\") ? "\\" : "/"))
  );
};

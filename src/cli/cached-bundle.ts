/**
 * Loading a bundle (`npm run build`'s esbuild output, e.g. the render command) with the code V8
 * compiled for it in an earlier run: `<bundle>.cache`, written at build time
 * (`src/build/code-cache.ts`). Compiling the 1–2 MB of a command's bundle was a good part of a
 * cold start; with its cache V8 reads the compiled code instead. Where there is no cache (running
 * from TypeScript sources, or a cache written by another Node version, which V8 rejects) the
 * module is required as usual, so the cache only ever makes a start faster.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** Set by the build while it runs the commands whose compiled code it keeps. */
export const WRITE_CODE_CACHE = "VANTHU_WRITE_CODE_CACHE";

const writing = process.env[WRITE_CODE_CACHE] === "1";

/**
 * The exports of the bundle `file` (an absolute path to a .js file), compiled from its cache when
 * it has one; `fallback` (a plain `require`) when it has none.
 */
export function requireBundle<T>(file: string, fallback: () => T): T {
  const cacheFile = `${file}.cache`;
  if (!writing && !existsSync(cacheFile)) return fallback();
  if (!existsSync(file)) return fallback();
  const cached = (Module as unknown as { _cache: Record<string, Module> })._cache[file];
  if (cached) return cached.exports as T;
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), {
    filename: file,
    cachedData: writing || !existsSync(cacheFile) ? undefined : readFileSync(cacheFile),
  });
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    dirname(file),
  );
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = module;
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  // At build time: the code compiled by the end of this run (the functions it ran included).
  if (writing) process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  return module.exports as T;
}

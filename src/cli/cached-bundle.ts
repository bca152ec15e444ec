/**
 * Loading a bundle (`npm run build`'s esbuild output, e.g. the render command) with the code V8
 * compiled for it in an earlier run: `<bundle>.cache`, written at build time
 * (`src/build/code-cache.ts`). Compiling the 1–2 MB of a command's bundle was a good part of a
 * cold start; with its cache V8 reads the compiled code instead. Where there is no cache (running
 * from TypeScript sources, or a cache written by another Node version, which V8 rejects) the
 * module is required as usual, so the cache only ever makes a start faster.
 */
import { isAscii } from "node:buffer";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** Set by the build while it runs the commands whose compiled code it keeps. */
export const WRITE_CODE_CACHE = "VANTHU_WRITE_CODE_CACHE";

export const writingCodeCache = process.env[WRITE_CODE_CACHE] === "1";

/** At build time: the bundles this thread loaded, and where each one's cache goes. */
const loaded: { script: Script; cacheFile: string }[] = [];

/** At build time: the code compiled so far for each bundle this thread loaded (the functions it ran included). */
export function writeCodeCaches(): void {
  for (const { script, cacheFile } of loaded) writeFileSync(cacheFile, script.createCachedData());
}

/**
 * The text of `file`, read as Latin-1 when it is ASCII (as the build writes bundles:
 * `build/ascii-bundle.ts`), which gives the same string: Node's UTF-8 decoding of a 1–2 MB file
 * took some 10–15 ms, the Latin-1 reading well under one.
 */
function sourceText(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}

/**
 * The exports of the bundle `file` (an absolute path to a .js file), compiled from its cache when
 * it has one; `fallback` (a plain `require`) when it has none.
 */
export function requireBundle<T>(file: string, fallback: () => T): T {
  const cacheFile = `${file}.cache`;
  if ((!writingCodeCache && !existsSync(cacheFile)) || !existsSync(file)) return fallback();
  const cached = (Module as unknown as { _cache: Record<string, Module> })._cache[file];
  if (cached) return cached.exports as T;
  const script = new Script(Module.wrap(sourceText(file)), {
    filename: file,
    // While the build writes the cache, the code is compiled afresh; otherwise the cache exists.
    cachedData: writingCodeCache ? undefined : readFileSync(cacheFile),
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
  if (writingCodeCache && loaded.push({ script, cacheFile }) === 1) process.once("exit", writeCodeCaches);
  return module.exports as T;
}

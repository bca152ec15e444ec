/**
 * Build-time only (`npm run build`, after tsc): each entry a user starts — the command
 * (`dist/src/cli/main.js`), the batch worker (`dist/src/cli/batch/worker.js`) and the library
 * (`dist/src/index.js`) — is bundled by esbuild with its dependencies into one file, in place of
 * tsc's file at the same path, so a start reads and compiles one file instead of some 700
 * modules, and a command loads only what it uses (modules required inside a function are
 * evaluated on first use). Each bundle carries the bundled profiles already parsed and checked
 * and the bundled templates already compiled (`precompiled-profiles.ts`,
 * `precompiled-templates.ts`): neither is read again at each start while its text is unchanged.
 * tsc's other files stay beside them: `serve` (the web server) is loaded from them, only by that
 * command, and tests may require any of them.
 */
import { build, type BuildOptions, type Plugin } from "esbuild";
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { asciiBundle } from "./ascii-bundle";
import { helpFile } from "./help-text";
import { precompiledModule } from "./precompiled-profiles";
import { precompiledShellsModule } from "./precompiled-shells";
import { precompiledTemplatesModule } from "./precompiled-templates";
import { PACKAGE_ROOT } from "../package-root";

/** Each bundle: its TypeScript entry and the tsc output it replaces. */
export const ENTRIES = [
  // The command: answers --version and --help alone, runs an ordinary render, and loads the
  // command line (yargs) for the rest.
  { entry: "src/cli/main.ts", out: "dist/src/cli/main.js", external: ["./run", "./commands/*"] },
  // The command line (yargs): each command is its own bundle, loaded when it runs.
  { entry: "src/cli/run.ts", out: "dist/src/cli/run.js", external: ["./commands/*"] },
  // Every command but serve (which stays on tsc's files, beside its web page).
  ...readdirSync(join(PACKAGE_ROOT, "src/cli/commands"))
    .filter((f) => f.endsWith(".ts") && f !== "serve.ts")
    .map((f) => ({
      entry: `src/cli/commands/${f}`,
      out: `dist/src/cli/commands/${f.replace(/\.ts$/, ".js")}`,
      external: [],
    })),
  // The batch worker, and what a worker thread starts with: it loads the worker with its code cache.
  { entry: "src/cli/batch/worker.ts", out: "dist/src/cli/batch/worker.js", external: [] },
  {
    entry: "src/cli/batch/worker-start.ts",
    out: "dist/src/cli/batch/worker-start.js",
    external: ["./worker"],
  },
  { entry: "src/check/worker.ts", out: "dist/src/check/worker.js", external: [] },
  // The thread that reads a spreadsheet of units (`--du-lieu`).
  { entry: "src/cli/sheet-worker.ts", out: "dist/src/cli/sheet-worker.js", external: [] },
  { entry: "src/index.ts", out: "dist/src/index.js", external: [] },
];

/**
 * yargs' layout packages ask string-width, whose Unicode tables and segmenter took most of
 * `vanthu --help`: they get `text-width.ts` instead (the same widths; string-width itself for
 * text beyond plain and Vietnamese letters).
 */
const TEXT_WIDTH: Plugin = {
  name: "text-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}`)
        ? { path: join(PACKAGE_ROOT, "src/cli/text-width.ts") }
        : undefined,
    );
  },
};

/**
 * markdown-it takes only `decodeHTML` and `decodeHTMLStrict` from entities, whose index also loads
 * its encoders: their 27 KB table was built into a trie at every start. markdown-it gets the
 * module that defines the two functions (the same functions the index gives), beside the index.
 */
const ENTITIES_DECODE_ONLY: Plugin = {
  name: "entities-decode-only",
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, async (args) => {
      // b.resolve below asks this hook again, with no importer: that goes on to the plain resolution.
      if (!/[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer)) return undefined;
      const index = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      const decode = join(dirname(index.path), "decode.js");
      return index.errors.length === 0 && index.path.endsWith(`${sep}index.js`) && existsSync(decode)
        ? { path: decode }
        : undefined;
    });
  },
};

/**
 * The bundled profiles parsed, the bundled templates compiled and their package shells packed at
 * build time (`precompiled-profiles.ts`, `precompiled-templates.ts`, `precompiled-shells.ts`),
 * in place of the empty data modules.
 */
const PRECOMPILED: Plugin = {
  name: "precompiled",
  setup(b) {
    const made = new Map<string, Promise<string>>();
    const module = (key: string, make: (root: string) => string | Promise<string>) => async () => {
      if (!made.has(key))
        made.set(
          key,
          Promise.resolve().then(() => make(PACKAGE_ROOT)),
        );
      return { contents: await made.get(key)!, loader: "js" as const };
    };
    b.onLoad(
      { filter: /[\\/]src[\\/]profile[\\/]precompiled-data\.ts$/ },
      module("profiles", precompiledModule),
    );
    b.onLoad(
      { filter: /[\\/]src[\\/]template[\\/]precompiled-data\.ts$/ },
      module("templates", precompiledTemplatesModule),
    );
    b.onLoad(
      { filter: /[\\/]src[\\/]docx[\\/]precompiled-shells-data\.ts$/ },
      module("shells", precompiledShellsModule),
    );
  },
};

/**
 * Libraries only some runs use (reading a spreadsheet given to `--du-lieu`, watching files), each
 * bundled alone at `dist/src/vendor/<name>.js`: a command's bundle requires that file when it
 * needs it, instead of carrying it (exceljs and its dependencies were 1.5 of the render bundle's
 * 3.6 MB, read and compiled at every start).
 */
export const VENDORED = ["exceljs", "numfmt", "csv-parse/sync", "chokidar"];
const vendorFile = (root: string, name: string) =>
  join(root, "dist/src/vendor", `${name.replace(/\//g, "-")}.js`);

function vendored(root: string, outfile: string): Plugin {
  return {
    name: "vendored",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${VENDORED.join("|")})$`) }, (args) => {
        const path = relative(dirname(outfile), vendorFile(root, args.path)).split(sep).join("/");
        return { path: path.startsWith(".") ? path : `./${path}`, external: true };
      });
    },
  };
}

const COMMON: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Smaller is faster to read and compile; the names of functions and classes are kept (their
  // `name`, which is what a stack trace prints), so that an internal error's stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  keepNames: true,
  legalComments: "none",
  logLevel: "error",
  // import() of a vendored library becomes a require: the cached bundles run as plain scripts.
  supported: { "dynamic-import": false },
  // ESM dependencies (yargs) ask for import.meta.url: the bundle's own file.
  define: { "import.meta.url": "__bundle_url" },
  // "use strict" first, as esbuild writes it for these modules, so the whole file stays strict.
  banner: { js: '"use strict";var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
};

export async function bundle(root = PACKAGE_ROOT): Promise<void> {
  // A code cache is for the bundle it was written for (`code-cache.ts` writes the new ones), and
  // the help text for the command line it was taken from (`help-text.ts` takes it anew).
  for (const { out } of ENTRIES) rmSync(join(root, `${out}.cache`), { force: true });
  rmSync(helpFile(root), { force: true });
  await Promise.all([
    ...ENTRIES.map(({ entry, out, external }) =>
      build({
        ...COMMON,
        plugins: [TEXT_WIDTH, ENTITIES_DECODE_ONLY, PRECOMPILED, vendored(root, join(root, out))],
        entryPoints: [join(root, entry)],
        outfile: join(root, out),
        external,
      }),
    ),
    ...VENDORED.map((name) =>
      build({
        ...COMMON,
        plugins: [],
        stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
        outfile: vendorFile(root, name),
      }),
    ),
  ]);
  for (const file of [
    ...ENTRIES.map(({ out }) => join(root, out)),
    ...VENDORED.map((n) => vendorFile(root, n)),
  ])
    writeFileSync(file, asciiBundle(readFileSync(file, "utf8")));
  markCommandsExecutable(root);
}

/**
 * The files package.json names as commands (`bin`) become executable: tsc and esbuild write
 * them without the x bit, and `npm ci` cannot set it on a clone where they did not exist yet, so
 * `npx vanthu` in a fresh clone would be refused ("Permission denied").
 */
function markCommandsExecutable(root: string): void {
  const bin = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).bin as Record<string, string>;
  for (const file of Object.values(bin)) chmodSync(join(root, file), 0o755);
}

if (require.main === module) {
  bundle().catch((e) => {
    process.stderr.write(`không đóng gói được: ${String(e)}\n`);
    process.exitCode = 1;
  });
}

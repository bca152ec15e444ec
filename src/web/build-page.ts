/**
 * Build-time only (`npm run build`): bundles the page (page/main.ts with docx-preview) into
 * one app.js with esbuild (docx-preview's tab stops corrected: tab-stop-fix.ts), and copies
 * index.html and style.css beside it, into `public/`.
 */
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { tabStopFix } from "./tab-stop-fix";

/** The page sources: page/ beside this file (src/web) or, from dist/src/web, in src/web/page. */
export const PAGE_SOURCES = [resolve(__dirname, "page"), resolve(__dirname, "../../../src/web/page")].find(
  (d) => existsSync(join(d, "main.ts")),
)!;

export async function buildPage(outDir: string, sources = PAGE_SOURCES): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(sources, "main.ts")],
    bundle: true,
    format: "iife",
    target: ["chrome110", "firefox115", "safari16"],
    minify: true,
    legalComments: "eof",
    outfile: join(outDir, "app.js"),
    logLevel: "warning",
    plugins: [tabStopFix],
  });
  copyFileSync(join(sources, "index.html"), join(outDir, "index.html"));
  copyFileSync(join(sources, "style.css"), join(outDir, "app.css"));
}

if (require.main === module) {
  buildPage(join(__dirname, "public")).catch((e) => {
    process.stderr.write(`không dựng được trang web: ${String(e)}\n`);
    process.exitCode = 1;
  });
}

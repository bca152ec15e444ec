/**
 * Build-time only (`npm run build`, after `bundle.ts`): runs each bundled command once on a
 * sample, so that V8's compiled code for its bundle — the functions a run uses included — is
 * kept beside it as `<bundle>.cache` (`src/cli/cached-bundle.ts` reads it at each start). A
 * command that fails here only leaves its cache less complete; the build goes on.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WRITE_CODE_CACHE } from "../cli/cached-bundle";
import { PACKAGE_ROOT } from "../package-root";

/** The runs, in order (later ones read what earlier ones wrote), relative to a scratch folder. */
export function cacheRuns(root: string, dir: string): string[][] {
  const sample = join(root, "data/002-cong-van-1866-cv-tu.yaml");
  const docx = join(dir, "out/002-cong-van-1866-cv-tu.docx");
  return [
    // Two documents on two threads (this one and a worker): the worker's bundle gets its cache too.
    ["render", sample, join(root, "data/003-bao-cao-143-bc-tu.yaml"), "--jobs", "2", "-o", join(dir, "out2")],
    // Each run writes the cache of every bundle it loaded, over an earlier run's: the render
    // bundle's is the one-document render's (a start compiles what the cache lacks, and the
    // batch above compiled the engine in this thread for one document only).
    ["render", sample, "-o", join(dir, "out")],
    ["validate", sample],
    ["check", docx],
    ["import", docx, "-o", join(dir, "cv.yaml")],
    ["chuan-hoa", docx, "-o", join(dir, "cv-chuan-hoa.docx")],
    ["list"],
    ["schema", "-o", join(dir, "schema.json")],
  ];
}

export function writeCodeCaches(root = PACKAGE_ROOT): void {
  const dir = mkdtempSync(join(tmpdir(), "vanthu-code-cache-"));
  try {
    for (const args of cacheRuns(root, dir))
      spawnSync(process.execPath, [join(root, "dist/src/cli/main.js"), ...args], {
        cwd: dir,
        env: { ...process.env, [WRITE_CODE_CACHE]: "1" },
        stdio: "ignore",
        timeout: 120000,
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) writeCodeCaches();

/**
 * Build-time only (`npm run build`, after `bundle.ts`): takes down what the built command line
 * prints for `vanthu --help` — yargs' own text, at its width of 80 columns — beside the command's
 * bundle (`dist/src/cli/help.txt`), which `vanthu --help` then prints without loading yargs
 * (`src/cli/built-help.ts`).
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HELP_FILE_NAME } from "../cli/built-help";
import { PACKAGE_ROOT } from "../package-root";

/** Where the build puts the help text of the clone at `root`. */
export const helpFile = (root: string) => join(root, "dist/src/cli", HELP_FILE_NAME);

/** yargs' help of the built command line: printed by yargs, not from an earlier build's text. */
export function yargsHelp(root: string): string {
  rmSync(helpFile(root), { force: true });
  const env = { ...process.env };
  delete env.YARGS_DISABLE_WRAP;
  const r = spawnSync(process.execPath, [join(root, "dist/src/cli/main.js"), "--help"], {
    env,
    encoding: "utf8",
    timeout: 60000,
  });
  if (r.status !== 0 || r.stderr !== "" || r.stdout === "")
    throw new Error(`vanthu --help: mã thoát ${r.status}, ${r.stderr || "không in gì"}`);
  return r.stdout;
}

export function writeHelpText(root = PACKAGE_ROOT): void {
  writeFileSync(helpFile(root), yargsHelp(root));
}

if (require.main === module) {
  try {
    writeHelpText();
  } catch (e) {
    process.stderr.write(`không ghi được nội dung --help: ${String(e)}\n`);
    process.exitCode = 1;
  }
}

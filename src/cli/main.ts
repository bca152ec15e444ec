#!/usr/bin/env node
/**
 * The `vanthu` command. `--version` and `--help` alone are answered here, as yargs would answer
 * them, without loading yargs (`--help` from the text the build took down from yargs,
 * `built-help.ts`); every other command line is read by yargs in `run.ts`, loaded from its
 * bundle with the code V8 compiled for it at build time (`cached-bundle.ts`).
 */
import { join } from "node:path";
import { builtHelp, helpAsBuilt } from "./built-help";
import { requireBundle } from "./cached-bundle";
import { EXIT, processIo, type Io } from "./io";
import { ownVersion } from "./version";

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.length === 1 && argv[0] === "--version") {
    io.out(ownVersion());
    return EXIT.ok;
  }
  const help = helpAsBuilt(argv) ? builtHelp() : undefined;
  if (help !== undefined) {
    io.out(help);
    return EXIT.ok;
  }
  const { run } = requireBundle(join(__dirname, "run.js"), () => require("./run") as typeof import("./run"));
  return run(argv, io);
}

if (require.main === module) {
  // A reader that closed the pipe early (`vanthu list | head`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) =>
    e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : undefined,
  );
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      processIo.err(`lỗi nội bộ của vanthu: ${String(e)}\nXin báo lỗi tại trang dự án, kèm lệnh đã chạy.`);
      process.exitCode = 70;
    },
  );
}

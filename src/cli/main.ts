#!/usr/bin/env node
/**
 * The `vanthu` command. `--version` and `--help` alone are answered here, as yargs would answer
 * them, without loading yargs (`--help` from the text the build took down from yargs,
 * `built-help.ts`), and an ordinary `render` command line is read by Node's parseArgs from the
 * same option table yargs declares (`ordinary-render.ts`); every other command line is read by
 * yargs in `run.ts`, loaded from its bundle with the code V8 compiled for it at build time
 * (`cached-bundle.ts`).
 */
import { join } from "node:path";
import { builtHelp, helpAsBuilt } from "./built-help";
import { requireBundle } from "./cached-bundle";
import { commandModule } from "./command-module";
import { EXIT, processIo, stdoutStream, type Io } from "./io";
import { ordinaryRenderArgs } from "./ordinary-render";
import { ownVersion } from "./version";

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const print = (text: string) => (io.outNow ? io.outNow(text) : io.out(text));
  if (argv.length === 1 && argv[0] === "--version") {
    print(ownVersion());
    return EXIT.ok;
  }
  const help = helpAsBuilt(argv) ? builtHelp() : undefined;
  if (help !== undefined) {
    print(help);
    return EXIT.ok;
  }
  const ordinary = ordinaryRenderArgs(argv);
  if (ordinary) {
    const { renderCommand } = commandModule(
      "render",
      () => require("./commands/render") as typeof import("./commands/render"),
    );
    return renderCommand(ordinary, io);
  }
  // yargs prints help and the version through console.log.
  if (io === processIo) stdoutStream();
  const { run } = requireBundle(join(__dirname, "run.js"), () => require("./run") as typeof import("./run"));
  return run(argv, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      processIo.err(`lỗi nội bộ của vanthu: ${String(e)}\nXin báo lỗi tại trang dự án, kèm lệnh đã chạy.`);
      process.exitCode = 70;
    },
  );
}

/**
 * For the `--watch` tests: the built CLI run as a user runs it, its output gathered into one log,
 * with waits on the lines it prints. The time limit is generous: the machine may be busy; the loop
 * itself answers in well under a second.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./samples";

const CLI = join(ROOT, "dist/src/cli/main.js");

export interface WatchedCli {
  /** Everything printed so far, stdout and stderr as they came. */
  readonly log: string;
  /** Resolves when the log has grown by a line matching `pattern` after position `from`. */
  logged(pattern: RegExp, from: number): Promise<void>;
  /**
   * Makes a change and waits for the round it starts to end with its summary line; that round's
   * log. With `done`, waits on through later rounds until `done()` holds after one of them: one
   * save may start two rounds (a file written in two steps), and the later one may still be
   * ending when the next change is made.
   */
  change(edit: () => Promise<void> | void, summary?: RegExp, done?: () => boolean): Promise<string>;
  /** Ctrl+C: the exit code. */
  interrupt(): Promise<number | null>;
  kill(): void;
}

export function watchedCli(args: string[], cwd: string, waitMs: number): WatchedCli {
  let log = "";
  const child = spawn(process.execPath, [CLI, ...args], { cwd });
  child.stderr.setEncoding("utf8").on("data", (d: string) => (log += d));
  child.stdout.setEncoding("utf8").on("data", (d: string) => (log += d));
  const logged = (pattern: RegExp, from: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        if (pattern.test(log.slice(from))) return resolve();
        if (Date.now() - started > waitMs) return reject(new Error(`no ${pattern} in:\n${log.slice(from)}`));
        setTimeout(look, 50);
      };
      look();
    });
  return {
    get log() {
      return log;
    },
    logged,
    async change(edit, summary = /Đã tạo \d+ văn bản/, done) {
      const from = log.length;
      await edit();
      for (let seen = from; ;) {
        await logged(summary, seen);
        const m = summary.exec(log.slice(seen))!;
        seen += m.index + m[0].length;
        if (!done || done()) return log.slice(from);
      }
    },
    interrupt: () =>
      new Promise((resolve) => {
        child.once("close", resolve);
        child.kill("SIGINT");
      }),
    kill: () => child.kill("SIGKILL"),
  };
}

/** The CLI's outside world, so commands can be driven and observed without a terminal. */
import { writeSync } from "node:fs";
import { terminalSafe } from "../text/terminal-safe";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars) — false in pipes, CI and tests. */
  isTTY: boolean;
  /** Writes to stderr as is, no newline added (a progress bar redrawn with "\r"); terminals only. */
  errRaw?(text: string): void;
  /**
   * As `out`, for a process that prints one short text and ends (`--version`, `--help`): written
   * at once, without opening the stdout stream (Node loads its stream modules for that).
   */
  outNow?(text: string): void;
}

const line = (t: string) => terminalSafe(t.endsWith("\n") ? t : t + "\n");

/**
 * `text` written to stdout's file descriptor; what the descriptor does not take (a non-blocking
 * pipe that is full, any other refusal) goes through the stream, as `out` writes. A reader that
 * closed the pipe early is not an error.
 */
function writeNow(text: string): void {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
    process.stdout.write(bytes.subarray(done));
  }
}

let watchingStdout = false;

/**
 * A reader that closed the pipe early (`vanthu list | head`) is not an error: the process ends
 * with the exit code it has. Set once the command is going to write through the stdout stream
 * (asking for it opens it, which loads Node's stream modules: `--version` and `--help` alone
 * write without it, `outNow`).
 */
export function quietWhenStdoutCloses(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) =>
    e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : undefined,
  );
}

/** Every line the CLI prints passes terminalSafe: no file name or value can drive the terminal. */
export const processIo: Io = {
  out: (t) => process.stdout.write(line(t)),
  err: (t) => process.stderr.write(line(t)),
  // Asked when needed: touching process.stderr opens its stream.
  get isTTY() {
    return Boolean(process.stderr.isTTY);
  },
  errRaw: (t) => process.stderr.write(t),
  outNow: (t) => writeNow(line(t)),
};

/**
 * Exit codes, in one place: 0 success, 1 invalid input (any error diagnostic), 2 usage error, 130 stopped by
 * Ctrl+C.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/** The CLI's outside world, so commands can be driven and observed without a terminal. */
import { fstatSync, writeSync } from "node:fs";
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

let watchingStdout = false;

/**
 * The stdout stream, watched so that a reader that closed the pipe early (`vanthu list | head`)
 * is not an error: the process ends with the exit code it has. Asking for the stream opens it,
 * which loads Node's stream modules: done only when something is written through it.
 */
export function stdoutStream(): NodeJS.WriteStream {
  if (!watchingStdout) {
    watchingStdout = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : undefined,
    );
  }
  return process.stdout;
}

/**
 * Writes to the descriptor `fd` itself, without opening its stream (Node writes to files, pipes
 * and terminals synchronously on Linux, so nothing comes out in another order). Once the
 * descriptor refuses (a non-blocking pipe that is full, anything else) the rest, and all that
 * follows, goes through `stream`. A reader that closed the pipe early is not an error.
 */
function descriptorWriter(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let throughStream = false;
  return (text) => {
    if (throughStream) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throughStream = true;
      stream().write(bytes.subarray(done));
    }
  };
}

const toStderr = descriptorWriter(2, () => process.stderr);
const toStdout = descriptorWriter(1, stdoutStream);

/** Whether `fd` is a character device (a terminal, or /dev/null): asked before opening its stream. */
export function characterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** Every line the CLI prints passes terminalSafe: no file name or value can drive the terminal. */
export const processIo: Io = {
  out: (t) => stdoutStream().write(line(t)),
  err: (t) => toStderr(line(t)),
  get isTTY() {
    return characterDevice(2) && Boolean(process.stderr.isTTY);
  },
  errRaw: (t) => process.stderr.write(t),
  outNow: (t) => toStdout(line(t)),
};

/**
 * Exit codes, in one place: 0 success, 1 invalid input (any error diagnostic), 2 usage error, 130 stopped by
 * Ctrl+C.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

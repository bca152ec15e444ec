/** The CLI's outside world, so commands can be driven and observed without a terminal. */
import { terminalSafe } from "../text/terminal-safe";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars) — false in pipes, CI and tests. */
  isTTY: boolean;
  /** Writes to stderr as is, no newline added (a progress bar redrawn with "\r"); terminals only. */
  errRaw?(text: string): void;
}

/** Every line the CLI prints passes terminalSafe: no file name or value can drive the terminal. */
export const processIo: Io = {
  out: (t) => process.stdout.write(terminalSafe(t.endsWith("\n") ? t : t + "\n")),
  err: (t) => process.stderr.write(terminalSafe(t.endsWith("\n") ? t : t + "\n")),
  isTTY: Boolean(process.stderr.isTTY),
  errRaw: (t) => process.stderr.write(t),
};

/**
 * Exit codes, in one place: 0 success, 1 invalid input (any error diagnostic), 2 usage error, 130 stopped by
 * Ctrl+C.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

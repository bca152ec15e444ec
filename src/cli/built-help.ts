/**
 * `vanthu --help` as yargs printed it at build time (`src/build/help-text.ts` writes it beside the
 * command's bundle as `help.txt`), so that `--help` alone is answered without loading yargs. Only
 * where yargs would print those very lines: its text is wrapped at 80 columns, or narrower when
 * stdout is a narrower terminal, or not at all under `YARGS_DISABLE_WRAP`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { characterDevice } from "./io";

export const HELP_FILE_NAME = "help.txt";

/** The width yargs wraps its help at when the terminal does not make it narrower. */
export const HELP_WIDTH = 80;

/**
 * stdout's width as yargs reads it (`process.stdout.columns`), asked only of a terminal: a pipe or
 * a file has none, and opening its stream to ask would load Node's stream modules.
 */
const stdoutColumns = (): number | undefined => (characterDevice(1) ? process.stdout.columns : undefined);

/**
 * Whether yargs, given `argv`, would print its help exactly as the build took it down: the help
 * option alone, on a stdout at least as wide as the text (`columns` is undefined for a pipe or a
 * file), wrapping not turned off.
 */
export function helpAsBuilt(
  argv: readonly string[],
  columns: number | undefined = stdoutColumns(),
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return (
    argv.length === 1 &&
    (argv[0] === "--help" || argv[0] === "-h") &&
    !env.YARGS_DISABLE_WRAP &&
    !(columns && columns < HELP_WIDTH)
  );
}

/** The help text the build wrote into `dir`; undefined where there is none (running from sources). */
export function builtHelp(dir: string = __dirname): string | undefined {
  const file = join(dir, HELP_FILE_NAME);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

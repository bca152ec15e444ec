/**
 * `vanthu --help` alone prints the text the build took down from yargs, and only where yargs
 * would print those very lines: compared here with what yargs itself prints, run from the built
 * command line (`npm run build` first).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { builtHelp, helpAsBuilt, HELP_WIDTH } from "../../src/cli/built-help";
import { ROOT } from "../support/samples";

const DIST = join(ROOT, "dist/src/cli");

/** What yargs prints for `argv`, from the built command line, never through the built text. */
const yargsPrints = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(
    process.execPath,
    ["-e", `require(${JSON.stringify(join(DIST, "run.js"))}).run(${JSON.stringify(argv)})`],
    { encoding: "utf8", env: { ...process.env, ...env } },
  );
const vanthu = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(DIST, "main.js"), ...argv], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });

describe("the help text taken down at build time", () => {
  it.each([
    ["--help", "C"],
    ["-h", "C"],
    ["--help", "fr_FR.UTF-8"],
    ["--help", "vi_VN.UTF-8"],
  ])("is what yargs prints for %s alone (locale %s), and what vanthu prints", (option, locale) => {
    const env = { LC_ALL: locale, LANG: locale };
    const own = yargsPrints([option], env);
    expect([own.status, own.stderr]).toEqual([0, ""]);
    expect(own.stdout).toMatch(/^vanthu <lệnh> \[tùy chọn\]\n/);
    expect(builtHelp(DIST)).toBe(own.stdout);
    const printed = vanthu([option], env);
    expect([printed.status, printed.stdout, printed.stderr]).toEqual([0, own.stdout, ""]);
  });

  it("is the help of the whole command line: every command and every global option", () => {
    const help = builtHelp(DIST)!;
    for (const command of ["render", "validate", "check", "import", "chuan-hoa", "list", "schema", "serve"])
      expect(help).toMatch(new RegExp(`^  vanthu ${command}\\b`, "m"));
    for (const option of ["--templates", "--profiles", "--help", "--version"]) expect(help).toContain(option);
  });

  it("leaves to yargs what it would print otherwise: help with wrapping turned off", () => {
    const env = { YARGS_DISABLE_WRAP: "1" };
    const unwrapped = vanthu(["--help"], env);
    expect(unwrapped.stdout).toBe(yargsPrints(["--help"], env).stdout);
    expect(unwrapped.stdout).not.toBe(builtHelp(DIST));
  });

  it("is missing where nothing was built (running from the sources)", () => {
    expect(builtHelp(join(ROOT, "src/cli"))).toBeUndefined();
  });
});

describe("helpAsBuilt", () => {
  it("takes the help option alone, on a pipe or a terminal at least as wide as yargs wraps", () => {
    for (const columns of [undefined, HELP_WIDTH, 200]) {
      expect(helpAsBuilt(["--help"], columns, {})).toBe(true);
      expect(helpAsBuilt(["-h"], columns, {})).toBe(true);
    }
  });

  it("leaves to yargs a narrower terminal, wrapping turned off, and any other argument", () => {
    expect(helpAsBuilt(["--help"], HELP_WIDTH - 1, {})).toBe(false);
    expect(helpAsBuilt(["--help"], undefined, { YARGS_DISABLE_WRAP: "1" })).toBe(false);
    for (const argv of [[], ["render", "--help"], ["--help", "--templates", "x"], ["help"], ["--version"]])
      expect(helpAsBuilt(argv, undefined, {})).toBe(false);
  });
});

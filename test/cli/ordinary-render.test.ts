/**
 * An ordinary `vanthu render` command line read without yargs: whatever it takes, yargs reads the
 * same (compared with the built command line's yargs, `npm run build` first); what it leaves,
 * yargs reads.
 */
import fc from "fast-check";
import { join } from "node:path";
import type { RenderArgs } from "../../src/cli/commands/render-args";
import { ordinaryRenderArgs } from "../../src/cli/ordinary-render";
import type { run as Run } from "../../src/cli/run";
import { ROOT } from "../support/samples";

const { run } = require(join(ROOT, "dist/src/cli/run.js")) as { run: typeof Run };
const quiet = { out: () => undefined, err: () => undefined, isTTY: false };

/** What yargs hands `renderCommand` for `argv`, or undefined when it runs no render (a usage error, help). */
async function yargsReads(argv: string[]): Promise<RenderArgs | undefined> {
  let asked: RenderArgs | undefined;
  const load = <T>(name: string): T => {
    if (name !== "render") throw new Error(`lệnh ${name}`);
    return { renderCommand: async (args: RenderArgs) => ((asked = args), 0) } as T;
  };
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await run(argv, quiet, load);
  } finally {
    log.mockRestore();
  }
  return asked;
}

/** Arguments of every sort a command line may hold: inputs, options of each kind, their values, oddities. */
const WORDS = [
  "a.yaml",
  "data",
  "thư mục/b c.yaml",
  "data/**/*.yaml",
  "x=y",
  "123",
  "007",
  "2x",
  "-1",
  "true",
  "false",
  "",
  "-",
  "--",
  "out",
  "{so}-{ky_hieu}",
  "--out",
  "-o",
  "--out=ra",
  "--out=",
  "-o=ra",
  "-ora",
  "--jobs",
  "-j",
  "--jobs=2",
  "-j2",
  "--ten-tep",
  "--ten-tep={loai}/{so}",
  "--json",
  "--json=false",
  "--no-json",
  "--tree",
  "--watch",
  "-w",
  "-wo",
  "--pdf",
  "--du-lieu",
  "--du-lieu=don-vi.xlsx",
  "--bang-tinh",
  "--templates",
  "--templates=mau",
  "--profiles",
  "--profiles=p",
  "--tenTep",
  "-h",
  "--help",
  "--version",
  "--port",
  "--khong-co",
];
const commandLine = fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }).map((ws) => ["render", ...ws]);

describe("an ordinary render command line", () => {
  it("is read as yargs reads it, whenever it is taken", async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (argv) => {
        const ordinary = ordinaryRenderArgs(argv);
        fc.pre(ordinary !== undefined);
        expect(ordinary).toEqual(await yargsReads(argv));
      }),
      { numRuns: 400 },
    );
  });

  it.each(
    [
      ["render", "a.yaml"],
      ["render", "data", "b.yaml", "-o", "ra"],
      ["render", "a.yaml", "--out=ra", "--jobs", "2", "--json"],
      ["render", "a.yaml", "-j", "1", "--ten-tep", "{so}-{ky_hieu}", "--tree"],
      ["render", "_chung.yaml", "--du-lieu", "don-vi.xlsx", "--bang-tinh", "Sheet1", "--pdf", "-w"],
      ["render", "a.yaml", "--templates", "mau"],
    ].map((argv) => [argv.join(" "), argv]),
  )("takes `%s`, as yargs reads it", async (_, argv) => {
    const ordinary = ordinaryRenderArgs(argv);
    expect(ordinary).toBeDefined();
    expect(ordinary).toEqual(await yargsReads(argv));
  });

  it.each(
    [
      ["validate", "a.yaml"],
      ["render"],
      ["render", "a.yaml", "--help"],
      ["render", "a.yaml", "--json", "false"],
      ["render", "a.yaml", "-o", "a", "-o", "b"],
      ["render", "a.yaml", "--profiles", "p"],
      ["render", "a.yaml", "-wo", "ra"],
      ["render", "-"],
      ["render", "a.yaml", "--", "b.yaml"],
      ["render", "a.yaml", "--jobs", "2x"],
      ["render", "a.yaml", "--out", "-x"],
      ["render", "a.yaml", "--no-json"],
    ].map((argv) => [argv.join(" "), argv]),
  )("leaves `%s` to yargs", (_, argv) => {
    expect(ordinaryRenderArgs(argv)).toBeUndefined();
  });
});

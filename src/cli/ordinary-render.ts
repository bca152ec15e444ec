/**
 * An ordinary `vanthu render` command line read without yargs: by Node's `util.parseArgs`, from
 * the same option table (`render-options.ts`), so that rendering one document does not first load
 * and run yargs (some 20–30 ms of a cold start). Only a command line both read alike is taken:
 * anything parseArgs refuses (an unknown option, `--help`, `--version`, `--no-json`, a missing
 * value) and anything yargs reads its own way is left to yargs — a repeated option (yargs makes
 * a list of it), `--profiles` (a list that takes the inputs after it too), grouped short options,
 * `--`, a lone `-`, an empty argument, "true" or "false" where a flag may take it as its value,
 * a value that starts with "-", a number that is not plain digits. `test/cli/ordinary-render.test.ts`
 * checks, on generated command lines, that whatever is taken here is what yargs reads.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { RenderArgs } from "./commands/render-args";
import {
  GLOBAL_OPTIONS,
  RENDER_OPTIONS,
  renderArgsOf,
  type OptionSpec,
  type RenderValues,
} from "./render-options";

const TABLE: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...RENDER_OPTIONS };

/** The table as parseArgs takes it: numbers are read as text here and checked below. */
const PARSE_ARGS_OPTIONS: ParseArgsConfig["options"] = Object.fromEntries(
  Object.entries(TABLE).map(([name, spec]) => [
    name,
    {
      type: spec.type === "boolean" ? "boolean" : "string",
      ...(spec.alias ? { short: spec.alias } : {}),
      ...(spec.array ? { multiple: true } : {}),
    },
  ]),
);

/** Options whose reading differs between the two: yargs' lists take the positionals after them. */
const LEFT_TO_YARGS = new Set(Object.keys(TABLE).filter((name) => TABLE[name].array));
const PLAIN_NUMBER = /^\d{1,6}$/;
const FLAG_VALUE = /^(true|false)$/i;

/** `argv` (the arguments after `vanthu`) read as `render` would be, or undefined to leave it to yargs. */
export function ordinaryRenderArgs(argv: readonly string[]): RenderArgs | undefined {
  if (argv[0] !== "render") return undefined;
  const args = argv.slice(1);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: PARSE_ARGS_OPTIONS,
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "option-terminator") return undefined;
    if (token.kind === "positional") {
      if (token.value === "" || token.value === "-" || FLAG_VALUE.test(token.value)) return undefined;
      continue;
    }
    const spec = TABLE[token.name];
    if (LEFT_TO_YARGS.has(token.name) || seen.has(token.name)) return undefined;
    seen.add(token.name);
    // A short option alone in its argument ("-o out"), never grouped ("-wo out") nor joined ("-oout").
    if (!token.rawName.startsWith("--") && args[token.index] !== token.rawName) return undefined;
    if (spec.type === "boolean") continue;
    const value = token.value ?? "";
    if (value === "" || value.startsWith("-")) return undefined;
    if (spec.type === "number" && !PLAIN_NUMBER.test(value)) return undefined;
  }
  if (parsed.positionals.length === 0) return undefined;
  const given = parsed.values as Record<string, string | boolean | undefined>;
  const value = <T>(name: string): T | undefined => (given[name] ?? TABLE[name].default) as T | undefined;
  const values: RenderValues = {
    out: value<string>("out")!,
    jobs: given.jobs === undefined ? undefined : Number(given.jobs),
    "ten-tep": value<string>("ten-tep"),
    json: value<boolean>("json")!,
    tree: value<boolean>("tree")!,
    "du-lieu": value<string>("du-lieu"),
    "bang-tinh": value<string>("bang-tinh"),
    watch: value<boolean>("watch")!,
    pdf: value<boolean>("pdf")!,
    templates: value<string>("templates"),
    profiles: [...(value<string[]>("profiles") ?? [])],
  };
  return renderArgsOf(values, parsed.positionals);
}

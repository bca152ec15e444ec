/**
 * `vanthu render <files, folders or patterns…> [-o out/] [--jobs N] [--ten-tep "{so}-{ky_hieu}"]
 * [--json] [--tree]`: YAML → .docx (`../batch/`), or the document trees as JSON.
 */
import { hasErrors, isError } from "../../diagnostic";
import { DEFAULT_TEMPLATES } from "../../resources";
import { runBatch } from "../batch/batch";
import { expandInputs, inputProblem, type Input } from "../inputs";
import { EXIT, type Io } from "../io";
import { patternProblem } from "../naming";
import { sheetInputs } from "../sheet-inputs";
import { treeOfInput } from "../read";
import { printDiagnostics } from "../report";
import { openSession } from "../session";
import type { Engine } from "../../engine";
import type { RenderArgs } from "./render-args";

export type { RenderArgs } from "./render-args";

export async function renderCommand(args: RenderArgs, io: Io): Promise<number> {
  const started = Date.now();
  const usage = usageProblem(args);
  if (usage) {
    io.err(`${usage}\nXem: vanthu render --help`);
    return EXIT.usage;
  }
  if (args.watch) {
    const { renderWatch } = require("./render-watch") as typeof import("./render-watch");
    return renderWatch(args, io);
  }
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  const {
    inputs,
    problems: notFound,
    failed,
  } = args.duLieu
    ? await sheetInputs(args.duLieu, args.bangTinh, args.inputs[0])
    : { ...expandInputs(args.inputs), failed: [] };
  printDiagnostics(io, [...notFound, ...failed]);
  if (inputs.length === 0) {
    if (args.json)
      io.out(
        JSON.stringify({
          rendered: 0,
          failed: notFound.length,
          seconds: 0,
          files: notFound.map((d) => ({ input: d.file, output: null, status: "error", diagnostics: [d] })),
        }),
      );
    return EXIT.invalid;
  }
  if (args.tree) return printTrees(session.engine, inputs, notFound.filter(isError).length, started, io);
  const options = {
    out: args.out,
    jobs: args.jobs,
    pattern: args.tenTep,
    json: Boolean(args.json),
    templates: args.templates ?? DEFAULT_TEMPLATES,
    profiles: args.profiles ?? [],
    pdf: args.pdf,
  };
  return runBatch(session.engine, inputs, [...failed, ...notFound.filter(isError)], options, io);
}

function usageProblem(args: RenderArgs): string | undefined {
  const input = inputProblem(args.inputs);
  if (input) return input;
  if (!args.out.trim())
    return '-o cần tên một thư mục ra, không được để trống (-o "" sẽ ghi vào thư mục hiện tại); ví dụ: -o out';
  if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs >= 1))
    return `--jobs phải là một số nguyên dương (số luồng xử lý), không phải "${args.jobs}"`;
  if (args.watch && (args.tree || args.json))
    return "--watch chạy mãi cho tới khi nhấn Ctrl+C, nên không đi cùng --tree hay --json";
  if (args.duLieu !== undefined && (args.inputs.length !== 1 || !/\.ya?ml$/i.test(args.inputs[0])))
    return "--du-lieu đi cùng đúng một tệp YAML dùng chung (các dòng của bảng tính kế thừa tệp đó), ví dụ: vanthu render _chung.yaml --du-lieu don-vi.xlsx";
  if (args.bangTinh !== undefined && args.duLieu === undefined) return "--bang-tinh chỉ dùng cùng --du-lieu";
  if (args.tenTep !== undefined) return patternProblem(args.tenTep);
  return undefined;
}

/** `--tree`: the trees as JSON on stdout (one file: its tree; several: by file), nothing written. */
async function printTrees(
  engine: Engine,
  inputs: readonly Input[],
  failedBefore: number,
  started: number,
  io: Io,
): Promise<number> {
  const trees: Record<string, unknown> = {};
  let done = 0;
  let failed = failedBefore;
  for (const input of inputs) {
    const outcome = await treeOfInput(engine, input);
    printDiagnostics(io, outcome.diagnostics);
    if (outcome.tree && !hasErrors(outcome.diagnostics)) {
      trees[input.file] = outcome.tree;
      done++;
    } else failed++;
  }
  const values = Object.values(trees);
  if (values.length) io.out(JSON.stringify(inputs.length === 1 ? values[0] : trees, null, 2));
  io.err(`Đã đọc ${done} văn bản, ${failed} tệp lỗi (${((Date.now() - started) / 1000).toFixed(1)} giây).`);
  return failed ? EXIT.invalid : EXIT.ok;
}

/**
 * The `vanthu` command line as yargs reads it: parses the arguments and dispatches; no pipeline
 * logic here. Each command's module is loaded when that command runs, so `--help`, `--version`
 * and a usage error load none of the engine, and `render` none of the web server. `main.ts`
 * answers `--version` and `--help` alone before loading this (and yargs).
 */
import { commandModule } from "./command-module";
import { EXIT, processIo, type Io } from "./io";
import { GLOBAL_OPTIONS, RENDER_INPUTS, RENDER_OPTIONS, renderArgsOf } from "./render-options";
import { ownVersion } from "./version";
import { YARGS_VI } from "./yargs-vi";

class UsageError extends Error {}

/** Options that take the next argument as their value. */
const VALUED = [
  "-o",
  "--out",
  "-j",
  "--jobs",
  "--ten-tep",
  "--templates",
  "--port",
  "--samples",
  "--the-thuc",
  "--du-lieu",
  "--bang-tinh",
];

/**
 * The inputs as given: yargs silently drops a lone "-" (standard input) from positionals, so it
 * is put back here, to be refused with a message rather than ignored.
 */
function inputsOf(parsed: unknown, argv: readonly string[]): string[] {
  const inputs = [...((parsed as string[] | undefined) ?? [])];
  const dash = argv.some((arg, i) => arg === "-" && !VALUED.includes(argv[i - 1]));
  return dash && !inputs.includes("-") ? [...inputs, "-"] : inputs;
}

/**
 * Runs the command `argv` names (the arguments after `vanthu`); its exit code. `load` gives each
 * command's module (tests hand in their own to see what a command is asked).
 */
export async function run(argv: string[], io: Io = processIo, load = commandModule): Promise<number> {
  const { default: yargs } = await import("yargs");
  let code: number = EXIT.ok;
  const parser = yargs(argv)
    .scriptName("vanthu")
    .usage(
      "vanthu <lệnh> [tùy chọn]\n\nSoạn văn bản Đảng và văn bản hành chính (.docx) đúng thể thức từ tệp YAML.",
    )
    .options(GLOBAL_OPTIONS)
    .command(
      "render <inputs..>",
      "tạo tệp .docx từ các tệp YAML, thư mục hoặc mẫu glob, song song trên mọi lõi CPU",
      (y) => y.positional("inputs", RENDER_INPUTS).options(RENDER_OPTIONS),
      async (a) => {
        const { renderCommand } = load(
          "render",
          () => require("./commands/render") as typeof import("./commands/render"),
        );
        code = await renderCommand(renderArgsOf(a, inputsOf(a.inputs, argv)), io);
      },
    )
    .command(
      "validate <inputs..>",
      "kiểm tra tệp YAML, không ghi gì",
      (y) =>
        y.positional("inputs", {
          type: "string",
          array: true,
          demandOption: true,
          describe: "tệp .yaml hoặc thư mục",
        }),
      async (a) => {
        const { validateCommand } = load(
          "validate",
          () => require("./commands/validate") as typeof import("./commands/validate"),
        );
        code = await validateCommand(
          { inputs: inputsOf(a.inputs, argv), templates: a.templates, profiles: a.profiles },
          io,
        );
      },
    )
    .command(
      "check <inputs..>",
      "kiểm tra thể thức tệp Word (.docx) theo HD 36 hoặc NĐ 30, dùng chính thể thức tạo văn bản",
      (y) =>
        y
          .positional("inputs", {
            type: "string",
            array: true,
            demandOption: true,
            describe: 'tệp .docx, thư mục, hoặc mẫu glob trong dấu nháy ("ho-so/**/*.docx")',
          })
          .option("the-thuc", {
            type: "string",
            describe: "kiểm tra theo thể thức này (dang, nha-nuoc) thay vì thể thức nhận ra từ văn bản",
          })
          .option("json", {
            type: "boolean",
            default: false,
            describe: "in một đối tượng JSON: {files: [{file, the_thuc, loai, diagnostics}], summary}",
          })
          .option("jobs", {
            alias: "j",
            type: "number",
            describe: "số luồng xử lý song song (mặc định: số lõi CPU khi có từ 16 tệp)",
          }),
      async (a) => {
        const { checkCommand } = load(
          "check",
          () => require("./commands/check") as typeof import("./commands/check"),
        );
        code = await checkCommand(
          {
            inputs: inputsOf(a.inputs, argv),
            theThuc: a["the-thuc"],
            json: a.json,
            jobs: a.jobs,
            templates: a.templates,
            profiles: a.profiles,
          },
          io,
        );
      },
    )
    .command(
      "import <inputs..>",
      "nhập văn bản Word (.docx) thành tệp YAML của vanthu (cùng các trường như data/)",
      (y) =>
        y
          .positional("inputs", {
            type: "string",
            array: true,
            demandOption: true,
            describe: 'tệp .docx, thư mục, hoặc mẫu glob trong dấu nháy ("van-ban/**/*.docx")',
          })
          .option("out", {
            alias: "o",
            type: "string",
            describe:
              "tệp .yaml (khi nhập một tệp) hoặc thư mục ghi các tệp .yaml (mặc định: cạnh tệp .docx)",
          })
          .option("the-thuc", {
            type: "string",
            describe: "thể thức (dang, nha-nuoc) thay cho thể thức nhận ra từ văn bản",
          })
          .option("ghi-de", { type: "boolean", default: false, describe: "ghi đè tệp .yaml đã có" }),
      (a) => {
        const { importCommand } = load(
          "import",
          () => require("./commands/import") as typeof import("./commands/import"),
        );
        code = importCommand(
          {
            inputs: inputsOf(a.inputs, argv),
            out: a.out,
            theThuc: a["the-thuc"],
            overwrite: a["ghi-de"],
            templates: a.templates,
            profiles: a.profiles,
          },
          io,
        );
      },
    )
    .command(
      "chuan-hoa <input>",
      "trình bày lại một văn bản Word đúng thể thức: nhập, tạo lại .docx, in lỗi thể thức trước và sau",
      (y) =>
        y
          .positional("input", { type: "string", demandOption: true, describe: "tệp .docx" })
          .option("out", {
            alias: "o",
            type: "string",
            describe: "tệp .docx ghi ra (mặc định: <tên>-chuan-hoa.docx cạnh tệp vào)",
          })
          .option("the-thuc", {
            type: "string",
            describe: "thể thức (dang, nha-nuoc) thay cho thể thức nhận ra từ văn bản",
          })
          .option("ghi-de", { type: "boolean", default: false, describe: "ghi đè tệp ra đã có" }),
      async (a) => {
        const { chuanHoaCommand } = load(
          "chuan-hoa",
          () => require("./commands/chuan-hoa") as typeof import("./commands/chuan-hoa"),
        );
        code = await chuanHoaCommand(
          {
            input: a.input,
            out: a.out,
            theThuc: a["the-thuc"],
            overwrite: a["ghi-de"],
            templates: a.templates,
            profiles: a.profiles,
          },
          io,
        );
      },
    )
    .command(
      "list",
      "liệt kê các loại văn bản và các trường của chúng",
      (y) => y.option("json", { type: "boolean", default: false, describe: "in dạng JSON" }),
      (a) => {
        const { listCommand } = load(
          "list",
          () => require("./commands/list") as typeof import("./commands/list"),
        );
        code = listCommand({ json: a.json, templates: a.templates, profiles: a.profiles }, io);
      },
    )
    .command(
      "schema",
      "in (hoặc ghi) JSON Schema của tệp YAML, để trình soạn thảo gợi ý và kiểm tra các trường",
      (y) =>
        y
          .option("out", { alias: "o", type: "string", describe: "ghi vào tệp này thay vì in ra" })
          .option("dung-chung", {
            type: "boolean",
            default: false,
            describe: 'schema của phần dùng chung (tệp "_….yaml" mà các tệp đơn vị ke_thua)',
          }),
      (a) => {
        const { schemaCommand } = load(
          "schema",
          () => require("./commands/schema") as typeof import("./commands/schema"),
        );
        const sharedPart = a["dung-chung"];
        code = schemaCommand({ out: a.out, sharedPart, templates: a.templates, profiles: a.profiles }, io);
      },
    )
    .command(
      "serve",
      "mở biểu mẫu soạn văn bản trong trình duyệt (chỉ trên máy này)",
      (y) =>
        y
          .option("port", { type: "number", default: 4310, describe: "cổng (0: một cổng trống bất kỳ)" })
          .option("samples", {
            type: "string",
            describe: "thư mục văn bản mẫu cho “Tạo từ mẫu” (mặc định: data/)",
          }),
      async (a) => {
        // Loaded on demand: the other commands never load the web server.
        const { serveCommand } = load(
          "serve",
          () => require("./commands/serve") as typeof import("./commands/serve"),
        );
        code = await serveCommand(
          { port: a.port, samples: a.samples, templates: a.templates, profiles: a.profiles },
          io,
        );
      },
    )
    .demandCommand(1, "Cần một lệnh: render, validate, check, import, chuan-hoa, list, schema hoặc serve.")
    .strict()
    .help("help")
    .alias("help", "h")
    .version(ownVersion())
    .updateStrings(YARGS_VI as unknown as Record<string, string>)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    await parser.parseAsync();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\nXem: vanthu --help`);
    return EXIT.usage;
  }
  return code;
}

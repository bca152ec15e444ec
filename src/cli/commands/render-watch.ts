/**
 * `vanthu render … --watch`: renders, then renders again what a change touches, until Ctrl+C.
 * A changed YAML file is rendered again alone; a changed shared file (`ke_thua`), template,
 * partial or profile renders every input again (templates and profiles reloaded first; while
 * they have errors, those are printed and the last good ones are kept). New YAML files in a
 * watched folder are rendered as they appear. With `--du-lieu`, the rows of the spreadsheet are the
 * inputs: a saved spreadsheet, base or workbook a table names renders every row again. Each
 * round ends with the batch's summary line.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Engine } from "../../engine";
import { DEFAULT_TEMPLATES } from "../../resources";
import { runBatch, type BatchOptions } from "../batch/batch";
import { expandInputs, type Input } from "../inputs";
import { interrupted } from "../interrupted";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { sheetInputs } from "../sheet-inputs";
import { openSession } from "../session";
import { isInside, watchFiles } from "../watch-files";
import type { RenderArgs } from "./render-args";

export async function renderWatch(args: RenderArgs, io: Io, stop?: Promise<unknown>): Promise<number> {
  const templatesDir = resolve(args.templates ?? DEFAULT_TEMPLATES);
  const profileDirs = (args.profiles ?? []).map((p) => resolve(p));
  const shared = new Set<string>();
  const open = () => {
    const session = openSession({ ...args, onRead: (file) => shared.add(resolve(file)) });
    printDiagnostics(io, session.diagnostics);
    return session.engine;
  };
  let engine: Engine | undefined = open();
  if (!engine) return EXIT.invalid;
  const options: BatchOptions = {
    out: args.out,
    jobs: 1,
    pattern: args.tenTep,
    json: false,
    templates: templatesDir,
    profiles: profileDirs,
    pdf: args.pdf,
  };
  const round = async (only?: Set<string>) => {
    if (args.duLieu !== undefined) {
      // The rows come from the spreadsheet as it is now; a row's cell errors count as failed.
      const rows = await sheetInputs(args.duLieu, args.bangTinh, args.inputs[0]);
      printDiagnostics(io, [...rows.problems, ...rows.failed]);
      if (engine && rows.inputs.length) await runBatch(engine, rows.inputs, rows.failed, options, io);
      else if (!rows.inputs.length)
        io.err("Bảng tính chưa có dòng nào tạo được văn bản (xem trên); sửa rồi lưu lại.");
      return;
    }
    const { inputs, problems } = expandInputs(args.inputs);
    printDiagnostics(io, problems);
    const chosen = only ? inputs.filter((i: Input) => only.has(resolve(i.file))) : inputs;
    if (engine && chosen.length) await runBatch(engine, chosen, [], options, io);
  };

  await round();
  const watching = watchFiles(
    [
      templatesDir,
      ...profileDirs,
      ...[...args.inputs, ...(args.duLieu !== undefined ? [args.duLieu] : [])]
        .map(watchedPath)
        .filter(existsSync),
      ...shared,
    ],
    async (changed) => {
      io.err(`— ${new Date().toLocaleTimeString("vi-VN")} đã thay đổi: ${changed.map(shown).join(", ")}`);
      const known = shared.size;
      if (changed.some((c) => isInside(c, templatesDir) || profileDirs.some((d) => isInside(c, d)))) {
        const reloaded = open();
        if (!reloaded) {
          io.err("Mẫu hoặc thể thức đang có lỗi (xem trên); sửa rồi lưu lại, vanthu sẽ tạo lại văn bản.");
          return;
        }
        engine = reloaded;
        await round();
      } else if (args.duLieu !== undefined || changed.some((c) => shared.has(c))) await round();
      else await round(new Set(changed));
      if (shared.size > known) watching.add([...shared]);
    },
  );
  io.err(
    `Đang theo dõi ${args.duLieu !== undefined ? "bảng tính, " : ""}các tệp YAML, tệp dùng chung, mẫu và thể thức; sửa và lưu để tạo lại. Nhấn Ctrl+C để dừng.`,
  );
  await (stop ?? interrupted());
  await watching.close();
  return EXIT.ok;
}

/** What to watch for an input argument: a file or folder itself; for a glob, its fixed folder. */
function watchedPath(arg: string): string {
  if (existsSync(arg)) return arg;
  const fixed = arg.split(/[\\/]/).findIndex((part) => /[*?[\]{}()!]/.test(part));
  return fixed < 0 ? dirname(arg) : arg.split(/[\\/]/).slice(0, fixed).join("/") || ".";
}

const shown = (file: string) => {
  const rel = file.startsWith(process.cwd() + "/") ? file.slice(process.cwd().length + 1) : file;
  return rel.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
};

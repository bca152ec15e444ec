/**
 * Command-line inputs → the YAML files to process, each with the output name it maps to:
 * a file gives `<name>.docx`; a folder gives every `*.yaml`/`*.yml` below it, and a glob pattern
 * (`"data/**\/*.yaml"`, quoted so the shell leaves it alone) every YAML file it matches, named by
 * their path relative to the folder (or to the pattern's fixed part). Names starting with "_" or
 * "." are shared parts (`ke_thua` bases), and names starting with "~" are the files Office leaves
 * beside an open document (Word's owner file "~$name.docx", its "~WRL0001.tmp"): folders and
 * patterns skip both. Each file comes once.
 */
import { lstatSync, readdirSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { isSkippedName } from "../input-names";
import { isFolder } from "../read-folder";

export interface Input {
  file: string;
  /** Output path relative to the output folder, without extension. */
  name: string;
  /** A document that is not a file of its own (a spreadsheet row): its YAML text. */
  source?: string;
  /** With `source`: the cell each line of it comes from, and the sheet's column headers (src/sheet/units.ts). */
  cells?: (string | undefined)[];
  headers?: string[];
}

/** What a command reads: YAML documents (render, validate) or Word files (import). */
export type InputKind = "yaml" | "docx";
const EXTENSION: Record<InputKind, RegExp> = { yaml: /\.ya?ml$/i, docx: /\.docx$/i };
const shared = (rel: string) => rel.split(/[\\/]/).some(isSkippedName);

/**
 * A Vietnamese sentence about an argument that cannot name an input, or undefined: "-" (standard
 * input, which vanthu does not read: a document needs a file, for its output name and for the
 * `ke_thua` paths written relative to it) and an empty argument.
 */
export function inputProblem(args: readonly string[]): string | undefined {
  if (args.includes("-"))
    return 'vanthu không đọc văn bản từ đầu vào chuẩn ("-"); lưu văn bản vào một tệp .yaml (ví dụ van-ban.yaml) rồi ghi tên tệp đó thay cho "-" (tệp có tên "-": viết ./-)';
  if (args.some((a) => a.trim() === ""))
    return 'có một tham số rỗng (""); ghi đường dẫn tệp .yaml, thư mục hoặc mẫu glob, hoặc bỏ tham số đó';
  return undefined;
}

/**
 * The inputs, and what is wrong with the arguments as diagnostics: one that is neither a file,
 * a folder nor a pattern that matches; a folder (or one inside it) that cannot be read; a folder
 * with no YAML file to process, shared parts aside (an error when nothing else was given, else a
 * warning).
 */
export function expandInputs(
  args: readonly string[],
  kind: InputKind = "yaml",
): { inputs: Input[]; problems: Diagnostic[] } {
  const stem = (f: string) => f.replace(EXTENSION[kind], "");
  const inputs: Input[] = [];
  const problems: Diagnostic[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, name: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ file, name });
  };
  const unreadable = (dir: string, e: unknown) =>
    problems.push(
      diagnostic(
        "FILE_UNREADABLE",
        `không đọc được thư mục này (${(e as NodeJS.ErrnoException).code ?? String(e)}); kiểm tra quyền đọc`,
        { file: dir, stage: "load" },
      ),
    );
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      const matched = matches(arg, kind);
      if (!matched.length)
        problems.push(
          diagnostic(
            "FILE_UNREADABLE",
            "không tìm thấy tệp, thư mục hay tệp nào khớp mẫu này; kiểm tra đường dẫn",
            { file: arg, stage: "load" },
          ),
        );
      for (const m of matched) add(m.file, m.name);
      continue;
    }
    if (stat.isDirectory()) {
      const files = walk(arg, unreadable, kind);
      if (!files.length) empty.push(arg);
      for (const file of files) add(file, stem(relative(arg, file)));
    } else add(arg, stem(basename(arg)));
  }
  const message = `thư mục này không có tệp .${kind} nào (tệp và thư mục có tên bắt đầu bằng _ hoặc . là phần dùng chung, tệp bắt đầu bằng ~ là tệp tạm Word để lại khi đang mở văn bản: đều được bỏ qua)`;
  for (const f of empty)
    problems.push(
      diagnostic("FILE_UNREADABLE", message, {
        file: f,
        stage: "load",
        severity: inputs.length ? "warning" : "error",
      }),
    );
  return { inputs, problems };
}

function walk(dir: string, unreadable: (dir: string, e: unknown) => void, kind: InputKind): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    unreadable(dir, e);
    return [];
  }
  return entries
    .filter((e) => !isSkippedName(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path, unreadable, kind);
      // A link to a folder is never followed (no loops). Anything else named *.yaml is taken — a
      // link to a file, a broken link, a named pipe or a device — and reading it then says what
      // is wrong, rather than the file being skipped without a word.
      return EXTENSION[kind].test(e.name) && !isFolder(dir, e) ? [path] : [];
    });
}

/** The YAML files a pattern matches, named relative to its fixed leading folders (none: not a pattern). */
function matches(pattern: string, kind: InputKind): Input[] {
  // Loaded only for a pattern, so a plain `vanthu render x.yaml` starts a little sooner.
  const { globSync, isDynamicPattern } = require("tinyglobby") as typeof import("tinyglobby");
  if (!isDynamicPattern(pattern)) return [];
  const parts = pattern.split("/");
  const fixed = parts.findIndex((p) => isDynamicPattern(p));
  const base = parts.slice(0, fixed).join("/") || ".";
  const linked = linkedFolders(base);
  // An absolute pattern gives absolute paths (tinyglobby would make them relative to the current folder).
  return globSync(pattern, { dot: false, onlyFiles: true, absolute: isAbsolute(pattern) })
    .map((file) => file.split("/").join(sep))
    .filter((file) => EXTENSION[kind].test(file) && !shared(relative(base, file)) && !linked(dirname(file)))
    .sort((a, b) => a.localeCompare(b))
    .map((file) => ({ file, name: relative(base, file).replace(EXTENSION[kind], "") }));
}

/**
 * Whether a folder below `base` is reached through a link to a folder: a pattern, like a folder
 * given as an argument, never follows one (no loops, no file taken twice under two names). The
 * fixed part of the pattern (`base`) may itself be a link; a link to a file is taken.
 */
function linkedFolders(base: string): (dir: string) => boolean {
  const known = new Map<string, boolean>();
  const root = resolve(base);
  const linked = (dir: string): boolean => {
    const full = resolve(dir);
    if (full === root || !full.startsWith(root + sep)) return false;
    let answer = known.get(full);
    if (answer === undefined) {
      let link: boolean;
      try {
        link = lstatSync(full).isSymbolicLink();
      } catch {
        link = false;
      }
      answer = link || linked(dirname(dir));
      known.set(full, answer);
    }
    return answer;
  };
  return linked;
}

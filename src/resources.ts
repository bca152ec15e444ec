/**
 * The edge that reads the template folder: kinds (`kinds/*.hbs`), partials (`partials/*.hbs`)
 * and format profiles (`profiles/*.yaml`, plus any extra profile folders). Everything the pure
 * core needs, loaded once per process. A folder or file that cannot be read is a diagnostic
 * naming it (FILE_UNREADABLE), never an exception.
 */
import { basename, join } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostic";
import { PACKAGE_ROOT } from "./package-root";
import type { ReadFile } from "./inherit/load-unit";
import { load } from "./load";
import { counting, reportInto, type Report } from "./report";
import { precompiledProfile } from "./profile/precompiled";
import type { Profile } from "./profile/schema";
import { createTextReader, readText } from "./read-file";
import { readFolder } from "./read-folder";
import { createWorkbookReader } from "./sheet/read-workbook";
import type { WorkbookResult } from "./sheet/workbook";
import type { TemplateSource } from "./template/env";
import { typeName, typeOf } from "./schema/type-names";
import { reportIssues } from "./validate";

export interface Resources {
  kinds: Map<string, TemplateSource>;
  partials: TemplateSource[];
  profiles: Map<string, Profile>;
  diagnostics: Diagnostic[];
  /** Reads the shared files that documents inherit from (`ke_thua`); absent: inheriting is an error. */
  read?: ReadFile;
  /** Reads the workbooks ```bang blocks name (`tep: so-lieu.xlsx`); absent: such a table is an error. */
  readWorkbook?: (file: string) => Promise<WorkbookResult>;
}

/** The `templates/` folder shipped with vanthu, in its package folder. */
export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, "templates");

export function loadResources(templatesDir = DEFAULT_TEMPLATES, profileDirs: string[] = []): Resources {
  const diagnostics: Diagnostic[] = [];
  const unreadable = (file: string, message: string, tooLarge?: boolean, line?: number) =>
    diagnostics.push(
      diagnostic(tooLarge ? "TOO_LARGE" : "FILE_UNREADABLE", message, {
        file,
        line,
        column: line === undefined ? undefined : 1,
        stage: "load",
      }),
    );
  const resources = {
    kinds: new Map<string, TemplateSource>(),
    partials: [] as TemplateSource[],
    profiles: new Map<string, Profile>(),
    diagnostics,
    read: createTextReader(),
    readWorkbook: createWorkbookReader(),
  };

  const top = readFolder(templatesDir);
  if ("error" in top) {
    unreadable(
      templatesDir,
      `thư mục mẫu: ${top.error}; kiểm tra --templates (thư mục mẫu có các thư mục con kinds/, partials/ và profiles/)`,
    );
    return resources;
  }
  /** The texts of the files in `dir` whose names end in `ext`; what cannot be read is reported. */
  const texts = (
    dir: string,
    ext: RegExp,
    what: { folder: string; file: string },
    hint: string,
  ): { file: string; source: string }[] => {
    const listed = readFolder(dir);
    if ("error" in listed) return (unreadable(dir, `${what.folder}: ${listed.error}; ${hint}`), []);
    return listed.files
      .filter((f) => ext.test(f))
      .flatMap((f) => {
        const file = join(dir, f);
        const r = readText(file);
        if ("source" in r) return [{ file, source: r.source }];
        unreadable(file, `không đọc được ${what.file}: ${r.error}`, "tooLarge" in r, r.line);
        return [];
      });
  };
  const inTemplates = (sub: string) =>
    `thư mục mẫu ${templatesDir} phải có thư mục con ${sub}/ (xem --templates)`;
  const templates = (sub: string, what: string) =>
    texts(
      join(templatesDir, sub),
      /\.hbs$/,
      { folder: `thư mục ${what}`, file: `tệp ${what}` },
      inTemplates(sub),
    ).map((t) => ({ name: basename(t.file, ".hbs"), ...t }));

  for (const t of templates("kinds", "mẫu loại văn bản")) resources.kinds.set(t.name, t);
  resources.partials.push(...templates("partials", "mẫu dùng chung"));
  const profileFolders = [
    { dir: join(templatesDir, "profiles"), hint: inTemplates("profiles") },
    ...profileDirs.map((dir) => ({
      dir,
      hint: "--profiles cần một thư mục chứa các tệp thể thức *.yaml; kiểm tra đường dẫn",
    })),
  ];
  const profile = { folder: "thư mục thể thức", file: "tệp thể thức" };
  for (const { dir, hint } of profileFolders) {
    for (const { file, source } of texts(dir, /\.ya?ml$/, profile, hint)) {
      const parsed = precompiledProfile(file, source) ?? parseProfile(source, file, diagnostics);
      if (parsed) resources.profiles.set(parsed.id, parsed);
    }
  }
  return resources;
}

/** A profile from its YAML text, or undefined with diagnostics (code PROFILE_INVALID). */
export function parseProfile(source: string, file: string, diagnostics: Diagnostic[]): Profile | undefined {
  // Loaded here, not at start: the bundled profiles come parsed (`profile/precompiled.ts`).
  const { profileSchema } = require("./profile/schema") as typeof import("./profile/schema");
  const { checkProfile } = require("./profile/check") as typeof import("./profile/check");
  const loaded = load(source, file);
  diagnostics.push(...loaded.diagnostics);
  if (loaded.data === undefined) return undefined;
  const data = loaded.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const fields = Object.keys(profileSchema.shape).join(", ");
    const what = data === null ? "đang trống" : `là ${typeName(typeOf(data))}, không phải bảng các trường`;
    diagnostics.push(
      diagnostic(
        "PROFILE_INVALID",
        `thể thức không hợp lệ: tệp thể thức ${what}; một thể thức cần các trường ${fields}: chép một thể thức có sẵn (templates/profiles/dang.yaml) rồi sửa`,
        { file, line: 1, stage: "load" },
      ),
    );
    return undefined;
  }
  const parsed = profileSchema.safeParse(loaded.data, { reportInput: true });
  if (!parsed.success) {
    const report = reportInto(diagnostics, file, "load");
    const invalid: Report = (_code, message, where) =>
      report("PROFILE_INVALID", `thể thức không hợp lệ: ${message}`, where);
    reportIssues(parsed.error.issues, loaded.locate, invalid, profileSchema);
    return undefined;
  }
  const report = counting(reportInto(diagnostics, file, "load", (where) => loaded.locate(where.path ?? [])));
  checkProfile(parsed.data, (code, message, where) =>
    report(code, `thể thức không hợp lệ: ${message}`, where),
  );
  return report.errors() ? undefined : parsed.data;
}

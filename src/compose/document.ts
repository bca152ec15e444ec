/**
 * One document → the sections of the tree: its own (its kind's template), then one per phụ lục
 * (the `phu-luc` partial), then those of each enclosed document (`kem_theo`, composed the same
 * way, recursively). Every section restarts its page numbers, so each part reads as its own
 * document inside the one .docx. Problems carry the field path of the part they are in
 * (`kem_theo.0.phu_luc.1.noi_dung`) and, inside a literal block, the line of the YAML file.
 */
import { append } from "../append";
import { hasErrors, type Diagnostic } from "../diagnostic";
import type { FieldPath, Locate } from "../field-path";
import type { Profile } from "../profile/schema";
import type { Resources } from "../resources";
import type { DocumentInput } from "../schema/kinds";
import { reportInto, type Report, type Where } from "../report";
import type { TemplateEnv } from "../template/env";
import { toTree } from "../tree/to-tree";
import type { Section } from "../tree/types";
import { workbookPath } from "../sheet/references";
import type { Workbooks } from "../sheet/workbook";
import { appendixLines } from "./appendix";
import { documentChecks } from "./checks";
import { unifyDocument } from "./consistency";
import { fieldLine } from "./field-line";

export interface ComposeContext {
  resources: Resources;
  profile: Profile;
  env: TemplateEnv;
  today: Date;
  file: string;
  locate: Locate;
  /** The text of `file`, to find lines inside literal blocks; absent: problems point at the field. */
  source?: string;
  /** The data as loaded (before defaults), to tell the fields an enclosure wrote itself. */
  data: unknown;
  /** The workbooks the document's ```bang blocks name, read at the edge (src/sheet/references.ts). */
  workbooks?: Workbooks;
}

export interface Composed {
  sections: Section[];
  diagnostics: Diagnostic[];
}

const APPENDIX_PARTIAL = "phu-luc";
const NOT_READ = {
  error:
    "bảng tính chưa được đọc trước khi dựng văn bản (thư viện: dùng engine.render, hoặc engine.readWorkbooks rồi truyền options.workbooks)",
};

export function composeDocument(ctx: ComposeContext, typed: DocumentInput, prefix: FieldPath = []): Composed {
  const { profile, env, today, resources } = ctx;
  /** Where a field under `prefix` is in the YAML, or a 1-based line of its text (inside a literal block). */
  const placeOf = (where: Where) => {
    const path = where.path ?? [];
    const place = ctx.locate([...prefix, ...path]);
    const file = place.file ?? ctx.file;
    const source = file === ctx.file ? ctx.source : undefined;
    const at =
      where.line === undefined ? place : { line: fieldLine(source, place, where.line - 1), column: 1 };
    return { file, line: at.line, column: at.column, path: [...prefix, ...path].join(".") };
  };
  const diagnostics: Diagnostic[] = [];
  const report = reportInto(diagnostics, ctx.file, "compose", placeOf);
  documentChecks(typed, profile, resources, report, {
    today,
    signersAsList: Array.isArray(valueAt(ctx.data, [...prefix, "nguoi_ky"])),
  });
  if (hasErrors(diagnostics)) return { sections: [], diagnostics };
  const input = unifyDocument(typed, profile, report);
  const sections: Section[] = [];

  /** Markup → sections, reporting its faults against `template` and its content problems under `base`. */
  const add = (render: (report: Report) => string | undefined, template: string, base: FieldPath) => {
    const markup = render(reportInto(diagnostics, ctx.file, "template"));
    if (markup === undefined) return;
    const workbooks = (field: string) => (tep: string) => {
      const from = ctx.locate([...prefix, ...base, field]).file ?? ctx.file;
      const path = workbookPath(from, tep);
      const read = ctx.workbooks?.get(path) ?? NOT_READ;
      // Where it was looked for, when that is not simply the name written.
      return "error" in read && path !== tep.trim()
        ? { error: `${read.error} (${path}: đường dẫn tính từ thư mục của tệp có khối bang này)` }
        : read;
    };
    // A body's problem is at its field (a 1-based line of its text); a fault of the markup, at the template.
    const inTree = reportInto(diagnostics, ctx.file, "tree", (where) =>
      where.path ? placeOf({ ...where, path: [...base, ...where.path] }) : { file: template },
    );
    const tree = toTree(markup, profile, input.loai, inTree, workbooks);
    if (tree) append(sections, tree.sections);
  };

  add((report) => env.render(input, today, report), resources.kinds.get(input.loai)!.file, []);

  const appendices = input.phu_luc ?? [];
  if (appendices.length && !profile.appendix) {
    const message = `thể thức "${profile.id}" chưa có mẫu phụ lục (appendix) nên không in được phụ lục`;
    report("KIND_NOT_IN_PROFILE", message, { path: ["phu_luc"] });
  }
  const partial =
    resources.partials.find((p) => p.name === APPENDIX_PARTIAL)?.file ??
    `templates/partials/${APPENDIX_PARTIAL}.hbs`;
  appendices.forEach((appendix, i) => {
    if (!profile.appendix) return;
    const context = {
      ...appendix,
      ...appendixLines(profile, profile.appendix, input, appendix, today),
      kind: profile.kinds[input.loai],
    };
    const render = (report: Report) => {
      const markup = env.renderPartial(APPENDIX_PARTIAL, context, today, report);
      return markup === undefined ? undefined : `<document>${markup}</document>`;
    };
    add(render, partial, ["phu_luc", i]);
  });

  (input.kem_theo ?? []).forEach((enclosure, i) => {
    const path = [...prefix, "kem_theo", i];
    const written = valueAt(ctx.data, [...path, "the_thuc"]);
    if (written !== undefined && written !== profile.id) {
      const message = `văn bản kèm theo phải cùng thể thức với văn bản chính ("${profile.id}"), vì chúng in trong cùng một tệp; xóa dòng the_thuc này`;
      report("INVALID_VALUE", message, { path: ["kem_theo", i, "the_thuc"] });
      return;
    }
    // Validated by its own kind's schema (src/schema/attachments.ts).
    const inner = composeDocument(ctx, enclosure as unknown as DocumentInput, path);
    append(diagnostics, inner.diagnostics);
    append(sections, inner.sections);
  });
  return { sections: hasErrors(diagnostics) ? [] : sections, diagnostics };
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let v = data;
  for (const seg of path)
    v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

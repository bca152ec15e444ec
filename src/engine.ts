/**
 * The pure core: YAML text → diagnostics, typed input, document tree and .docx bytes, through
 * load → validate → template → tree → render. No file system; the resources (templates and
 * profiles) come in once, and everything derived from them is built once per engine.
 */
import { diagnostic, hasErrors, type Diagnostic } from "./diagnostic";
import { prepareProfile, toDocx, type PreparedProfile } from "./docx/to-docx";
import { load } from "./load";
import type { Profile } from "./profile/schema";
import type { Resources } from "./resources";
import type { DocumentInput } from "./schema/kinds";
import { createTemplateEnv, TemplateFailure, type TemplateEnv } from "./template/env";
import { toTree } from "./tree/to-tree";
import type { Root } from "./tree/types";
import { validate } from "./validate";

export interface Options {
  /** The date that stands in for an empty `ngay` (its year is printed). Default: now. */
  today?: Date;
}

export interface TreeOutcome {
  input?: DocumentInput;
  tree?: Root;
  diagnostics: Diagnostic[];
}

export interface RenderOutcome extends TreeOutcome {
  docx?: Buffer;
}

const INTERNAL = "lỗi nội bộ của vanthu (không phải lỗi của tệp này); xin báo lỗi kèm tệp YAML tại trang dự án";

export function createEngine(resources: Resources) {
  const perProfile = new Map<string, { env: TemplateEnv; prepared: PreparedProfile }>();
  const forProfile = (profile: Profile) => {
    let p = perProfile.get(profile.id);
    if (!p) perProfile.set(profile.id, (p = { env: createTemplateEnv(profile, resources.kinds, resources.partials), prepared: prepareProfile(profile) }));
    return p;
  };

  /** Stages 1–3: source → tree. Stops at the first stage that reports an error. */
  function toTreeOutcome(source: string, file: string, options: Options = {}): TreeOutcome {
    const loaded = load(source, file);
    const diagnostics = [...loaded.diagnostics];
    if (hasErrors(diagnostics)) return { diagnostics };
    const validated = validate(loaded.data, file, loaded.locate);
    diagnostics.push(...validated.diagnostics);
    const input = validated.input;
    if (!input || hasErrors(diagnostics)) return { diagnostics };
    const at = (path: (string | number)[]) => ({ file, ...loaded.locate(path), path: path.join("."), stage: "template" as const });

    const profile = resources.profiles.get(input.the_thuc);
    if (!profile) {
      const known = [...resources.profiles.keys()].join(", ");
      diagnostics.push(diagnostic("UNKNOWN_PROFILE", `không có thể thức "${input.the_thuc}"; các thể thức có: ${known}`, at(["the_thuc"])));
      return { input, diagnostics };
    }
    if (!profile.kinds[input.loai] || !resources.kinds.has(input.loai)) {
      diagnostics.push(diagnostic("KIND_NOT_IN_PROFILE", `thể thức "${profile.id}" không có loại văn bản "${input.loai}"; xem \`vanthu list\``, at(["loai"])));
      return { input, diagnostics };
    }
    const last = input.noi_nhan[input.noi_nhan.length - 1];
    if (!last.replace(/^[-–]\s*/, "").startsWith(profile.recipients.luu_prefix)) {
      const path = ["noi_nhan", input.noi_nhan.length - 1];
      diagnostics.push(diagnostic("NOI_NHAN_LUU", `dòng cuối của nơi nhận nên là "${profile.recipients.luu_prefix} ..." (ví dụ: "Lưu Văn phòng Tỉnh ủy.")`, { ...at(path), severity: "warning", stage: "validate" }));
    }

    const { env } = forProfile(profile);
    let markup: string;
    try {
      markup = env.render(input, options.today ?? new Date());
    } catch (e) {
      if (!(e instanceof TemplateFailure)) throw e;
      diagnostics.push(diagnostic("TEMPLATE_ERROR", `lỗi mẫu: ${e.message}`, { file: e.file, line: e.line, column: e.column, stage: "template" }));
      return { input, diagnostics };
    }
    const result = toTree(markup, profile, input.loai);
    const template = resources.kinds.get(input.loai)!.file;
    for (const w of result.warnings) diagnostics.push(diagnostic("MARKDOWN_UNSUPPORTED", w, { ...at(["noi_dung"]), stage: "tree", severity: "warning" }));
    for (const e of result.errors) diagnostics.push(diagnostic("MARKUP_INVALID", e, { file: template, stage: "tree" }));
    return { input, tree: result.tree, diagnostics };
  }

  return {
    resources,
    /** Source → tree, catching internal failures as a diagnostic. */
    toTree(source: string, file: string, options?: Options): TreeOutcome {
      try {
        return toTreeOutcome(source, file, options);
      } catch (e) {
        return { diagnostics: [diagnostic("INTERNAL_ERROR", `${INTERNAL}: ${String(e)}`, { file, stage: "template" })] };
      }
    },
    /** Source → tree → .docx bytes; no bytes when any error was found. */
    async render(source: string, file: string, options?: Options): Promise<RenderOutcome> {
      const outcome = this.toTree(source, file, options);
      if (!outcome.tree || hasErrors(outcome.diagnostics)) return outcome;
      try {
        const profile = resources.profiles.get(outcome.tree.profile)!;
        return { ...outcome, docx: await toDocx(outcome.tree, forProfile(profile).prepared) };
      } catch (e) {
        return { ...outcome, diagnostics: [...outcome.diagnostics, diagnostic("INTERNAL_ERROR", `${INTERNAL}: ${String(e)}`, { file, stage: "render" })] };
      }
    },
  };
}
export type Engine = ReturnType<typeof createEngine>;

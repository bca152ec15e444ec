/**
 * Stage 3a: a Handlebars environment per profile, with the Vietnamese helpers and the shared
 * partials; each template is compiled once per process and run many times.
 */
import Handlebars from "handlebars";
import type { Profile } from "../profile/schema";
import type { Report } from "../report";
import type { DocumentInput } from "../schema/kinds";
import type { NoiNhanItem } from "../schema/common";
import { formatNgay, formatSo, printedKyHieu, writtenFacts } from "./format";
import { precompiledTemplate } from "./precompiled";
import { loopOf, MAX_PARTIAL_DEPTH, partialCallSite } from "./recursion";
import { boldArticles, draftLabel, enactingLine, formatItems, markLabel } from "./frame";

export interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

/**
 * A template failure on its way out of Handlebars' nested calls, with the template file that failed (a
 * partial's own file when it was a partial); `render` reports it as TEMPLATE_ERROR.
 */
class TemplateFailure extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** What a template sees: the document as written (`writtenFacts`: `ngay` "2020-07-21", `so` "1866"), profile, kind. */
interface Root extends Record<string, unknown> {
  profile: Profile;
  kind: { title?: string };
  trich_yeu: string;
}
/** `document`: the typed input the helpers print from; absent in a partial run on its own (a phụ lục). */
type HelperOptions = Handlebars.HelperOptions & {
  data: { root: Root; today: Date; document?: DocumentInput };
};

/** The document a helper prints from: the typed input of the template running. */
function documentOf(options: HelperOptions, helper: string): DocumentInput {
  const { document } = options.data;
  if (!document) throw new Error(`{{${helper}}} chỉ dùng được trong mẫu của một loại văn bản`);
  return document;
}

const HELPERS = {
  /** `{{so_ky_hieu}}` → "Số 1866-CV/TU" */
  so_ky_hieu(options: HelperOptions) {
    const { profile } = options.data.root;
    const doc = documentOf(options, "so_ky_hieu");
    return formatSo(profile, doc.so, printedKyHieu(profile, doc));
  },
  /** `{{ngay_thang}}` → "Lạng Sơn, ngày 21 tháng 7 năm 2020" */
  ngay_thang(options: HelperOptions) {
    const doc = documentOf(options, "ngay_thang");
    return formatNgay(options.data.root.profile, doc.dia_danh, doc.ngay, options.data.today);
  },
  /**
   * `{{trich_yeu_cong_van}}` → the trích yếu with the profile's prefix ("V/v "); one typed in any case
   * ("v/v", "V/V") is written the profile's way.
   */
  trich_yeu_cong_van(options: HelperOptions) {
    const { trich_yeu, profile } = options.data.root;
    const prefix: string = profile.trich_yeu_cong_van.prefix;
    if (!prefix) return trich_yeu;
    const typed = prefix.trim();
    return trich_yeu.slice(0, typed.length).toLowerCase() === typed.toLowerCase()
      ? typed + trich_yeu.slice(typed.length)
      : prefix + trich_yeu;
  },
  /** `{{mot_dong co_quan.ten}}` → the value on one line (its line breaks become spaces), for use inside a sentence. */
  mot_dong(value: string | undefined) {
    return (value ?? "").split(/\s*\n\s*/).join(" ");
  },
  /**
   * `{{#with (danh_sach kinh_gui "kinh_gui")}}`: the lines of a list with the profile's
   * punctuation, as `dong` (all), `dau` (first), `sau` (the rest), `mot` (only one),
   * `dau_cung_dong` (first item on the label's line), `muc` (items, a brace group as
   * `{nhom, ghi_chu}`) and `dau_dong` (the text before each line). A list the profile has no
   * rules for (`can_cu`) is printed as typed.
   */
  danh_sach(
    items: NoiNhanItem[] | undefined,
    which: "kinh_gui" | "noi_nhan" | "can_cu",
    options: HelperOptions,
  ) {
    const rules = options.data.root.profile.recipients[which] ?? {
      separator: "",
      last: "",
      first_on_label_line: false,
      prefix: "",
    };
    const { dong, muc } = formatItems(items ?? [], rules.separator, rules.last);
    return {
      dong,
      muc,
      dau: dong[0],
      sau: dong.slice(1),
      mot: dong.length === 1,
      dau_cung_dong: rules.first_on_label_line,
      dau_dong: rules.prefix,
    };
  },
  /** `{{nhan_dau "do_khan" do_khan}}` → "KHẨN": the profile's label of an urgency or secrecy mark. */
  nhan_dau(group: "do_khan" | "do_mat", value: string, options: HelperOptions) {
    return markLabel(options.data.root.profile, group, value);
  },
  /** `{{nhan_du_thao du_thao}}` → "DỰ THẢO" or "Dự thảo lần 2". */
  nhan_du_thao(duThao: boolean | number, options: HelperOptions) {
    return draftLabel(options.data.root.profile, duThao);
  },
  /** `{{ban_hanh tham_quyen}}` → "Ban Thường vụ Tỉnh ủy QUYẾT ĐỊNH" (labels.ban_hanh with the kind's title). */
  ban_hanh(thamQuyen: string, options: HelperOptions) {
    const r = options.data.root;
    return enactingLine(r.profile, thamQuyen, r.kind.title ?? "");
  },
  /**
   * `{{dong_tham_quyen tham_quyen}}` → the line before the căn cứ (labels.tham_quyen; state: "Chủ tịch Ủy ban
   * nhân dân tỉnh …").
   */
  dong_tham_quyen(thamQuyen: string, options: HelperOptions) {
    const r = options.data.root;
    return enactingLine(r.profile, thamQuyen, r.kind.title ?? "", "tham_quyen");
  },
  /** `{{dieu_dam noi_dung}}` → the body with each "Điều N." label in bold (labels.dieu). */
  dieu_dam(markdown: string, options: HelperOptions) {
    return boldArticles(markdown, options.data.root.profile.labels.dieu);
  },
};
const KNOWN_HELPERS = Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true]));
/** How every template is compiled (at run time, or at build time: src/build/precompiled-templates.ts). */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpers: KNOWN_HELPERS,
  noEscape: false,
  preventIndent: true,
} as const;

/**
 * Compile `templates` (by kind) and `partials` for one profile (a bundled template whose text is
 * unchanged comes compiled at build time). Compilation errors surface on first use.
 */
export function createTemplateEnv(
  profile: Profile,
  templates: Map<string, TemplateSource>,
  partials: TemplateSource[],
) {
  const hb = Handlebars.create();
  hb.registerHelper(HELPERS as unknown as Handlebars.HelperDeclareSpec);
  /** The templates running, outermost first: a partial's call nests inside its caller's. */
  const running: TemplateSource[] = [];
  const tooDeep = (t: TemplateSource): TemplateFailure => {
    const caller = running[running.length - 2] ?? t;
    const loop = loopOf(running.map((r) => r.name)).join(" → ");
    const { line, column } = partialCallSite(caller.source, t.name);
    return new TemplateFailure(
      `phần mẫu dùng chung gọi lại chính nó không dừng (${loop} → …); bỏ lời gọi {{> ${t.name}}} này hoặc đặt nó trong {{#if}} để vòng gọi có điểm dừng`,
      caller.file,
      line,
      column,
    );
  };
  const compile = (t: TemplateSource) => {
    const fn = precompiledTemplate(hb, t) ?? hb.compile(t.source, COMPILE_OPTIONS);
    return (context: unknown, options?: Handlebars.RuntimeOptions): string => {
      running.push(t);
      try {
        if (running.length > MAX_PARTIAL_DEPTH) throw tooDeep(t);
        return fn(context, options);
      } catch (e) {
        if (e instanceof TemplateFailure) throw e;
        const err = e as Error & { lineNumber?: number; column?: number };
        const where = / - (\d+):(\d+)$/.exec(err.message) ?? /^Parse error on line (\d+)/.exec(err.message);
        const message = vietnamese(err.message.replace(/ - \d+:\d+$/, "").replace(/\n/g, " "));
        const line = err.lineNumber ?? (where ? Number(where[1]) : undefined);
        // Handlebars' columns are 0-based; diagnostics are 1-based.
        const column =
          err.column !== undefined ? err.column + 1 : where?.[2] ? Number(where[2]) + 1 : undefined;
        throw new TemplateFailure(message, t.file, line, column);
      } finally {
        running.pop();
      }
    };
  };
  for (const p of partials) hb.registerPartial(p.name, compile(p) as unknown as Handlebars.Template);
  const compiled = new Map<string, ReturnType<typeof compile>>();
  /** `run()`, or undefined with its failure reported as TEMPLATE_ERROR at the template's file and line. */
  const reported = (run: () => string, report: Report): string | undefined => {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof TemplateFailure)) throw e;
      report("TEMPLATE_ERROR", `lỗi mẫu: ${e.message}`, { file: e.file, line: e.line, column: e.column });
      return undefined;
    }
  };
  return {
    /** The markup of `input`'s kind, or undefined when the template fails (reported). */
    render: (input: DocumentInput, today: Date, report: Report): string | undefined =>
      reported(() => renderKind(input, today), report),
    /**
     * One partial on its own, `context` (plus `profile`) as its root: a phụ lục's section, which the engine
     * appends; undefined when it fails (reported).
     */
    renderPartial: (
      name: string,
      context: Record<string, unknown>,
      today: Date,
      report: Report,
    ): string | undefined => reported(() => renderPartial(name, context, today), report),
  };

  function renderKind(input: DocumentInput, today: Date): string {
    let fn = compiled.get(input.loai);
    if (!fn) {
      const t = templates.get(input.loai);
      if (!t)
        throw new TemplateFailure(
          `không có mẫu cho loại văn bản "${input.loai}"`,
          `templates/kinds/${input.loai}.hbs`,
        );
      fn = compile(t);
      compiled.set(input.loai, fn);
    }
    const context = { ...writtenFacts(input), profile, kind: profile.kinds[input.loai] };
    return fn(context, { data: { today, document: input } });
  }

  function renderPartial(name: string, context: Record<string, unknown>, today: Date): string {
    let fn = compiled.get(`partials/${name}`);
    if (!fn) {
      const p = partials.find((x) => x.name === name);
      if (!p) throw new TemplateFailure(`không có phần mẫu "${name}"`, `templates/partials/${name}.hbs`);
      fn = compile(p);
      compiled.set(`partials/${name}`, fn);
    }
    return fn({ ...context, profile }, { data: { today } });
  }
}
export type TemplateEnv = ReturnType<typeof createTemplateEnv>;

/** Handlebars' messages, said in Vietnamese (the original kept in brackets for a maintainer). */
function vietnamese(message: string): string {
  const missing = /^"([^"]+)" not defined in /.exec(message);
  if (missing) return `mẫu dùng "${missing[1]}" nhưng dữ liệu không có trường này (mẫu chạy ở chế độ strict)`;
  const helper = /^Missing helper: "([^"]+)"/.exec(message);
  if (helper) return `mẫu gọi hàm trợ giúp "${helper[1]}" không có`;
  const partial = /^The partial (\S+) could not be found/.exec(message);
  if (partial) return `mẫu gọi phần dùng chung "${partial[1]}" không có trong templates/partials`;
  if (/^Parse error/.test(message)) return `cú pháp mẫu sai [${message}]`;
  const read = /^Cannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']*)'\)/.exec(message);
  if (read)
    return `mẫu đọc "${read[1]}" trong một giá trị không có (một trường hay một mục của thể thức mà mẫu dùng bị thiếu); kiểm tra tên trường trước ".${read[1]}" trong mẫu`;
  const call = /^(\S+) is not a function/.exec(message);
  if (call) return `mẫu gọi "${call[1]}" như một hàm nhưng nó không phải hàm`;
  return `mẫu chạy lỗi [${message}]`;
}

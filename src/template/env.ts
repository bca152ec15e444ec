/**
 * Stage 3a: a Handlebars environment per profile, with the Vietnamese helpers and the shared
 * partials; each template is compiled once per process and run many times.
 */
import Handlebars from "handlebars";
import type { Profile } from "../profile/schema";
import type { DocumentInput } from "../schema/kinds";
import { formatKyHieu, formatList, formatNgay, formatSo } from "./format";

export interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

/** A template failure, with the template file that failed (a partial's own file when it was a partial). */
export class TemplateFailure extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

interface Root extends Record<string, unknown> {
  profile: Profile;
  so: string;
  ky_hieu?: string;
  loai: string;
  co_quan: { viet_tat: string };
  dia_danh: string;
  ngay: string;
  trich_yeu: string;
}
type HelperOptions = Handlebars.HelperOptions & { data: { root: Root; today: Date } };

const HELPERS = {
  /** `{{so_ky_hieu}}` → "Số 1866-CV/TU" */
  so_ky_hieu(options: HelperOptions) {
    const r = options.data.root;
    return formatSo(r.profile, r.so, formatKyHieu(r.profile, r.loai, r.co_quan.viet_tat, r.ky_hieu));
  },
  /** `{{ngay_thang}}` → "Lạng Sơn, ngày 21 tháng 7 năm 2020" */
  ngay_thang(options: HelperOptions) {
    const r = options.data.root;
    return formatNgay(r.profile, r.dia_danh, r.ngay, options.data.today);
  },
  /** `{{trich_yeu_cong_van}}` → the trích yếu with the profile's prefix ("V/v ") unless already typed. */
  trich_yeu_cong_van(options: HelperOptions) {
    const { trich_yeu, profile } = options.data.root;
    const prefix = profile.trich_yeu_cong_van.prefix;
    return !prefix || trich_yeu.startsWith(prefix.trim()) ? trich_yeu : prefix + trich_yeu;
  },
  /**
   * `{{#with (danh_sach kinh_gui "kinh_gui")}}`: the lines of a recipient list with the profile's
   * punctuation, as `dong` (all), `dau` (first), `sau` (the rest), `mot` (only one), and
   * `dau_cung_dong` (first item on the label's line).
   */
  danh_sach(items: string[] | undefined, which: "kinh_gui" | "noi_nhan", options: HelperOptions) {
    const rules = options.data.root.profile.recipients[which];
    const dong = formatList(items ?? [], rules.separator, rules.last);
    return { dong, dau: dong[0], sau: dong.slice(1), mot: dong.length === 1, dau_cung_dong: rules.first_on_label_line };
  },
};
const KNOWN_HELPERS = Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true]));

export type RenderTemplate = (input: DocumentInput, today: Date) => string;

/** Compile `templates` (by kind) and `partials` for one profile. Compilation errors surface on first use. */
export function createTemplateEnv(profile: Profile, templates: Map<string, TemplateSource>, partials: TemplateSource[]) {
  const hb = Handlebars.create();
  hb.registerHelper(HELPERS as unknown as Handlebars.HelperDeclareSpec);
  const compile = (t: TemplateSource) => {
    const fn = hb.compile(t.source, { strict: true, knownHelpers: KNOWN_HELPERS, noEscape: false, preventIndent: true });
    return (context: unknown, options?: Handlebars.RuntimeOptions): string => {
      try {
        return fn(context, options);
      } catch (e) {
        if (e instanceof TemplateFailure) throw e;
        const err = e as Error & { lineNumber?: number; column?: number };
        const where = / - (\d+):(\d+)$/.exec(err.message) ?? /^Parse error on line (\d+)/.exec(err.message);
        const message = err.message.replace(/ - \d+:\d+$/, "").replace(/\n/g, " ");
        const line = err.lineNumber ?? (where ? Number(where[1]) : undefined);
        throw new TemplateFailure(message, t.file, line, err.column ?? (where?.[2] ? Number(where[2]) + 1 : undefined));
      }
    };
  };
  for (const p of partials) hb.registerPartial(p.name, compile(p) as unknown as Handlebars.Template);
  const compiled = new Map<string, ReturnType<typeof compile>>();
  return {
    has: (kind: string) => templates.has(kind),
    render(input: DocumentInput, today: Date): string {
      let fn = compiled.get(input.loai);
      if (!fn) {
        const t = templates.get(input.loai);
        if (!t) throw new TemplateFailure(`không có mẫu cho loại văn bản "${input.loai}"`, `templates/kinds/${input.loai}.hbs`);
        fn = compile(t);
        compiled.set(input.loai, fn);
      }
      const context = { ...input, profile, kind: profile.kinds[input.loai] };
      return fn(context, { data: { today } });
    },
  };
}
export type TemplateEnv = ReturnType<typeof createTemplateEnv>;

/**
 * Rules about what a document says, not how it looks, run on a .docx by `vanthu check` and on a
 * YAML file at render time (warnings, the same codes): the ký hiệu carries the kind's
 * abbreviation and the issuer's; K/T goes with a deputy's title (PHÓ …); T/M with a collective
 * body; a công văn's trích yếu starts with "V/v" where the profile says so; the body ends as the
 * profile says; the date is not in the future. Each fact carries where it is (`at`: a paragraph of a
 * .docx, or a YAML path), and a finding is reported there.
 */
import type { Code } from "../diagnostic";
import type { Profile } from "../profile/schema";
import type { Report, Where } from "../report";
import { patternRegex } from "../recognise/number-line";
import { formKey, leadingForm } from "../recognise/patterns";
import { calendarDateOf, isoDate, type CalendarDate } from "../schema/date";
import { oneLine } from "../recognise/text";
import { upperVi } from "../text/upper";
import { cite } from "./finding";
import { abbreviationReading, type IssuerNames } from "./issuer-abbreviation";

export interface Fact {
  value: string;
  at: Where;
}

export interface DocumentFacts {
  profile: Profile;
  kind?: string;
  /** The symbol after the number ("CV/TU"). */
  kyHieu?: Fact;
  /** Issuer abbreviations the author gave (YAML `viet_tat`, of each issuer of a joint document). */
  abbreviations?: string[];
  /**
   * The issuers' names as a .docx prints them (their own, then their cấp trên), where no
   * `viet_tat` is given: the ký hiệu's issuer is then judged by whether it reads from them.
   */
  issuerNames?: IssuerNames;
  signers: { quyenHan?: Fact; chucVu?: Fact }[];
  trichYeu?: Fact;
  /** The last paragraph of the body. */
  bodyEnd?: Fact;
  /** The date of issue, when it is a whole date (not a draft's year or blank). */
  date?: { value: CalendarDate; at: Where };
  today: Date;
}

/** The codes `documentRules` reports (render-time warnings, check findings). */
export const DOCUMENT_RULE_CODES: readonly Code[] = [
  "KY_HIEU_MISMATCH",
  "AUTHORITY_FORM",
  "SIGNER_MISMATCH",
  "TRICH_YEU_VV",
  "BODY_END",
  "DATE_FUTURE",
];

/**
 * Every rule's finding, reported at its fact's place: a warning, or an error when `form` (a fault
 * of form, not of sense: an authority form spelt as another profile spells it).
 */
export function documentRules(f: DocumentFacts, report: Report): void {
  kyHieuRules(f, report);
  authorityRules(f, report);
  signerRules(f, report);
  trichYeuRules(f, report);
  bodyEndRules(f, report);
  dateRules(f, report);
}

const say = (report: Report, code: Code, message: string, at: Where, form?: boolean) =>
  report(code, message, { ...at, severity: form ? "error" : "warning" });

const MEANINGS = {
  thay_mat: "thay mặt",
  ky_thay: "ký thay",
  thua_lenh: "thừa lệnh",
  thua_uy_quyen: "thừa ủy quyền",
  quyen: "quyền",
} as const;

/** Each line of a quyền hạn that starts with a form: written as this profile writes it ("T/M", not "TM."). */
function authorityRules(f: DocumentFacts, report: Report): void {
  const sig = f.profile.signature;
  if (!sig) return;
  for (const s of f.signers) {
    if (!s.quyenHan) continue;
    for (const part of s.quyenHan.value.split("\n")) {
      const form = leadingForm(part);
      if (!form) continue;
      const meaning = (Object.keys(MEANINGS) as (keyof typeof MEANINGS)[]).find(
        (m) => sig.forms[m] !== undefined && formKey(sig.forms[m]!) === formKey(form),
      );
      // In a capitals style a form typed in lower case ("t/m") prints as the profile writes it; the
      // letters' case, if the document shows it, is the style's finding (FORMAT_CAPS), not this one.
      const caps = f.profile.styles["quyen-han"]?.caps === true;
      if (meaning && (caps ? upperVi(sig.forms[meaning]!) === upperVi(form) : sig.forms[meaning] === form))
        continue;
      const known = Object.values(sig.forms)
        .map((x) => `"${x}"`)
        .join(", ");
      const asks = `thể thức viết ${known}${cite(sig.source, sig.unverified)}`;
      say(
        report,
        "AUTHORITY_FORM",
        meaning
          ? `"${form}" (${MEANINGS[meaning]}) viết sai; ${asks}; sửa thành "${sig.forms[meaning]}"`
          : `"${form}" không phải quyền hạn ký của thể thức này; ${asks}`,
        s.quyenHan.at,
        !sig.unverified,
      );
    }
  }
}

function kyHieuRules(f: DocumentFacts, report: Report): void {
  const { profile, kind, kyHieu } = f;
  if (!kyHieu || !kind || !profile.kinds[kind]) return;
  const entry = profile.kinds[kind];
  const pattern = entry.ky_hieu ?? profile.number.ky_hieu;
  const m = patternRegex(pattern, { loai: "[^/\\-\\s]+", co_quan: "[^/\\s]+?", don_vi: "[^/\\s]+" }).exec(
    kyHieu.value,
  );
  const source = cite(profile.number.source);
  if (!m?.groups) {
    return void say(
      report,
      "KY_HIEU_MISMATCH",
      `ký hiệu "${kyHieu.value}" không theo mẫu "${pattern}" của ${entry.name.toLowerCase()}${source}`,
      kyHieu.at,
    );
  }
  const g = m.groups;
  if (entry.code && g.loai !== undefined && g.loai !== entry.code)
    say(
      report,
      "KY_HIEU_MISMATCH",
      `ký hiệu "${kyHieu.value}" ghi "${g.loai}" nhưng chữ viết tắt của ${entry.name.toLowerCase()} là "${entry.code}"${source}; sửa ký hiệu, hoặc tên loại nếu văn bản là loại khác`,
      kyHieu.at,
    );
  if (!entry.code) {
    const first = (g.co_quan ?? "").split(/[-/]/)[0];
    const other = Object.entries(profile.kinds).find(([, k]) => k.code && k.code === first);
    if (other)
      say(
        report,
        "KY_HIEU_MISMATCH",
        `ký hiệu "${kyHieu.value}" bắt đầu bằng "${first}", chữ viết tắt của ${other[1].name.toLowerCase()}, nhưng ${entry.name.toLowerCase()} không có chữ viết tắt tên loại trong ký hiệu${source}`,
        kyHieu.at,
      );
  }
  // The issuer's abbreviation is judged against the one the author gave (YAML `viet_tat`); a .docx
  // prints none, so there it must read from the printed names (issuer-abbreviation.ts), and a
  // symbol that is not letters is let be.
  const given = (g.co_quan ?? "").split(profile.number.join).filter(Boolean);
  const known = f.abbreviations ?? [];
  given.forEach((abbr, i) => {
    if (known.length && !known.includes(abbr))
      say(
        report,
        "KY_HIEU_MISMATCH",
        `ký hiệu "${kyHieu.value}" ghi cơ quan "${abbr}" nhưng chữ viết tắt của cơ quan ban hành là "${known[i] ?? known[0]}"; sửa ký hiệu hoặc bỏ trường ky_hieu để vanthu tự tạo`,
        kyHieu.at,
      );
  });
  if (!known.length && f.issuerNames) issuerReadingRules(f, kyHieu, given, g.don_vi, report);
}

/**
 * A .docx's ký hiệu against the issuers' printed names: each issuer abbreviation must read from
 * them, and one part at least (issuers or drafting unit) from the issuer's own name rather than
 * only its cấp trên's. Where an abbreviation is not letters, nothing is said.
 */
function issuerReadingRules(
  f: DocumentFacts,
  kyHieu: Fact,
  given: string[],
  donVi: string | undefined,
  report: Report,
): void {
  const names = f.issuerNames!;
  const aliases = f.profile.number.aliases;
  const readings = given.map((abbr) => abbreviationReading(abbr, names, aliases));
  const printed = names.own.map((n) => `"${oneLine(n)}"`).join(", ");
  const source = cite(f.profile.number.source);
  const fix = "sửa ký hiệu theo chữ viết tắt của cơ quan ban hành";
  const wrong = given.filter((_, i) => readings[i] === "no");
  for (const abbr of wrong)
    say(
      report,
      "KY_HIEU_MISMATCH",
      `ký hiệu "${kyHieu.value}" ghi cơ quan "${abbr}", không phải chữ viết tắt của ${printed} (chữ đầu các tiếng của tên cơ quan ban hành, có thể kèm tên cơ quan cấp trên)${source}; ${fix}`,
      kyHieu.at,
    );
  if (wrong.length) return;
  const unit = donVi ? abbreviationReading(donVi, names, aliases) : "unknown";
  if (readings.length && readings.every((r) => r === "superior") && unit !== "own")
    return void say(
      report,
      "KY_HIEU_MISMATCH",
      `ký hiệu "${kyHieu.value}" ghi "${given.join(f.profile.number.join)}", chữ viết tắt của cơ quan cấp trên, không phải của cơ quan ban hành ${printed}${source}; ${fix}`,
      kyHieu.at,
    );
  return;
}

function signerRules(f: DocumentFacts, report: Report): void {
  const sig = f.profile.signature;
  if (!sig) return;
  const source = cite(sig.source, sig.unverified);
  const is = (form: string, meaning: "thay_mat" | "ky_thay") =>
    sig.forms[meaning] !== undefined && formKey(form) === formKey(sig.forms[meaning]!);
  for (const s of f.signers) {
    if (!s.quyenHan) continue;
    const lines = s.quyenHan.value.split("\n").map(oneLine).filter(Boolean);
    const last = lines.at(-1) ?? "";
    const lastForm = leadingForm(last);
    const chuc = upperVi(oneLine(s.chucVu?.value ?? ""));
    if (lastForm && is(lastForm, "ky_thay") && s.chucVu && !chuc.startsWith(upperVi(sig.deputy)))
      say(
        report,
        "SIGNER_MISMATCH",
        `"${lastForm}" (ký thay) đi với chức vụ của cấp phó ("${sig.deputy} …"), nhưng chức vụ là "${oneLine(s.chucVu.value)}"${source}; cấp trưởng ký thì bỏ "${lastForm}"`,
        s.chucVu.at,
      );
    for (const line of lines) {
      const form = leadingForm(line);
      if (!form || !is(form, "thay_mat")) continue;
      const body = upperVi(line.slice(line.indexOf(form) + form.length).trim());
      if (!sig.collective.some((c) => body.startsWith(upperVi(c))))
        say(
          report,
          "SIGNER_MISMATCH",
          `"${form}" (thay mặt) đứng trước tên một tập thể (${sig.collective.slice(0, 4).join(", ")} …), không phải "${body}"${source}; một người ký thay người đứng đầu thì dùng "${sig.forms.ky_thay ?? ""}"`,
          s.quyenHan.at,
        );
    }
  }
}

function trichYeuRules(f: DocumentFacts, report: Report): void {
  const prefix = f.profile.trich_yeu_cong_van.prefix.trim();
  if (f.kind !== "cong-van" || !prefix || !f.trichYeu) return;
  if (oneLine(f.trichYeu.value).startsWith(prefix)) return;
  return void say(
    report,
    "TRICH_YEU_VV",
    `trích yếu công văn phải bắt đầu bằng "${prefix}"${cite(f.profile.trich_yeu_cong_van.source)}, không phải "${oneLine(f.trichYeu.value).slice(0, 30)}"; thêm "${prefix} " vào đầu trích yếu`,
    f.trichYeu.at,
  );
}

function bodyEndRules(f: DocumentFacts, report: Report): void {
  const rule = f.profile.body_end;
  if (!rule || !f.bodyEnd) return;
  const text = f.bodyEnd.value.trim();
  if (!text || rule.endings.some((e) => text.endsWith(e))) return;
  const endings = rule.endings.map((e) => `"${e}"`).join(" hoặc ");
  return void say(
    report,
    "BODY_END",
    `đoạn cuối của nội dung kết thúc bằng "${text.slice(-12)}", thể thức kết thúc bằng ${endings}${cite(rule.source, rule.unverified)}; thêm ${endings} vào cuối đoạn`,
    f.bodyEnd.at,
  );
}

function dateRules(f: DocumentFacts, report: Report): void {
  if (!f.date) return;
  const today = f.today;
  const { year, month, day } = f.date.value;
  if (isoDate(f.date.value) <= isoDate(calendarDateOf(today))) return;
  return void say(
    report,
    "DATE_FUTURE",
    `ngày ban hành ${day}/${month}/${year} ở sau hôm nay (${today.getDate()}/${today.getMonth() + 1}/${today.getFullYear()}); kiểm tra lại ngày, năm`,
    f.date.at,
  );
}

/**
 * How the fixed lines are written, by the profile's patterns and labels: the number line
 * (`number.line`: a Party "Số" has no colon; the number zero-padded), the date line (`date.line`:
 * day and months 1–2 zero-padded, a real date), the tiêu đề and labels as the profile prints
 * them ("Độc lập - Tự do - Hạnh phúc", "Nơi nhận:") and the last Nơi nhận line ("Lưu").
 */
import type { Report } from "../report";
import type { Profile } from "../profile/schema";
import { hyphens, parseDateLine, readNumberLine, type NumberDeviation } from "../recognise/number-line";
import { startsWithLabel, tieuDeIndex } from "../recognise/patterns";
import { oneLine } from "../recognise/text";
import type { Line } from "../recognise/types";
import { isRealDate } from "../schema/date";
import { fill } from "../template/format";
import { cite, finding } from "./finding";

export function formFindings(report: Report, profile: Profile, lines: readonly Line[], kind?: string): void {
  for (const line of lines) {
    if (line.role === "so") numberFindings(report, profile, line, kind);
    else if (line.role === "ngay") dateFindings(report, profile, line);
    labelFindings(report, profile, line);
  }
  luuFindings(report, profile, lines);
}

function numberFindings(report: Report, profile: Profile, line: Line, kind?: string): void {
  const rule = profile.number;
  const at = { line, path: line.field };
  const text = hyphens(oneLine(line.text));
  const parts = readNumberLine(profile, text, kind);
  // The example names the issuer the line names ("Số 05-CV/TU" for a Tỉnh ủy's "Số: 1866-CV/TU").
  const issuer = parts?.coQuan ?? /(\p{Lu}{2,})[^\p{L}]*$/u.exec(text)?.[1];
  const example = fill(rule.line, { so: "05", ky_hieu: exampleSymbol(profile, kind, issuer) });
  const asks = `thể thức viết "${example}"${cite(rule.source)}`;
  if (!parts || parts.deviations.length) {
    const what = DEVIATION[parts?.deviations[0] ?? "form"];
    return finding(report, "NUMBER_FORM", `"${text}": ${what}; ${asks}; sửa lại dòng này cho đúng mẫu`, at);
  }
  if (/^\d+$/.test(parts.so) && parts.so.length < rule.pad)
    return finding(
      report,
      "NUMBER_FORM",
      `số "${parts.so}" chưa thêm số 0 ở đầu; ${asks} (số nhỏ hơn ${10 ** (rule.pad - 1)} thêm số 0)`,
      at,
    );
}

/** What a number line that departs from the pattern does, by its first departure. */
const DEVIATION: Record<NumberDeviation, string> = {
  "colon-extra": `có dấu hai chấm sau chữ "Số"`,
  "colon-missing": `thiếu dấu hai chấm sau chữ "Số"`,
  separator: "dấu nối giữa số và ký hiệu khác mẫu",
  spacing: "có dấu cách sau dấu nối giữa số và ký hiệu",
  form: "không theo mẫu số và ký hiệu",
};

/** "CV/TU", "QĐ-UBND": the kind's symbol pattern filled with its code and the issuer (else "UBND"). */
function exampleSymbol(profile: Profile, kind?: string, issuer = "UBND"): string {
  const pattern = (kind && profile.kinds[kind]?.ky_hieu) || profile.number.ky_hieu;
  return fill(pattern, { loai: (kind && profile.kinds[kind]?.code) || "BC", co_quan: issuer, don_vi: "" });
}

function dateFindings(report: Report, profile: Profile, line: Line): void {
  const rule = profile.date;
  const at = { line, path: line.field };
  const example = fill(rule.line, {
    dia_danh: "Hà Nội",
    ngay: rule.pad_day ? "05" : "5",
    thang: rule.pad_months.includes(1) ? "01" : "1",
    nam: "2024",
  });
  const asks = `thể thức viết "${example}"${cite(rule.source)}`;
  const text = oneLine(line.text);
  const d = parseDateLine(profile, text);
  if (!d) return finding(report, "DATE_FORM", `"${text}" không theo mẫu địa danh, ngày tháng; ${asks}`, at);
  if (!/^\d+$/.test(d.ngay) || !/^\d+$/.test(d.thang)) return; // a draft: day and month left blank
  const day = Number(d.ngay);
  const month = Number(d.thang);
  if (!isRealDate({ year: Number(d.nam), month, day }))
    return finding(
      report,
      "DATE_FORM",
      `ngày ${d.ngay} tháng ${d.thang} năm ${d.nam} không có thật; sửa lại ngày`,
      at,
    );
  const padDay = rule.pad_day && day < 10;
  const padMonth = rule.pad_months.includes(month);
  if ((d.ngay.length === 2) !== padDay && (day < 10 || d.ngay.length > 2))
    finding(
      report,
      "DATE_FORM",
      padDay
        ? `ngày "${d.ngay}" chưa thêm số 0 ở đầu (ngày nhỏ hơn 10 viết "0${day}"); ${asks}`
        : `ngày "${d.ngay}" không thêm số 0; ${asks}`,
      at,
    );
  if ((d.thang.length === 2) !== padMonth && (month < 10 || d.thang.length > 2))
    finding(
      report,
      "DATE_FORM",
      padMonth
        ? `tháng "${d.thang}" chưa thêm số 0 ở đầu (tháng ${rule.pad_months.join(", ")} viết "0${month}"); ${asks}`
        : `tháng "${d.thang}" không thêm số 0 (chỉ tháng ${rule.pad_months.join(", ")} thêm số 0); ${asks}`,
      at,
    );
}

/**
 * Labels as the profile prints them: tiêu đề, tiêu ngữ, "Kính gửi:", "Nơi nhận:" (diacritics
 * aside, spacing and punctuation count).
 */
function labelFindings(report: Report, profile: Profile, line: Line): void {
  const labels: string[] = [];
  const t = tieuDeIndex(profile, line.text);
  if (t >= 0 && line.field.endsWith("tieu_de")) labels.push(profile.labels.tieu_de[t].text);
  if (line.role === "noi-nhan-nhan") labels.push(profile.labels.noi_nhan);
  if (line.role === "kinh-gui")
    for (const l of [profile.labels.kinh_gui, profile.labels.kinh_trinh ?? ""])
      if (l && startsWithLabel(line.text, l)) labels.push(l);
  for (const label of labels.slice(0, 1)) {
    const typed = oneLine(line.text).slice(0, oneLine(label).length + 3);
    const head =
      line.role === "kinh-gui" || line.role === "noi-nhan-nhan"
        ? typed.slice(0, label.length)
        : oneLine(line.text);
    if (shape(head) !== shape(label))
      finding(
        report,
        "TEXT_FORM",
        `"${head}" khác cách viết của thể thức "${label}" (dấu câu, khoảng trắng); gõ lại đúng "${label}"`,
        {
          line,
          path: line.field,
        },
      );
  }
}

/** Letters without their diacritics (HOÀ = HÒA), upper case, with spaces and punctuation kept. */
const shape = (s: string) =>
  oneLine(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "D").toUpperCase();

function luuFindings(report: Report, profile: Profile, lines: readonly Line[]): void {
  const { luu_prefix, luu_example, source } = profile.recipients;
  const prefixes = new Set(
    lines.filter((l) => l.role === "noi-nhan-nhan").map((l) => l.field.replace(/noi_nhan$/, "")),
  );
  for (const prefix of prefixes) {
    const items = lines.filter(
      (l) => l.role === "noi-nhan" && new RegExp(`^${prefix}noi_nhan\\.\\d+$`).test(l.field),
    );
    const last = items.at(-1);
    if (!last) continue;
    if (last.text.replace(/^[-–+]\s*/, "").startsWith(luu_prefix)) continue;
    const example = luu_example ? ` (ví dụ: "- ${luu_example}")` : "";
    finding(
      report,
      "NOI_NHAN_LUU",
      `dòng cuối của nơi nhận là "${oneLine(last.text)}", thể thức yêu cầu dòng "- ${luu_prefix} ..."${example}${cite(source)}; thêm dòng Lưu ở cuối nơi nhận`,
      {
        line: last,
        path: last.field,
        severity: "warning",
      },
    );
  }
}

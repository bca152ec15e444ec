/**
 * The document rules (document-rules.ts) on a recognised .docx: its facts read from its lines —
 * the ký hiệu from the number line, the issuers' names, each signer's quyền hạn and chức vụ, a
 * công văn's trích yếu, the body's last paragraph, the date — and findings at those lines.
 */
import type { Report } from "../report";
import type { Profile } from "../profile/schema";
import { parseDateLine, parseNumberLine } from "../recognise/number-line";
import { partLines, type Line, type RecognisedDocument } from "../recognise/types";
import { documentRules, type DocumentFacts } from "./document-rules";
import { lineWhere } from "./finding";
import { freeStyles } from "./format-rules";

export function documentFindings(report: Report, profile: Profile, d: RecognisedDocument, today: Date): void {
  const role = (r: string) => d.lines.filter((l) => l.role === r);
  const textFact = (line?: Line) => (line ? { value: line.text, at: lineWhere(line) } : undefined);
  const fact = (line: Line | undefined, value: string | undefined) =>
    line && value !== undefined ? { value, at: lineWhere(line) } : undefined;
  const so = role("so")[0];
  const number = so ? parseNumberLine(profile, so.text, d.kind) : undefined;
  const signerFields = [...new Set(role("chuc-vu").map((l) => l.field.replace(/\.chuc_vu$/, "")))];
  const signers = signerFields.map((f) => ({
    quyenHan: textFact(d.lines.find((l) => l.role === "quyen-han" && l.field === `${f}.quyen_han`)),
    chucVu: textFact(d.lines.find((l) => l.role === "chuc-vu" && l.field === `${f}.chuc_vu`)),
  }));
  const bodyField = d.prefix ? `${d.prefix}.noi_dung` : "noi_dung";
  const free = freeStyles(profile);
  const body = d.lines.filter((l) => l.field === bodyField && l.source !== undefined && free.has(l.role));
  const last = body.at(-1);
  const table = profile.tables.bang;
  const endsInTable = !!last && [table?.cell_style, table?.header_style].includes(last.role);
  const date = role("ngay")[0];
  const parsed = date ? parseDateLine(profile, date.text) : undefined;
  const printed =
    parsed && /^\d+$/.test(parsed.ngay) && /^\d+$/.test(parsed.thang)
      ? { year: Number(parsed.nam), month: Number(parsed.thang), day: Number(parsed.ngay) }
      : undefined;
  const issuers = partLines(d, "co_quan");
  const issuerNames = {
    own: issuers.filter((l) => l.role === "co-quan").map((l) => l.text),
    superiors: issuers.filter((l) => l.role === "co-quan-cap-tren").map((l) => l.text),
  };
  const facts: DocumentFacts = {
    profile,
    kind: d.kind,
    kyHieu: fact(so, number?.kyHieu),
    issuerNames,
    signers,
    trichYeu: textFact(role("trich-yeu-cong-van")[0]),
    bodyEnd: endsInTable ? undefined : textFact(last),
    date: date && printed && { value: printed, at: lineWhere(date) },
    today,
  };
  documentRules(facts, report);
}

/**
 * The document rules of `vanthu check` (src/check/document-rules.ts) on a YAML document at render
 * time, as warnings with the same codes: an explicit `ky_hieu` against the kind and `viet_tat`,
 * each signer's quyền hạn against their chức vụ, how the body ends, a date in the future. (A
 * công văn's "V/v" is added by vanthu itself, so its rule has nothing to find here.)
 */
import { documentRules, type DocumentFacts } from "../check/document-rules";
import type { FieldPath } from "../field-path";
import type { Profile } from "../profile/schema";
import type { Report } from "../report";
import type { DocumentInput } from "../schema/kinds";
import { fencedBlocks, insideFences } from "../tree/fence";

/**
 * Each finding reported at its field, as the rules say (a fault of form an error); `signersAsList`:
 * nguoi_ky was written as a list (paths `nguoi_ky.0.chuc_vu`), not one mapping.
 */
export function yamlDocumentRules(
  input: DocumentInput,
  profile: Profile,
  today: Date,
  signersAsList: boolean,
  report: Report,
): void {
  const signers = ([] as { quyen_han?: string; chuc_vu?: string }[]).concat(input.nguoi_ky as never);
  const at = (i: number, field: string): { path: FieldPath } => ({
    path: signersAsList ? ["nguoi_ky", i, field] : ["nguoi_ky", field],
  });
  const body = lastBodyLine(input.noi_dung);
  const facts: DocumentFacts = {
    profile,
    kind: input.loai,
    kyHieu: input.ky_hieu ? { value: input.ky_hieu, at: { path: ["ky_hieu"] } } : undefined,
    abbreviations: [input.co_quan.viet_tat, ...(input.dong_ban_hanh ?? []).map((c) => c.viet_tat)].filter(
      (v): v is string => !!v,
    ),
    signers: signers.map((s, i) => ({
      quyenHan: s.quyen_han ? { value: s.quyen_han, at: at(i, "quyen_han") } : undefined,
      chucVu: s.chuc_vu ? { value: s.chuc_vu, at: at(i, "chuc_vu") } : undefined,
    })),
    bodyEnd: body === undefined ? undefined : { value: body, at: { path: ["noi_dung"] } },
    date: input.ngay.kind === "date" ? { value: input.ngay.date, at: { path: ["ngay"] } } : undefined,
    today,
  };
  documentRules(facts, report);
}

/**
 * The last line of the body as it prints: footnote definitions, fences and blank lines skipped,
 * emphasis marks taken off; undefined when the body ends in a table, a fenced block or a heading.
 */
function lastBodyLine(markdown: unknown): string | undefined {
  if (typeof markdown !== "string") return undefined;
  const lines = markdown.split(/\r?\n/);
  if (fencedBlocks(lines).some((b) => !b.closed)) return undefined;
  const fenced = insideFences(lines);
  let last: string | undefined;
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (fenced[i]) last = undefined;
    else if (!l || /^\[\^[^\]]+\]:/.test(raw)) return;
    else if (/^(\||#|\[ngắt trang\])/.test(l)) last = undefined;
    else
      last = l
        .replace(/[*_]+$/, "")
        .replace(/\[\^[^\]]+\]$/, "")
        .trim();
  });
  return last;
}

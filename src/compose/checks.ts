/**
 * Checks of one document (the main one or an enclosure) against its profile, after validation:
 * the profile has its kind, and the last Nơi nhận line is the "Lưu …" line (a warning); the
 * document rules that `vanthu check` runs on a .docx (warnings, the same codes).
 */
import type { Profile } from "../profile/schema";
import { within, type Report } from "../report";
import type { Resources } from "../resources";
import type { DocumentInput } from "../schema/kinds";
import { yamlDocumentRules } from "./document-rules";

export function documentChecks(
  input: DocumentInput,
  profile: Profile,
  resources: Resources,
  report: Report,
  rules?: { today: Date; signersAsList: boolean },
): void {
  if (!profile.kinds[input.loai] || !resources.kinds.has(input.loai)) {
    const message = `thể thức "${profile.id}" không có loại văn bản "${input.loai}"; xem \`vanthu list\``;
    return report("KIND_NOT_IN_PROFILE", message, { path: ["loai"] });
  }
  // A biên bản may have no Nơi nhận; a brace group ({nhom, ghi_chu}) is never the "Lưu" line.
  const noiNhan = input.noi_nhan ?? [];
  const last = noiNhan[noiNhan.length - 1];
  if (
    last !== undefined &&
    !(typeof last === "string" && last.replace(/^[-–]\s*/, "").startsWith(profile.recipients.luu_prefix))
  ) {
    const { luu_prefix, luu_example } = profile.recipients;
    const example = luu_example ? ` (ví dụ: "${luu_example}")` : "";
    const message = `dòng cuối của nơi nhận nên là "${luu_prefix} ..."${example}`;
    report("NOI_NHAN_LUU", message, { path: ["noi_nhan", noiNhan.length - 1], severity: "warning" });
  }
  // The document rules of `vanthu check` (ký hiệu, signers, body ending, date), as warnings.
  if (rules) {
    const warning = within(report, (where) => ({ ...where, severity: "warning" }));
    yamlDocumentRules(input, profile, rules.today, rules.signersAsList, warning);
  }
}

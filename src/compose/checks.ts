/**
 * Checks of one document (the main one or an enclosure) against its profile, after validation:
 * the profile has its kind, and the last Nơi nhận line is the "Lưu …" line (a warning); the
 * document rules that `vanthu check` runs on a .docx (warnings, the same codes).
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { FieldPath } from "../field-path";
import type { Profile } from "../profile/schema";
import type { Resources } from "../resources";
import type { DocumentInput } from "../schema/kinds";
import { yamlDocumentRules } from "./document-rules";

type At = (path: FieldPath) => {
  file: string;
  line?: number;
  column?: number;
  path: string;
  stage: "compose";
};

export function documentChecks(
  input: DocumentInput,
  profile: Profile,
  resources: Resources,
  at: At,
  rules?: { today: Date; signersAsList: boolean },
): Diagnostic[] {
  if (!profile.kinds[input.loai] || !resources.kinds.has(input.loai)) {
    return [
      diagnostic(
        "KIND_NOT_IN_PROFILE",
        `thể thức "${profile.id}" không có loại văn bản "${input.loai}"; xem \`vanthu list\``,
        at(["loai"]),
      ),
    ];
  }
  // The document rules of `vanthu check` (ký hiệu, signers, body ending, date), as warnings.
  const found = rules
    ? yamlDocumentRules(input, profile, rules.today, rules.signersAsList).map((f) =>
        diagnostic(f.code, f.message, { ...at(f.path), severity: "warning" }),
      )
    : [];
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
    return [
      diagnostic("NOI_NHAN_LUU", message, {
        ...at(["noi_nhan", noiNhan.length - 1]),
        severity: "warning",
      }),
      ...found,
    ];
  }
  return found;
}

/**
 * The parts an official document must have, each that cannot be found one finding: the tiêu đề
 * (and tiêu ngữ), the issuer and the "*" under it (Party), the number line, the date line, the
 * tên loại and trích yếu (a công văn's under its number) with the "-----" under them (Party),
 * "Kính gửi:" of a công văn, the body, Nơi nhận (not for a biên bản) and the signer's name.
 */
import type { Report } from "../report";
import type { Profile } from "../profile/schema";
import type { Recognised, RecognisedDocument } from "../recognise/types";
import { finding } from "./finding";

export function missingFindings(report: Report, profile: Profile, r: Recognised): void {
  for (const d of r.documents) documentMissing(report, profile, d);
}

function documentMissing(report: Report, profile: Profile, d: RecognisedDocument): void {
  const has = (role: string) => d.lines.some((l) => l.role === role);
  const path = (field: string) => (d.prefix ? `${d.prefix}.${field}` : field);
  const miss = (field: string, what: string) =>
    finding(report, "PART_MISSING", `không tìm thấy ${what}`, { path: path(field) });
  profile.labels.tieu_de.forEach((t) => {
    if (!has(t.style))
      miss(
        "tieu_de",
        `"${t.text}" ở góc trên bên phải trang đầu; gõ đúng dòng này trong cột phải của phần đầu`,
      );
  });
  if (!has("co-quan"))
    miss("co_quan", "tên cơ quan ban hành ở góc trên bên trái trang đầu (IN HOA, trên dòng số và ký hiệu)");
  else if (profile.labels.sao && !has("sao"))
    miss(
      "co_quan",
      `dấu "${profile.labels.sao}" dưới tên cơ quan ban hành; gõ "${profile.labels.sao}" căn giữa trên một dòng riêng ngay dưới tên cơ quan`,
    );
  if (!has("so"))
    miss(
      "so",
      `dòng số và ký hiệu ("${profile.number.line.replace("{so}", "…").replace("{ky_hieu}", "…")}") dưới tên cơ quan ban hành`,
    );
  if (!has("ngay"))
    miss("ngay", `dòng địa danh, ngày tháng ("${profile.date.line.replace(/\{\w+\}/g, "…")}") dưới tiêu đề`);
  const kind = d.kind ? profile.kinds[d.kind] : undefined;
  if (!d.kind)
    miss(
      "ten_loai",
      `tên loại văn bản (${titles(profile)} …) dưới phần đầu, và không nhận ra văn bản là công văn`,
    );
  else if (kind?.title && !has("ten-loai")) miss("ten_loai", `tên loại "${kind.title}" dưới phần đầu`);
  if (d.kind === "cong-van" && !has("trich-yeu-cong-van"))
    miss("trich_yeu", "trích yếu của công văn dưới dòng số và ký hiệu");
  else if (kind?.title && !has("trich-yeu"))
    miss("trich_yeu", `trích yếu (nội dung tóm tắt) dưới tên loại "${kind.title}"`);
  else if (kind?.title && profile.labels.phan_cach && !has("phan-cach"))
    miss(
      "trich_yeu",
      `dòng "${profile.labels.phan_cach}" dưới trích yếu; gõ "${profile.labels.phan_cach}" căn giữa ngay dưới trích yếu`,
    );
  if (d.kind === "cong-van" && !has("kinh-gui"))
    miss("kinh_gui", `dòng "${profile.labels.kinh_gui}" trước nội dung công văn`);
  const body = d.lines.some((l) => l.field === path("noi_dung"));
  if (!body && d.kind !== "giay-moi") miss("noi_dung", "nội dung văn bản");
  if (!has("noi-nhan-nhan") && d.kind !== "bien-ban")
    miss("noi_nhan", `"${profile.labels.noi_nhan}" ở góc dưới bên trái, ngang dòng chữ ký`);
  if (!has("ho-ten"))
    miss("nguoi_ky", "phần chữ ký (quyền hạn, chức vụ, họ tên người ký) ở góc dưới bên phải");
}

const titles = (profile: Profile) =>
  Object.values(profile.kinds)
    .map((k) => k.title)
    .filter(Boolean)
    .slice(0, 3)
    .map((t) => `"${t}"`)
    .join(", ");

/**
 * Examples in a field's help that fit the profile the form is in: the schema's help speaks of
 * Party documents ("CV/TU", "Căn cứ Điều lệ Đảng"); a state document gets state examples. Keyed
 * by profile id and field path; a profile not listed keeps the schema's help.
 */
export const PROFILE_HINTS: Record<string, Record<string, string>> = {
  "nha-nuoc": {
    "co_quan.cap_tren":
      "ví dụ: Bộ Nội vụ, Ủy ban nhân dân tỉnh Hà Tĩnh (không bắt buộc); gõ chữ thường, vanthu tự in hoa; Enter: xuống dòng",
    "co_quan.ten":
      "ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh, Sở Nội vụ; gõ chữ thường, vanthu tự in hoa; Enter: xuống dòng",
    "co_quan.viet_tat": "dùng trong ký hiệu, ví dụ: UBND, SNV",
    ky_hieu: "ví dụ: QĐ-UBND; bỏ trống để tự tạo từ loại văn bản và “Chữ viết tắt tên cơ quan”",
    dia_danh: "ví dụ: Hà Tĩnh",
    can_cu:
      "danh sách, mỗi dòng một căn cứ, ví dụ: Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Theo đề nghị của Giám đốc Sở Nội vụ (dấu câu cuối dòng tự thêm)",
    tham_quyen:
      'chủ thể của dòng ban hành sau căn cứ, ví dụ: Chủ tịch Ủy ban nhân dân tỉnh → "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH"',
    "nguoi_ky.quyen_han": "ví dụ: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH; Enter: xuống dòng",
    "nguoi_ky.chuc_vu": "ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH; Enter: xuống dòng",
  },
};

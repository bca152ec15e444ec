/**
 * Vietnamese names and help for every YAML field: the single source for error messages,
 * `vanthu list`, and the schema descriptions.
 */
export interface FieldDoc {
  label: string;
  help: string;
}

export const FIELDS: Record<string, FieldDoc> = {
  loai: { label: "loại văn bản", help: "ví dụ: cong-van, bao-cao, thong-bao (xem `vanthu list`)" },
  the_thuc: { label: "thể thức", help: "dang (Hướng dẫn 36-HD/VPTW), mặc định là dang" },
  co_quan: { label: "cơ quan ban hành", help: "gồm ten, viet_tat và cap_tren (nếu có)" },
  cap_tren: { label: "tên cơ quan cấp trên", help: "ví dụ: Đảng bộ tỉnh Thái Nguyên (không bắt buộc)" },
  ten: { label: "tên cơ quan ban hành", help: "ví dụ: Tỉnh ủy Lạng Sơn (tự viết IN HOA)" },
  viet_tat: { label: "chữ viết tắt tên cơ quan", help: "dùng trong ký hiệu, ví dụ: TU, HU, ĐU" },
  so: { label: "số văn bản", help: "số đăng ký tại văn thư, ví dụ: 1866; để trống nếu là dự thảo" },
  ky_hieu: { label: "ký hiệu", help: "ví dụ: CV/TU; bỏ trống để tự tạo từ loại văn bản và viet_tat" },
  dia_danh: { label: "địa danh", help: "ví dụ: Lạng Sơn" },
  ngay: { label: "ngày ban hành", help: "dạng YYYY-MM-DD, ví dụ: 2020-07-21; dự thảo có thể ghi năm (2020) hoặc để trống" },
  trich_yeu: { label: "trích yếu", help: "nội dung tóm tắt của văn bản; xuống dòng trong giá trị là xuống dòng trong văn bản" },
  kinh_gui: { label: "nơi gửi (Kính gửi)", help: "danh sách, mỗi dòng một nơi, không cần gõ dấu gạch đầu dòng" },
  noi_dung: { label: "nội dung", help: "văn bản Markdown: dòng trống tách đoạn, **đậm**, *nghiêng*, chú thích [^1], tiêu đề #" },
  noi_nhan: { label: "nơi nhận", help: "danh sách, mỗi dòng một nơi; dòng cuối là \"Lưu ...\"" },
  nguoi_ky: { label: "người ký", help: "gồm quyen_han (nếu có), chuc_vu và ho_ten" },
  quyen_han: { label: "quyền hạn ký", help: "ví dụ: T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/L BAN THƯỜNG VỤ" },
  chuc_vu: { label: "chức vụ người ký", help: "ví dụ: PHÓ BÍ THƯ THƯỜNG TRỰC" },
  ho_ten: { label: "họ tên người ký", help: "ví dụ: Hoàng Văn Nghiệm" },
};

export const fieldLabel = (name: string | number | undefined): string =>
  (typeof name === "string" && FIELDS[name]?.label) || String(name ?? "");

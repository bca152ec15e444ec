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
  the_thuc: {
    label: "thể thức",
    help: "dang (Hướng dẫn 36-HD/VPTW) hoặc nha-nuoc (Nghị định 30/2020/NĐ-CP), mặc định là dang",
  },
  co_quan: { label: "cơ quan ban hành", help: "gồm ten, viet_tat và cap_tren (nếu có)" },
  cap_tren: {
    label: "tên cơ quan cấp trên",
    help: "ví dụ: Đảng bộ tỉnh Thái Nguyên (không bắt buộc); gõ chữ thường, vanthu tự in hoa; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  ten: {
    label: "tên cơ quan ban hành",
    help: "ví dụ: Tỉnh ủy Lạng Sơn; gõ chữ thường, vanthu tự in hoa; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  viet_tat: { label: "chữ viết tắt tên cơ quan", help: "dùng trong ký hiệu, ví dụ: TU, HU, ĐU, UBND" },
  don_vi: {
    label: "chữ viết tắt đơn vị soạn thảo",
    help: 'đơn vị soạn thảo trong ký hiệu công văn, ví dụ: VX trong "12/UBND-VX"; chỉ dùng ở thể thức có chỗ cho nó (không bắt buộc)',
  },
  so: { label: "số văn bản", help: "số đăng ký tại văn thư, ví dụ: 1866; để trống nếu là dự thảo" },
  ky_hieu: { label: "ký hiệu", help: "ví dụ: CV/TU; bỏ trống để tự tạo từ loại văn bản và viet_tat" },
  dia_danh: { label: "địa danh", help: "ví dụ: Lạng Sơn" },
  ngay: {
    label: "ngày ban hành",
    help: "dạng YYYY-MM-DD, ví dụ: 2020-07-21; dự thảo có thể ghi năm (2020) hoặc để trống",
  },
  trich_yeu: {
    label: "trích yếu",
    help: "nội dung tóm tắt của văn bản; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  kinh_gui: {
    label: "nơi gửi (Kính gửi)",
    help: "danh sách, mỗi dòng một nơi, không cần gõ dấu gạch đầu dòng",
  },
  noi_dung: {
    label: "nội dung",
    help: "văn bản Markdown: dòng trống tách đoạn, **đậm**, *nghiêng*, chú thích [^1], tiêu đề #",
  },
  noi_nhan: {
    label: "nơi nhận",
    help: 'danh sách, mỗi dòng một nơi; dòng cuối là "Lưu ..."; nhiều nơi chung một ghi chú: {nhom: [...], ghi_chu: b/c}',
  },
  ben_moi: {
    label: "cơ quan mời",
    help: 'giấy mời: chủ ngữ của câu "… trân trọng kính mời:"; mặc định là tên cơ quan ban hành',
  },
  kinh_moi: {
    label: "người được mời",
    help: "giấy mời: danh sách, mỗi dòng một cơ quan hoặc một người (họ tên, chức vụ, đơn vị)",
  },
  toi_du: {
    label: "tới dự",
    help: "giấy mời: tên cuộc họp, hội nghị, ví dụ: Hội nghị tổng kết công tác năm 2024",
  },
  chu_tri: { label: "chủ trì", help: "giấy mời: người chủ trì (không bắt buộc)" },
  thoi_gian: {
    label: "thời gian",
    help: "giấy mời: ví dụ: 08 giờ 00 phút, thứ Sáu, ngày 20 tháng 12 năm 2024",
  },
  dia_diem: { label: "địa điểm", help: "giấy mời: ví dụ: Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh" },
  nguoi_ky: {
    label: "người ký",
    help: "gồm quyen_han (nếu có), chuc_vu và ho_ten; hai người ký cạnh nhau (liên tịch, biên bản): danh sách hai người, theo thứ tự trái → phải",
  },
  quyen_han: {
    label: "quyền hạn ký",
    help: "ví dụ: T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/L BAN THƯỜNG VỤ; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  chuc_vu: {
    label: "chức vụ người ký",
    help: "ví dụ: PHÓ BÍ THƯ THƯỜNG TRỰC; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  ho_ten: { label: "họ tên người ký", help: "ví dụ: Hoàng Văn Nghiệm" },
  phu_luc: {
    label: "phụ lục",
    help: "danh sách phụ lục sau văn bản; mỗi phụ lục: so (I, II…; không cần khi chỉ có một), tieu_de, noi_dung (Markdown)",
  },
  so_lieu: {
    label: "số liệu của đơn vị",
    help: "các giá trị điền vào chỗ trống {{so_lieu.<tên>}} của phần dùng chung, ví dụ: doi_thoai: 12; không in ra ở chỗ khác",
  },
  so_phu_luc: { label: "số phụ lục", help: "ví dụ: I, II, 1, 2; không cần khi chỉ có một phụ lục" },
  tieu_de: {
    label: "tên phụ lục",
    help: "ví dụ: Kết quả thực hiện các chỉ tiêu; gõ chữ thường, vanthu tự in hoa; xuống dòng trong giá trị là xuống dòng trong văn bản",
  },
  kem_theo: {
    label: "văn bản kèm theo",
    help: "danh sách văn bản đầy đủ (loai, co_quan, so, …) in tiếp sau văn bản này, mỗi văn bản đánh số trang riêng",
  },
  dong_ban_hanh: {
    label: "cơ quan cùng ban hành",
    help: 'văn bản liên tịch: danh sách các cơ quan ban hành cùng co_quan (mỗi cơ quan: ten, viet_tat, cap_tren nếu có); ký hiệu nối các chữ viết tắt bằng "-": QC/BTCTU-BDVTU',
  },
  do_khan: {
    label: "độ khẩn",
    help: "khan (KHẨN), thuong-khan (THƯỢNG KHẨN) hoặc hoa-toc (HỎA TỐC); in dưới số và ký hiệu",
  },
  do_mat: {
    label: "độ mật",
    help: "mat (MẬT), toi-mat (TỐI MẬT) hoặc tuyet-mat (TUYỆT MẬT); in dưới số và ký hiệu",
  },
  du_thao: {
    label: "dự thảo",
    help: 'true: in ô "DỰ THẢO" ở góc trên bên phải; một số (2): "Dự thảo lần 2"',
  },
  danh_may: {
    label: "ký hiệu người đánh máy, số bản",
    help: "in nhỏ dưới nơi nhận, ví dụ: (Tùng/VP) (không bắt buộc)",
  },
  can_cu: {
    label: "căn cứ",
    help: 'danh sách, mỗi dòng một căn cứ, ví dụ: Căn cứ Điều lệ Đảng; Xét đề nghị của Ban Tổ chức Tỉnh ủy (dấu "- " và dấu câu cuối dòng tự thêm)',
  },
  tham_quyen: {
    label: "thẩm quyền ban hành",
    help: 'chủ thể của dòng ban hành sau căn cứ, ví dụ: Ban Thường vụ Tỉnh ủy → "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH"',
  },
  kinh_trinh: {
    label: "nơi trình (Kính trình)",
    help: "tờ trình: danh sách nơi trình, ví dụ: Ban Thường vụ Tỉnh ủy",
  },
  nhom: {
    label: "nhóm nơi nhận",
    help: "một mục của nơi nhận gồm nhiều nơi được đánh dấu ngoặc chung: {nhom: [...], ghi_chu: b/c}",
  },
  ghi_chu: { label: "ghi chú của nhóm", help: "chữ in bên phải dấu ngoặc của nhóm nơi nhận, ví dụ: b/c" },
};

export const fieldLabel = (name: string | number | undefined): string =>
  (typeof name === "string" && FIELDS[name]?.label) || String(name ?? "");

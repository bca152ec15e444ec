/**
 * What each diagnostic code means and an example of its message, in Vietnamese: the source of
 * docs/ma-loi.md (`npm run docs`). A Record over Code, so a new code cannot be added without them.
 */
import type { Code } from "../diagnostic";

export interface CodeMeaning {
  /** When the code is reported (Markdown). */
  meaning: string;
  /** Messages as printed, one or more. */
  examples: string[];
}

export const CODE_MEANINGS: Record<Code, CodeMeaning> = {
  FILE_UNREADABLE: {
    meaning:
      "không đọc được tệp hoặc thư mục: không có, thư mục không có tệp `.yaml`, không phải tệp thường (thiết bị, ống dẫn), tệp nhị phân (một `.docx` đổi tên), chữ mã TCVN3/VNI/Windows-1258, UTF-16 không có BOM, UTF-32",
    examples: [
      "x.yaml:3:1 tệp không phải văn bản UTF-8 (có thể là tệp nhị phân, hoặc chữ mã TCVN3/VNI hay Windows-1258); mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8",
    ],
  },
  FILE_UNWRITABLE: {
    meaning: "không ghi được tệp ra (thư mục không ghi được, tên nằm ngoài thư mục ra)",
    examples: ["không ghi được out/x.docx (EACCES)"],
  },
  YAML_SYNTAX: {
    meaning:
      "YAML sai cú pháp: trùng trường, thụt lề bằng Tab, thiếu dấu nháy hay dấu hai chấm, mã thoát `\\` sai, thẻ `!…`, thẻ `!!binary`, `!!timestamp`, `!!set` (mọi giá trị được đọc như chữ, số, danh sách), nhiều văn bản (`---`) trong một tệp, lồng nhau quá 64 tầng, bí danh (`*a`) không có `&a`, nằm trong chính giá trị nó trỏ tới, hay quá nhiều bí danh, tên trường là danh sách hay để trống, hai tên trường chỉ khác nhau ở ký tự ẩn",
    examples: [
      "x.yaml:4:3 trường này được khai báo hai lần; xóa một dòng",
      "x.yaml:3:8 quá nhiều bí danh (alias) YAML; tệp có thể bị lỗi hoặc cố ý làm tràn bộ nhớ",
    ],
  },
  MISSING_FIELD: {
    meaning: "thiếu trường bắt buộc",
    examples: ["x.yaml:15:3 nguoi_ky.ho_ten: thiếu trường bắt buộc ho_ten (họ tên người ký)"],
  },
  UNKNOWN_FIELD: {
    meaning: "trường không có (gõ sai tên, thụt lề bằng dấu cách không ngắt, khóa gộp YAML `<<:`), kèm gợi ý",
    examples: ['x.yaml:19:5 nguoi_ky.ho_tn: không có trường "ho_tn" (có phải "ho_ten"?)'],
  },
  INVALID_TYPE: {
    meaning:
      "sai kiểu giá trị, hoặc tệp không phải một bảng các trường (tệp rỗng, chỉ có ghi chú, là một danh sách)",
    examples: [
      "noi_nhan: nơi nhận phải là danh sách, không phải chữ",
      'dia_danh: địa danh phải là chữ, không phải số 1.5; nếu muốn viết đúng như vậy, đặt trong dấu nháy: "1.5"',
    ],
  },
  INVALID_VALUE: {
    meaning:
      "giá trị không hợp lệ: để trống, chỉ có dấu cách hay ký tự vô hình (U+200B…), danh sách rỗng, số có chữ hay số âm, quá hai người ký",
    examples: [
      "x.yaml:6:10 dia_danh: địa danh đang để trống: điền giá trị, hoặc xóa dòng này nếu trường không bắt buộc; ví dụ: Lạng Sơn",
    ],
  },
  INVALID_DATE: {
    meaning: "ngày không có thật hoặc sai dạng (`03/02/2020`, tháng 13, có giờ)",
    examples: ['ngay: "2021-02-29" không phải ngày hợp lệ (YYYY-MM-DD)'],
  },
  UNKNOWN_KIND: {
    meaning: "loại văn bản không có (chỉ chọn theo tên: `../x` không phải tên)",
    examples: ['loai: không có loại văn bản "cong-vn" (có phải "cong-van"?)'],
  },
  UNKNOWN_PROFILE: {
    meaning: "thể thức không có (chỉ chọn theo tên, trong các thư mục thể thức)",
    examples: ['the_thuc: không có thể thức "dangg"; các thể thức có: dang, nha-nuoc'],
  },
  KIND_NOT_IN_PROFILE: {
    meaning: "thể thức không có loại văn bản này",
    examples: ['x.yaml:1:7 loai: thể thức "nha-nuoc" không có loại văn bản "thong-tri"; xem `vanthu list`'],
  },
  PROFILE_INVALID: {
    meaning:
      "tệp thể thức sai: trường, kiểu, kiểu chữ không có, số ngoài khoảng hợp lý (lề, cỡ chữ, `number.pad`…), lề không chừa chỗ cho chữ, `based_on` vòng tròn",
    examples: [
      "thu-muc/dang-sai.yaml:17:41 page.margins.left: thể thức không hợp lệ: left phải là số, không phải chữ",
    ],
  },
  TEMPLATE_ERROR: {
    meaning: "mẫu Handlebars lỗi (ghi tệp mẫu, dòng và cột), phần dùng chung gọi lại chính nó không dừng",
    examples: [
      'templates/kinds/cong-van.hbs:4:23 lỗi mẫu: mẫu dùng "ho_ten_day_du" nhưng dữ liệu không có trường này (mẫu chạy ở chế độ strict)',
    ],
  },
  MARKUP_INVALID: {
    meaning: "mẫu sinh mã đánh dấu sai hoặc dùng kiểu/bảng không có trong thể thức",
    examples: ['kiểu đoạn style="noi-dung-dam" không có trong profile.styles'],
  },
  MARKDOWN_UNSUPPORTED: {
    meaning:
      "(cảnh báo) nội dung Markdown không đặt được: chú thích chưa có hay để trống nội dung, chú thích không được dẫn chiếu (bị bỏ), chú thích dẫn chiếu trong chú thích khác (in nguyên văn), nhãn chú thích viết hai lần (dùng lần đầu), `[ngắt trang]` ở cuối hay liền nhau (bị bỏ)",
    examples: [
      'noi_dung: chú thích [^1] để trống: Word sẽ in số chú thích mà không có chữ; viết nội dung sau "[^1]:"',
    ],
  },
  TABLE_INVALID: {
    meaning:
      "bảng sai cấu trúc: ô thừa trong bảng Markdown; khối ```` ```bang ```` chưa đóng, sai YAML, sai số ô, ô gộp, trường lạ",
    examples: ["x.yaml:61:1 noi_dung: khối bang: dòng 2 của dong có 4 ô … chỉ có 3 cột"],
  },
  CONTROL_CHARACTER: {
    meaning:
      "(cảnh báo) đã xóa ký tự XML cấm (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, nửa cặp surrogate, U+FFFE, U+FFFF), kể cả trong ô khối bang",
    examples: [
      "x.yaml:11:11 noi_dung: đã xóa 3 ký tự điều khiển không được phép trong văn bản (thường do dán từ Word/PDF)",
    ],
  },
  NOI_NHAN_LUU: {
    meaning: '(cảnh báo) dòng cuối nơi nhận không phải "Lưu …"',
    examples: [
      'x.yaml:15:5 noi_nhan.1: dòng cuối của nơi nhận nên là "Lưu ..." (ví dụ: "Lưu Văn phòng Tỉnh ủy.")',
    ],
  },
  TEXT_UNIFIED: {
    meaning:
      '(cảnh báo) chữ người soạn đã được viết lại cho thống nhất theo `consistency` của thể thức: dấu thanh "oa, oe, uy" ("uỷ" → "ủy", "hoá" → "hóa"), dấu ngoặc kép (thẳng → cong), bỏ "/." cuối nội dung khi thể thức kết thúc bằng "."; mỗi dòng có chữ bị sửa một cảnh báo, ở đúng dòng đó, nêu từng chỗ sửa',
    examples: [
      'x.yaml:14:1 noi_dung: đã viết lại cho thống nhất theo thể thức "dang" (thực tiễn HD 36 và HD 05; CHƯA KIỂM CHỨNG): "uỷ," → "ủy,", "hoá" → "hóa" (dấu thanh kiểu "ủy"); ""Dân" → "“Dân", "khéo"" → "khéo”" (dấu ngoặc kép cong “…”); sửa trong tệp để khỏi thấy cảnh báo này, hoặc đổi consistency trong thể thức',
    ],
  },
  INHERIT_NOT_FOUND: {
    meaning: "không đọc được tệp dùng chung của `ke_thua` (báo ở dòng `ke_thua`)",
    examples: ["x.yaml:1:10 ke_thua: không đọc được tệp kế thừa ../_chung.yaml (…); kiểm tra đường dẫn…"],
  },
  INHERIT_CYCLE: {
    meaning: "các tệp `ke_thua` lẫn nhau thành vòng",
    examples: ["_b.yaml:1:10 ke_thua: kế thừa vòng tròn (x.yaml → _a.yaml → _b.yaml → _a.yaml)"],
  },
  DUPLICATE_OUTPUT: {
    meaning: "hai tệp vào sẽ ghi cùng một tệp ra; tệp sau không được ghi",
    examples: [
      "tệp ra out/x.docx trùng với tệp ra của a/x.yaml; không ghi đè — đặt tên khác (xem --ten-tep)",
    ],
  },
  PDF_FAILED: {
    meaning:
      "(`--pdf`) không tạo được PDF: chưa cài LibreOffice (kèm lệnh cài), LibreOffice dừng, quá thời gian, hay PDF ghi ra không trọn vẹn hoặc không có trang; tệp .docx vẫn được ghi",
    examples: [
      "x.yaml không tìm thấy LibreOffice (lệnh soffice) để chuyển sang PDF; cài LibreOffice rồi chạy lại: Debian/Ubuntu: sudo apt-get install libreoffice-writer; …",
    ],
  },
  TOO_LARGE: {
    meaning:
      "văn bản vượt giới hạn (xem dưới): tệp quá 8 MB, quá 200.000 dòng và ô bảng, quá 8.388.608 ký tự chữ (tính như khi in), quá 50.000 giá trị, quá 100.000 đoạn hay 20.000 ô bảng số liệu, quá 20 phụ lục hay 20 văn bản kèm theo trong cả văn bản (mọi cấp cộng lại)",
    examples: [
      "x.yaml:15:11 noi_dung: văn bản quá lớn: 208.013 dòng và ô bảng, tối đa 200.000; hãy tách thành nhiều văn bản",
    ],
  },
  INTERNAL_ERROR: {
    meaning: "lỗi nội bộ của vanthu (không phải lỗi của tệp); không tệp nào được ghi",
    examples: [
      "x.yaml lỗi nội bộ của vanthu (không phải lỗi của tệp này); xin báo lỗi kèm tệp YAML và lệnh đã chạy tại trang dự án (…)",
    ],
  },
  DOCX_UNREADABLE: {
    meaning:
      "tệp `.docx` không đọc được: không phải tệp zip, bị cắt cụt hay hỏng, thiếu `word/document.xml`, XML của nội dung chính sai",
    examples: [
      "x.docx tệp không phải tệp Word .docx (không phải tệp zip) hoặc đã bị hỏng; mở bằng Word và lưu lại dưới dạng .docx",
    ],
  },
  DOCX_PROTECTED: {
    meaning: "tệp là tệp Word có mật khẩu hoặc tệp `.doc` cũ (Word 97–2003), không phải `.docx`",
    examples: [
      "x.docx tệp được bảo vệ bằng mật khẩu hoặc là tệp .doc cũ (Word 97–2003); mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) hoặc lưu lại dưới dạng .docx",
    ],
  },
  DOCX_TOO_LARGE: {
    meaning:
      "tệp `.docx` vượt giới hạn đọc (`src/ooxml/limits.ts`): tệp quá 50 MB, quá 5.000 phần, một phần XML giải nén quá 16 MB (hay tổng quá 48 MB), tỷ lệ nén bất thường (bom zip), XML lồng quá 256 tầng, quá 200.000 đoạn",
    examples: [
      "x.docx tệp .docx quá lớn để đọc: word/document.xml giải nén ra 300 MB; có thể là tệp độc hại (bom zip) hoặc cần tách thành nhiều văn bản",
    ],
  },
  DOCX_PART_UNREADABLE: {
    meaning:
      "(cảnh báo) một phần phụ của `.docx` (kiểu, đánh số, đầu trang, chú thích…) hỏng, hay nội dung nhúng (`altChunk`) không đọc được, nên bị bỏ qua; phần còn lại vẫn được đọc",
    examples: [
      "x.docx cảnh báo: word/numbering.xml: phần đánh số tự động bị hỏng (XML sai) nên bị bỏ qua; số thứ tự tự động của các đoạn không được đọc",
    ],
  },
  PART_MISSING: {
    meaning:
      "(`vanthu check`) không tìm thấy một phần bắt buộc của văn bản: tiêu đề, tên cơ quan, dấu `*`, số và ký hiệu, ngày tháng, tên loại, trích yếu và dòng `-----`, Kính gửi của công văn, nội dung, Nơi nhận, chữ ký",
    examples: [
      'cv.docx tieu_de: không tìm thấy "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc trên bên phải trang đầu; gõ đúng dòng này trong cột phải của phần đầu',
    ],
  },
  PAGE_SETUP: {
    meaning:
      "(`vanthu check`) khổ giấy hoặc lề trang khác thể thức (lề trong khoảng văn bản cho phép thì được chấp nhận: NĐ 30 lề trên 20–25 mm)",
    examples: [
      "cv.docx trang: lề trái 25 mm, thể thức yêu cầu từ 30 đến 35 mm (NĐ 30 PL I I.3); sửa ở Bố cục › Lề › Lề tùy chỉnh (Layout › Margins › Custom Margins)",
    ],
  },
  PAGE_NUMBER: {
    meaning:
      "(`vanthu check`) số trang: có ở trang 1, thiếu (văn bản dài hơn một trang), ở chân trang thay vì lề trên, sai cỡ chữ hay căn lề",
    examples: [
      "cv.docx trang: trang đầu có số trang, thể thức không đánh số trang 1 (NĐ 30 PL I I.7); bật Khác ở trang đầu (Different First Page) trong Đầu trang › Tùy chọn",
    ],
  },
  FORMAT_FONT: {
    meaning: "(`vanthu check`) phông chữ khác phông của thể thức",
    examples: [
      'cv.docx: đoạn 12 «Qua 5 năm thực hiện…» noi_dung: đoạn nội dung: phông chữ "Arial", thể thức dùng "Times New Roman" (…); chọn đoạn, đặt phông Times New Roman ở Trang đầu › Phông chữ (Home › Font)',
    ],
  },
  FORMAT_SIZE: {
    meaning: "(`vanthu check`) cỡ chữ khác thể thức (hay ngoài khoảng văn bản cho phép)",
    examples: [
      "cv.docx: đoạn 6 «Số: 12/UBND-VX» so: dòng số và ký hiệu: cỡ chữ 14 pt, thể thức yêu cầu 13 pt (NĐ 30 PL I II.3); chọn đoạn, đặt cỡ chữ 13 ở Trang đầu › Cỡ phông (Home › Font Size)",
    ],
  },
  FORMAT_EMPHASIS: {
    meaning:
      "(`vanthu check`) đậm, nghiêng, gạch chân khác thể thức (trong nội dung, bảng và chú thích chỉ báo khi cả đoạn sai: chữ đậm, nghiêng giữa đoạn là của người viết)",
    examples: [
      "cv.docx: đoạn 33 «PHÓ BÍ THƯ THƯỜNG TRỰC» nguoi_ky.chuc_vu: chức vụ người ký: chữ in đậm, thể thức yêu cầu không in đậm (…); chọn đoạn, bấm Ctrl+B để bỏ",
    ],
  },
  FORMAT_CAPS: {
    meaning: "(`vanthu check`) phần phải viết IN HOA (tên cơ quan, tên phụ lục…) chưa viết in hoa",
    examples: [
      "cv.docx: đoạn 1 «Tỉnh ủy Lạng Sơn» co_quan.ten: tên cơ quan ban hành: chưa viết IN HOA, thể thức yêu cầu IN HOA (HD 36 PL 3 dòng 2); gõ lại bằng chữ in hoa (…)",
    ],
  },
  FORMAT_ALIGN: {
    meaning: "(`vanthu check`) căn lề đoạn khác thể thức",
    examples: [
      "cv.docx: đoạn 12 «Qua 5 năm…» noi_dung: đoạn nội dung: căn trái, thể thức yêu cầu căn đều hai bên (…); chọn đoạn, bấm Ctrl+J (Trang đầu › Đoạn văn)",
    ],
  },
  FORMAT_INDENT: {
    meaning: "(`vanthu check`) thụt đầu dòng, lề trái, lề phải của đoạn khác thể thức",
    examples: [
      "cv.docx: đoạn 12 «Qua 5 năm…» noi_dung: đoạn nội dung: thụt dòng đầu 0 mm, thể thức yêu cầu 10 mm (hoặc từ 10 đến 12,7 mm) (…); chọn đoạn, sửa ở Trang đầu › Đoạn văn › Thụt lề",
    ],
  },
  FORMAT_SPACING: {
    meaning: "(`vanthu check`) khoảng cách trước, sau đoạn hoặc giãn dòng khác thể thức",
    examples: [
      "cv.docx: đoạn 12 «Qua 5 năm…» noi_dung: đoạn nội dung: giãn dòng đơn (Single), thể thức yêu cầu chính xác (Exactly) 18 pt (…); chọn đoạn, đặt Giãn cách dòng (Line spacing) chính xác (Exactly) 18 pt ở Trang đầu › Đoạn văn",
    ],
  },
  FORMAT_RULE: {
    meaning:
      "(`vanthu check`) thiếu đường kẻ liền dưới tiêu đề, tiêu ngữ, tên cơ quan, trích yếu (viền dưới, đường vẽ hay gạch chân đều được)",
    examples: [
      "cv.docx: đoạn 4 «Độc lập - Tự do - Hạnh phúc» tieu_de: tiêu ngữ: không có đường kẻ liền bên dưới, thể thức yêu cầu một đường kẻ dài 100% dòng chữ (NĐ 30 PL I II.1); đặt viền dưới cho một đoạn trống ngay dưới dòng này (…)",
    ],
  },
  TEXT_FORM: {
    meaning:
      '(`vanthu check`) tiêu đề, tiêu ngữ, "Kính gửi:", "Nơi nhận:" viết khác thể thức (dấu câu, khoảng trắng; dấu thanh đặt kiểu cũ "HOÀ" vẫn được)',
    examples: [
      'cv.docx: đoạn 4 «Độc lập – Tự do – Hạnh phúc» tieu_de: "Độc lập – Tự do – Hạnh phúc" khác cách viết của thể thức "Độc lập - Tự do - Hạnh phúc" (dấu câu, khoảng trắng); gõ lại đúng "Độc lập - Tự do - Hạnh phúc"',
    ],
  },
  NUMBER_FORM: {
    meaning:
      '(`vanthu check`) dòng số và ký hiệu sai mẫu của thể thức: dấu hai chấm sau "Số" (có trong NĐ 30, không có trong HD 36), dấu "-" và "/", số nhỏ hơn 10 chưa thêm số 0',
    examples: [
      'cv.docx: đoạn 5 «Số: 1866-CV/TU» so: "Số: 1866-CV/TU": có dấu hai chấm sau chữ "Số"; thể thức viết "Số 05-CV/UBND" (HD 36 PL 3 dòng 3); sửa lại dòng này cho đúng mẫu',
    ],
  },
  DATE_FORM: {
    meaning:
      "(`vanthu check`) dòng địa danh, ngày tháng sai mẫu: ngày nhỏ hơn 10 và tháng 1, 2 chưa thêm số 0 (tháng khác không thêm), ngày không có thật",
    examples: [
      'cv.docx: đoạn 7 «Hà Tĩnh, ngày 8 tháng 01 năm 2024» ngay: ngày "8" chưa thêm số 0 ở đầu (ngày nhỏ hơn 10 viết "08"); thể thức viết "Hà Nội, ngày 05 tháng 01 năm 2024" (NĐ 30 PL I II.4)',
    ],
  },
  AUTHORITY_FORM: {
    meaning:
      "(`vanthu check`) quyền hạn ký viết theo thể thức khác hay sai dạng: văn bản Đảng viết T/M, K/T, T/L; văn bản nhà nước viết TM., KT., TL., TUQ., Q.",
    examples: [
      'cv.docx: đoạn 32 «TM. BAN THƯỜNG VỤ» nguoi_ky.quyen_han: "TM." (thay mặt) viết sai; thể thức viết "T/M", "K/T", "T/L" (HD 36 1.7); sửa thành "T/M"',
    ],
  },
  KY_HIEU_MISMATCH: {
    meaning:
      "(cảnh báo; khi kiểm tra `.docx` và khi tạo văn bản từ YAML) ký hiệu không khớp chữ viết tắt của tên loại hoặc của cơ quan ban hành",
    examples: [
      'x.yaml:8:10 ky_hieu: ký hiệu "BC/TU" ghi "BC" nhưng chữ viết tắt của công văn là "CV" (HD 36 PL 3 dòng 3); sửa ký hiệu, hoặc tên loại nếu văn bản là loại khác',
    ],
  },
  SIGNER_MISMATCH: {
    meaning:
      '(cảnh báo; `.docx` và YAML) quyền hạn không hợp chức vụ: K/T (KT.) đi với chức vụ cấp phó "PHÓ …"; T/M (TM.) đứng trước tên một tập thể',
    examples: [
      'x.yaml:30:12 nguoi_ky.chuc_vu: "K/T" (ký thay) đi với chức vụ của cấp phó ("PHÓ …"), nhưng chức vụ là "TRƯỞNG BAN" (HD 36 1.7); cấp trưởng ký thì bỏ "K/T"',
    ],
  },
  TRICH_YEU_VV: {
    meaning:
      '(cảnh báo; `.docx` và YAML) trích yếu công văn không bắt đầu bằng "V/v" ở thể thức yêu cầu (NĐ 30)',
    examples: [
      'cv.docx: đoạn 6 «tổ chức hoạt động vui Xuân…» trich_yeu: trích yếu công văn phải bắt đầu bằng "V/v" (NĐ 30 PL I II.5.b), không phải "tổ chức hoạt động vui Xuân,"; thêm "V/v " vào đầu trích yếu',
    ],
  },
  BODY_END: {
    meaning:
      '(cảnh báo; `.docx` và YAML) đoạn cuối của nội dung không kết thúc như thể thức quy định (`body_end`: NĐ 30 "./.", HD 36 dấu chấm)',
    examples: [
      'x.yaml:20:3 noi_dung: đoạn cuối của nội dung kết thúc bằng "trên địa bàn", thể thức kết thúc bằng "./." (NĐ 30 Mẫu 1.4 và 1.5); thêm "./." vào cuối đoạn',
    ],
  },
  DATE_FUTURE: {
    meaning: "(cảnh báo; `.docx` và YAML) ngày ban hành ở sau hôm nay",
    examples: ["x.yaml:9:7 ngay: ngày ban hành 5/3/2031 ở sau hôm nay (4/12/2026); kiểm tra lại ngày, năm"],
  },
  IMPORT_UNPLACED: {
    meaning:
      "(cảnh báo; `vanthu import`) một đoạn của tệp Word không thuộc trường nào (chữ trong khung, dòng lạ ở phần đầu, dòng vanthu tự in nhưng khác thể thức): chữ được ghi lại trong chú thích YAML ở trường gần nhất, không mất gì",
    examples: [
      "bc.docx: đoạn 4 noi_dung: dòng không thuộc trường nào: «Mật khẩu hộp thư: …»; đã ghi lại trong chú thích YAML ở trường noi_dung",
    ],
  },
  IMPORT_FORMAT_LOST: {
    meaning:
      "(cảnh báo; `vanthu import`) một định dạng của đoạn không viết được bằng Markdown: gạch chân, chữ đậm sát dấu câu, bảng lồng trong ô, trường số trang trong thân bài; chữ được giữ nguyên",
    examples: [
      "bc.docx: đoạn 12 noi_dung: Markdown không có gạch chân; chữ gạch chân được giữ, gạch chân bị bỏ",
    ],
  },
};

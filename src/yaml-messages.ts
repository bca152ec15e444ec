/**
 * What each problem of a YAML text means and how to fix it, in Vietnamese, by yaml's error code
 * (and the codes of the checks in yaml-data.ts): the messages of a document, a profile and a
 * ```bang block. The nesting limit lives here because its message names it.
 */

/** How deeply collections may nest: a document with enclosures needs about fifteen levels. */
export const MAX_DEPTH = 64;

export const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: "trường này được khai báo hai lần; xóa một dòng",
  MISSING_CHAR: "thiếu ký tự đóng (dấu nháy hoặc ngoặc); kiểm tra dấu nháy của giá trị",
  BAD_INDENT: "thụt lề không đúng; các trường cùng cấp phải thẳng cột, dùng dấu cách (không dùng Tab)",
  TAB_AS_INDENT: "không dùng phím Tab để thụt lề trong YAML; thay bằng dấu cách",
  BLOCK_AS_IMPLICIT_KEY:
    'dòng này thụt lề sai, hoặc giá trị có dấu hai chấm và dấu cách (": "): khi đó đặt cả giá trị trong dấu nháy kép',
  MULTILINE_IMPLICIT_KEY:
    'dòng này thiếu dấu hai chấm sau tên trường (dấu hai chấm phải là ":" thường, theo sau là dấu cách), hoặc thụt lề sai',
  UNEXPECTED_TOKEN:
    "ký tự không đúng chỗ; nếu giá trị có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt trong dấu nháy kép",
  ALIAS_PROPS: "bí danh (alias) YAML dùng không đúng",
  BAD_ALIAS:
    "bí danh (alias) YAML không tồn tại: *tên phải đi sau một &tên ở phía trên; nếu * là chữ, đặt giá trị trong dấu nháy kép",
  BAD_DIRECTIVE:
    "dòng bắt đầu bằng % là chỉ thị YAML không hợp lệ; nếu là chữ, hãy đặt giá trị trong dấu nháy kép",
  BAD_DQ_ESCAPE:
    "trong dấu nháy kép, dấu \\ phải đi với một mã hợp lệ (\\n, \\t, \\\\, \\u00A0…); viết \\\\ cho một dấu \\, hoặc dùng dấu nháy đơn",
  BAD_PROP_ORDER: "thẻ (!) và nhãn (&) YAML đặt sai thứ tự",
  BAD_SCALAR_START: "giá trị không được bắt đầu bằng ký tự này (@, `, %…); đặt giá trị trong dấu nháy kép",
  BLOCK_IN_FLOW:
    'trong [ ] hay { } không được xuống dòng kiểu khối; viết mỗi mục một dòng "- …" thay vì dùng ngoặc',
  IMPOSSIBLE: "YAML không đọc được ở chỗ này; kiểm tra dấu nháy, ngoặc và thụt lề",
  KEY_OVER_1024_CHARS: "tên trường quá dài (hơn 1024 ký tự); có thể thiếu dấu nháy hoặc dấu hai chấm",
  MULTIPLE_ANCHORS: "một giá trị chỉ được có một nhãn (&) YAML",
  MULTIPLE_DOCS: "tệp chỉ được chứa một văn bản; xóa dòng --- và phần sau nó, hoặc tách thành nhiều tệp",
  MULTIPLE_TAGS: "một giá trị chỉ được có một thẻ (!) YAML",
  NON_STRING_KEY:
    'tên trường phải là chữ, không phải danh sách, bảng hay để trống; viết "tên_trường: giá trị"',
  DUPLICATE_KEY_HIDDEN:
    "trường này được khai báo hai lần: hai tên chỉ khác nhau ở ký tự ẩn (ký tự điều khiển) hoặc ở cách gõ dấu; xóa một dòng, hoặc gõ lại tên trường",
  UNSUPPORTED_TAG:
    "thẻ YAML !!binary, !!timestamp hay !!set không được hỗ trợ: mọi giá trị được đọc như chữ, số hay danh sách; bỏ thẻ này (ngày viết thẳng 2020-07-21)",
  TAG_RESOLVE_FAILED:
    "thẻ YAML (bắt đầu bằng !) không được hỗ trợ; bỏ thẻ này, hoặc đặt giá trị trong dấu nháy kép nếu ! là chữ",
  BAD_COLLECTION_TYPE: "thẻ YAML (bắt đầu bằng !) không hợp với kiểu giá trị; bỏ thẻ này",
  ALIAS_LOOP:
    "bí danh (alias) YAML nằm trong chính giá trị mà nó trỏ tới (&tên … *tên): giá trị không có điểm dừng; bỏ *tên này",
  ALIAS_COUNT: "quá nhiều bí danh (alias) YAML; tệp có thể bị lỗi hoặc cố ý làm tràn bộ nhớ",
  RESOURCE_EXHAUSTION: `các trường lồng nhau quá sâu; văn bản không cần quá ${MAX_DEPTH} cấp`,
};

/** What a YAML syntax error code means and how to fix it, in Vietnamese (also used for ```bang blocks). */
export const yamlSyntaxMessage = (code: string): string | undefined => MESSAGES[code];

/**
 * docs/gioi-han.md: every limit vanthu sets, read from the constants the code enforces — a
 * document's (src/limits.ts and the readers'), a profile's numbers (src/profile/ranges.ts), a
 * .docx read (src/ooxml/limits.ts), a spreadsheet (src/sheet/read-table.ts). Each table's
 * wording is a Record over its constant's keys, so a new limit cannot go undocumented.
 */
import { count, LIMITS } from "../limits";
import { READ_LIMITS } from "../ooxml/limits";
import { RANGES } from "../profile/ranges";
import { MAX_FILE_BYTES } from "../read-file";
import { BANG_RANGE_LIMITS } from "../sheet/range";
import { SHEET_LIMITS } from "../sheet/read-table";
import { WEB_SHEET_ROWS } from "../web/sheet-batch";
import { MAX_PARTIAL_DEPTH } from "../template/recursion";
import { MAX_DIAGNOSTICS } from "../validate";
import { MAX_ALIASES, MAX_DEPTH } from "../yaml-data";
import { code, generatedNote, table } from "./markdown";

/** "8 MB" (binary megabytes, as the limits are written). */
const megabytes = (bytes: number) => `${count(bytes / 1024 / 1024)} MB`;
/** "0,5" */
const decimal = (n: number) => String(n).replace(".", ",");

const DOCUMENT: Record<keyof typeof LIMITS, [string, (n: number) => string]> = {
  sourceChars: ["ký tự của một tệp YAML (bằng giới hạn của tệp)", count],
  chars: [
    "ký tự chữ trong toàn bộ văn bản, tính như khi in: giá trị dùng lại bằng bí danh YAML (`*b`) tính ở mỗi chỗ dùng, nội dung chú thích tính ở mỗi chỗ dẫn chiếu",
    count,
  ],
  lines: ["dòng (không kể dòng trống) và ô bảng trong toàn bộ chữ của văn bản", count],
  paragraphs: ["đoạn trong cây văn bản (thân bài, chú thích, ô bảng)", count],
  cells: ["ô bảng số liệu (bảng Markdown và khối ```` ```bang ````)", count],
  values: ["giá trị (chữ, số, mục danh sách, trường…) trong dữ liệu", count],
  appendices: ["phụ lục trong cả văn bản, kể cả phụ lục của văn bản kèm theo", count],
  enclosures: ["văn bản kèm theo trong cả văn bản, đếm chung mọi cấp lồng nhau", count],
};

type RangeKey = keyof typeof RANGES;
const PROFILE: Record<RangeKey, [string, string]> = {
  page: ["khổ giấy", "`page.width`, `page.height` (Word: tối đa 22 in)"],
  margin: ["mỗi lề, khoảng cách đầu trang, chân trang", "`page.margins.*`, `page.header`, `page.footer`"],
  textArea: ["vùng chữ còn lại (rộng trừ lề trái, phải; cao trừ lề trên, dưới), ít nhất", "`page`"],
  indent: ["mỗi thụt lề của một kiểu, mỗi điểm dừng tab", "`indent.*`, `tabs`"],
  indentedText: [
    "vùng chữ mà thụt lề của một kiểu để lại (cả phần kế thừa qua `based_on`), ít nhất",
    "`styles.*.indent`",
  ],
  tabs: ["số điểm dừng tab của một kiểu, tối đa", "`tabs`"],
  size: ["cỡ chữ", "`size`"],
  spacing: [
    "cách đoạn, cách bảng, dưới đường kẻ",
    "`spacing.before`, `spacing.after`, `space_before`, `rule_below.after`",
  ],
  line: ["giãn dòng (số lần dòng đơn)", "`spacing.line`"],
  lineHeight: ["dòng cao chính xác hay ít nhất", "`spacing.line_exact`, `spacing.line_at_least`"],
  border: ["viền bảng (0: không viền)", "`borders`"],
  thickness: ["nét đường kẻ", "`rule_below.thickness`"],
  gap: ["đường kẻ cách chữ (Word: tối đa 31 pt)", "`rule_below.gap`"],
  ratio: ["độ dài đường kẻ so với dòng chữ", "`rule_below.ratio`"],
  ruleLength: ["độ dài đường kẻ mà vanthu check chấp nhận, so với dòng chữ", "`rule_below.length`"],
  padding: ["đệm ô bảng số liệu (trái, phải)", "`padding`"],
  column: ["một cột của bảng bố cục, % vùng chữ", "`columns`"],
  columns: ["số cột của bảng bố cục, tối đa", "`columns`"],
  pad: ["số chữ số của số văn bản (`05`)", "`number.pad`"],
  text: ["ký tự của một nhãn, mẫu hay tên, tối đa", "`labels.*`, `number.*`, `date.line`, `name`…"],
  mark: [
    "ký tự của dấu câu và tiền tố danh sách (in ở mỗi dòng), tối đa",
    "`recipients.*.separator`, `last`, `prefix`",
  ],
};

const UNITS: Record<string, string> = { "": "", lần: " lần", "chữ số": " chữ số", "%": " %" };
function rangeText(key: RangeKey): string {
  const r: unknown = RANGES[key];
  if (typeof r === "number") return key === "textArea" || key === "indentedText" ? `${r} mm` : count(r);
  const { min, max, unit } = r as { min: number; max: number; unit: string };
  return `${decimal(min)}–${decimal(max)}${UNITS[unit] ?? ` ${unit}`}`;
}

const DOCX: Record<keyof typeof READ_LIMITS, [string, (n: number) => string]> = {
  fileBytes: ["kích thước tệp `.docx`", megabytes],
  entries: ["số phần trong tệp zip", count],
  partBytes: ["một phần XML sau khi giải nén", megabytes],
  totalBytes: ["mọi phần đọc được cộng lại", megabytes],
  ratio: ["tỷ lệ nén của một phần lớn (hơn nữa là bom zip), tối đa", (n) => `${count(n)} lần`],
  ratioFloorBytes: ["phần nhỏ hơn mức này không bị xét tỷ lệ nén", megabytes],
  depth: ["tầng lồng nhau của XML", count],
  paragraphs: ["đoạn (thân bài, bảng, chú thích, đầu trang, hộp chữ)", count],
};

const SHEET: Record<keyof typeof SHEET_LIMITS, [string, (n: number) => string]> = {
  bytes: ["kích thước tệp bảng tính", megabytes],
  rows: ["dòng", count],
  columns: ["cột", count],
  cellChars: ["ký tự một ô (giới hạn của Excel)", count],
};

const RANGE: Record<keyof typeof BANG_RANGE_LIMITS, [string, (n: number) => string]> = {
  rows: ["dòng của vùng ô", count],
  columns: ["cột của vùng ô", count],
};

const rows = <K extends string>(
  name: string,
  limits: Record<K, number>,
  words: Record<K, [string, (n: number) => string]>,
) => (Object.keys(words) as K[]).map((k) => [words[k][0], words[k][1](limits[k]), code(`${name}.${k}`)]);

export function limitsPage(): string {
  const reading = [
    ["kích thước một tệp YAML (hay tệp `ke_thua`)", megabytes(MAX_FILE_BYTES), code("MAX_FILE_BYTES")],
    ["tầng lồng nhau của dữ liệu YAML", count(MAX_DEPTH), code("MAX_DEPTH")],
    ["số lần dùng bí danh YAML (`*a`) trong một văn bản", count(MAX_ALIASES), code("MAX_ALIASES")],
    [
      "lỗi báo cho một văn bản (rồi một dòng “đã dừng sau … lỗi”)",
      count(MAX_DIAGNOSTICS),
      code("MAX_DIAGNOSTICS"),
    ],
    [
      "tầng phần mẫu gọi nhau (`TEMPLATE_ERROR` khi quá)",
      count(MAX_PARTIAL_DEPTH),
      code("MAX_PARTIAL_DEPTH"),
    ],
    ...rows("LIMITS", LIMITS, DOCUMENT),
  ];
  const profile = (Object.keys(PROFILE) as RangeKey[]).map((k) => [
    PROFILE[k][0],
    rangeText(k),
    PROFILE[k][1],
  ]);
  return `${generatedNote("`src/limits.ts`, `src/profile/ranges.ts`, `src/ooxml/limits.ts`, `src/sheet/read-table.ts` và các hằng số của bộ đọc")}

# Giới hạn / Limits

Mọi giới hạn đều rộng hơn văn bản thật rất nhiều, nhưng đủ hẹp để không tệp nào làm hết bộ nhớ, treo
máy hay phình thành hàng GB. Vượt giới hạn là một lỗi rõ ràng (\`TOO_LARGE\`, \`PROFILE_INVALID\`,
\`DOCX_TOO_LARGE\`…), không bao giờ là sập chương trình. Cách vanthu xử lý đầu vào xấu:
[Đầu vào xấu](dau-vao-xau.md).

## Văn bản YAML

Kiểm trước khi đọc Markdown (trên dữ liệu) và trước khi dựng \`.docx\` (trên cây văn bản); vượt là
\`TOO_LARGE\` tại trường lớn nhất.

${table(["giới hạn", "tối đa", "hằng số"], reading)}

## Các con số trong một thể thức

Tệp thể thức có số ngoài giới hạn bị từ chối (\`PROFILE_INVALID\`, tại đúng trường) trước khi đọc
văn bản nào. Mọi con số phải hữu hạn (\`.nan\`, \`.inf\` bị từ chối). (\`src/profile/ranges.ts\`)

${table(["số", "giới hạn", "khóa trong thể thức"], profile)}

## Tệp Word đọc vào (\`vanthu check\`, \`vanthu import\`)

Kiểm trên kích thước khai báo trong zip trước khi giải nén; phần khai man kích thước chỉ được giải
nén tới kích thước đã khai. Vượt là \`DOCX_TOO_LARGE\`.

${table(["giới hạn", "tối đa", "hằng số"], rows("READ_LIMITS", READ_LIMITS, DOCX))}

## Bảng tính (\`--du-lieu\`)

${table(
  ["giới hạn", "tối đa", "hằng số"],
  [
    ...rows("SHEET_LIMITS", SHEET_LIMITS, SHEET),
    [
      "văn bản một lần tạo trên biểu mẫu web (Tạo hàng loạt từ bảng tính)",
      count(WEB_SHEET_ROWS),
      code("WEB_SHEET_ROWS"),
    ],
  ],
)}

## Bảng lấy từ bảng tính (khối bang với \`tep\`, \`vung\`)

Tệp như trên (20 MB, \`.xlsx\` hay \`.csv\`); vùng ô là một bảng trong văn bản, không phải cả trang tính.

${table(["giới hạn", "tối đa", "hằng số"], rows("BANG_RANGE_LIMITS", BANG_RANGE_LIMITS, RANGE))}
`;
}

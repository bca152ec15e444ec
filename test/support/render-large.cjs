// Renders one large generated document with the built engine (dist/) in a child process, so a
// test can run them under a small heap cap (node --max-old-space-size=N) and see that vanthu
// neither crashes nor runs out of memory. `node render-large.cjs <case>…` renders the cases one
// after the other and prints JSON: {case: {docx: bytes or null, codes: [diagnostic codes],
// diagnostics: [{code, line, path, message}], paragraphs: noi-dung paragraphs written, ms}, …,
// maxRssMb}.
const { join } = require("node:path");
const { unzipSync, strFromU8 } = require("fflate");
const root = join(__dirname, "../..");
const { createEngine } = require(join(root, "dist/src/engine"));
const { loadResources } = require(join(root, "dist/src/resources"));

const PARAGRAPH =
  "Tiếp tục tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác dân vận, nâng cao nhận thức về vị trí, vai trò của công tác dân vận trong tình hình mới; ".repeat(
    3,
  );
const paragraphs = () => Array.from({ length: 10000 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join("\n\n");
const body = {
  // 10,000 paragraphs, 4.7 MB: the fast package writer.
  paragraphs,
  // The same behind a page break and a table: docx's own renderer.
  "paragraphs-docx": () => "| Đơn vị | Số |\n|---|--:|\n| Xã A | 12 |\n\n[ngắt trang]\n\n" + paragraphs(),
  // Just under the character limit (LIMITS.chars, 8 Mi): 17,500 paragraphs, about 8.1 M characters.
  "near-char-limit": () => Array.from({ length: 17500 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join("\n\n"),
  // 5 MB of one-word paragraphs: over the paragraph limit, refused early.
  "tiny-paragraphs": () => "xin chào\n\n".repeat(500000),
  // 200,000 columns in one table row: refused before markdown-it builds its tokens.
  columns: () => "|a".repeat(200000) + "|\n" + "|-".repeat(200000) + "|\n" + "|1".repeat(200000) + "|\n",
  // 30,000 cells in ```bang blocks: over the cell limit.
  cells: () => "```bang\ncot: [a, b, c]\ndong:\n" + "  - [1, 2, 3]\n".repeat(10000) + "```\n",
  // 20,000 footnotes (quadratic in markdown-it-footnote before vanthu replaced its tail rule).
  footnotes: () =>
    Array.from({ length: 20000 }, (_, i) => `Đoạn ${i}[^${i}].`).join("\n\n") +
    "\n\n" +
    Array.from({ length: 20000 }, (_, i) => `[^${i}]: Chú thích ${i}.`).join("\n"),
  // A 100 KB note referenced 10,000 times in a 150 KB body: a billion characters once each
  // reference prints the note (it was a RangeError: Invalid string length), refused by the tree's size.
  "footnote-copies": () => "x[^1]".repeat(10000) + "\n\n[^1]: " + "Chú thích dài ".repeat(7000),
  // The same note referenced 2,500 times: a 300 MB footnotes.xml before the limit.
  "footnote-copies-2500": () => "x[^1]".repeat(2500) + "\n\n[^1]: " + "Chú thích dài ".repeat(7000),
};

/** Cases that are a whole file, not only a body. */
const files = {
  // A 6 MB kính gửi line (1.5 million words) repeated 90 times by YAML aliases: half a billion
  // characters of text from a 7 MB file (it was a TEMPLATE_ERROR "Invalid string length"),
  // refused before the template runs.
  "alias-copies": () => `loai: cong-van
co_quan: { ten: Tỉnh ủy Lạng Sơn, viet_tat: TU }
so: 5
dia_danh: Lạng Sơn
ngay: 2024-03-05
trich_yeu: V/v thử nghiệm
kinh_gui:
  - &b "${"chữ ".repeat(1500000)}"
${"  - *b\n".repeat(90)}noi_dung: Đoạn văn.
noi_nhan: [Lưu VT]
nguoi_ky: { chuc_vu: BÍ THƯ, ho_ten: Nguyễn Văn A }
`,
  // 14 enclosures at each of the 3 levels: 2,954 documents from a 700 KB file (under the values
  // limit). When the limit of enclosures was per level, this took a gigabyte (a V8 heap abort at
  // 384 MB); counted over the whole document, it is refused before anything is composed.
  "nested-enclosures": () => {
    const fields =
      "loai: chuong-trinh, co_quan: { ten: Đảng ủy Khối, viet_tat: ĐUK }, dia_danh: Đồng Nai, trich_yeu: Chương trình công tác, noi_dung: Nội dung của chương trình công tác., noi_nhan: [Lưu], nguoi_ky: { chuc_vu: BÍ THƯ, ho_ten: Trần B }";
    const level = (depth) =>
      `[${Array(14)
        .fill(depth === 3 ? `{ ${fields} }` : `{ ${fields}, kem_theo: ${level(depth + 1)} }`)
        .join(", ")}]`;
    return `loai: cong-van
co_quan: { ten: Tỉnh ủy Lạng Sơn, viet_tat: TU }
so: 5
dia_danh: Lạng Sơn
ngay: 2024-03-05
trich_yeu: V/v thử nghiệm
kinh_gui: [Ban Dân vận Tỉnh ủy]
noi_dung: Đoạn văn.
noi_nhan: [Lưu VT]
nguoi_ky: { chuc_vu: BÍ THƯ, ho_ten: Nguyễn Văn A }
kem_theo: ${level(1)}
`;
  },
};

const yaml = (name) =>
  files[name]?.() ??
  `loai: bao-cao
co_quan: { ten: Tỉnh ủy Lạng Sơn, viet_tat: TU }
so: 5
dia_danh: Lạng Sơn
ngay: 2024-03-05
trich_yeu: Báo cáo dài
noi_dung: ${JSON.stringify(body[name]())}
noi_nhan: [Lưu VT]
nguoi_ky: { chuc_vu: BÍ THƯ, ho_ten: Nguyễn Văn A }
`;
const engine = createEngine(loadResources());
// The document rules' warnings (test/support/document-rules.ts) are not what these cases test.
const { DOCUMENT_RULE_CODES } = require(join(root, "dist/src/check/document-rules"));
const ruled = (ds) => ds.filter((d) => !(d.severity === "warning" && DOCUMENT_RULE_CODES.includes(d.code)));
(async () => {
  const results = {};
  for (const name of process.argv.slice(2)) {
    const started = Date.now();
    const outcome = await engine.render(yaml(name), "lon.yaml", { today: new Date(2026, 10, 25) });
    const xml = outcome.docx ? strFromU8(unzipSync(outcome.docx)["word/document.xml"]) : "";
    results[name] = {
      docx: outcome.docx ? outcome.docx.length : null,
      codes: ruled(outcome.diagnostics).map((d) => d.code),
      diagnostics: ruled(outcome.diagnostics).map(({ code, line, path, message }) => ({
        code,
        line,
        path,
        message,
      })),
      paragraphs: (xml.match(/<w:pStyle w:val="noi-dung"\/>/g) ?? []).length,
      ms: Date.now() - started,
    };
  }
  results.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify(results));
})();

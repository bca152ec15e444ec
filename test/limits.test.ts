/**
 * Large and adversarial documents: a 5 MB body of 10,000 paragraphs renders (tree and .docx)
 * with every paragraph in the output, under a heap far smaller than Node's default; anything
 * past the limits of src/limits.ts (a file too large, too many lines, paragraphs or table cells,
 * thousands of footnotes, a 200,000-column table) is refused with TOO_LARGE or rendered within
 * that heap — never a crash, never memory exhausted. Run in child processes with
 * --max-old-space-size (built dist/, as the CLI tests: `npm test` builds first).
 */
import { withoutDocumentRules } from "./support/document-rules";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput } from "../src/cli/read";
import { LIMITS } from "../src/limits";
import { readDocx } from "./support/docx-reader";
import { yamlOf } from "./support/hostile";
import { engine, ROOT, TODAY } from "./support/samples";

/** The heap every large case must fit in (Node's default on a 2 GB machine is about 1 GB). */
const HEAP_MB = 384;

interface Result {
  docx: number | null;
  codes: string[];
  diagnostics: { code: string; line?: number; path?: string; message: string }[];
  paragraphs: number;
  ms: number;
}
const CASES = [
  "paragraphs",
  "near-char-limit",
  "paragraphs-docx",
  "footnotes",
  "tiny-paragraphs",
  "columns",
  "cells",
  "footnote-copies",
  "footnote-copies-2500",
  "alias-copies",
  "nested-enclosures",
];
let results: Record<string, Result>;

/** Every large case, one after the other in one child process under the heap cap. */
beforeAll(() => {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, join(ROOT, "test/support/render-large.cjs"), ...CASES],
    { encoding: "utf8", timeout: 90000 },
  );
  if (r.status !== 0)
    throw new Error(`the child ended with ${r.status ?? r.signal}: ${r.stderr.slice(0, 2000)}`);
  results = JSON.parse(r.stdout);
}, 100000);

const document = (over: Record<string, unknown>) =>
  yamlOf({
    loai: "bao-cao",
    co_quan: { ten: "Tỉnh ủy Lạng Sơn", viet_tat: "TU" },
    so: 5,
    dia_danh: "Lạng Sơn",
    ngay: "2024-03-05",
    trich_yeu: "Báo cáo dài",
    noi_dung: "Đoạn văn.",
    noi_nhan: ["Lưu VT"],
    nguoi_ky: { chuc_vu: "BÍ THƯ", ho_ten: "Nguyễn Văn A" },
    ...over,
  });

describe(`large documents, in a ${HEAP_MB} MB heap`, () => {
  it.each([
    ["paragraphs", "10,000 paragraphs (4.7 MB), by the fast package writer"],
    ["paragraphs-docx", "the same with a table and a page break, by docx's renderer"],
    ["footnotes", "20,000 footnotes"],
    ["near-char-limit", "17,500 paragraphs, just under the character limit (8.2 M characters)"],
  ])("renders %s: %s, every paragraph written", (name) => {
    const r = results[name];
    expect(r.codes).toEqual([]);
    expect(r.docx).toBeGreaterThan(0);
    expect(r.paragraphs).toBeGreaterThanOrEqual(10000);
  });

  it.each([
    ["tiny-paragraphs", "500,000 one-word paragraphs"],
    ["columns", "a table of 200,000 columns"],
    ["cells", "30,000 cells in ```bang blocks"],
  ])("refuses %s (%s) with TOO_LARGE", (name) => {
    const r = results[name];
    expect(r.codes).toEqual(["TOO_LARGE"]);
    expect(r.docx).toBeNull();
  });

  it.each([
    [
      "footnote-copies",
      "a 100 KB note referenced 10,000 times",
      "noi_dung",
      /^văn bản quá lớn: 980\.000\.\d{3} ký tự chữ \(tính cả nội dung chú thích, in lại ở mỗi chỗ dẫn chiếu tới nó\), tối đa 8\.388\.608;/,
    ],
    [
      "footnote-copies-2500",
      "the same note referenced 2,500 times",
      "noi_dung",
      /^văn bản quá lớn: 245\.000\.\d{3} ký tự chữ/,
    ],
    [
      "alias-copies",
      "a 6 MB line repeated 90 times by YAML aliases",
      "kinh_gui.0",
      /^văn bản quá lớn: 546\.000\.\d{3} ký tự chữ \(giá trị dùng lại bằng bí danh YAML được tính ở mỗi chỗ dùng\)/,
    ],
  ])(
    "refuses text that expands past the character limit: %s (%s), at the field",
    (name, _what, path, message) => {
      const r = results[name];
      expect(r.diagnostics).toEqual([
        expect.objectContaining({ code: "TOO_LARGE", path, message: expect.stringMatching(message) }),
      ]);
      expect(r.docx).toBeNull();
    },
  );
});

describe("enclosures inside enclosures", () => {
  it("cannot multiply: 14 at each of 3 levels (2,954 documents from 700 KB) are refused at the 21st, in the capped heap", () => {
    const r = results["nested-enclosures"];
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "TOO_LARGE",
        path: "kem_theo.0.kem_theo.1.kem_theo.3",
        message: expect.stringMatching(/^văn bản quá lớn: hơn 20 văn bản kèm theo/),
      }),
    ]);
    expect(r.docx).toBeNull();
  });
});

describe("a 5 MB body", () => {
  it("comes back from the .docx paragraph for paragraph", async () => {
    const texts = Array.from(
      { length: 10000 },
      (_, i) =>
        `Đoạn ${i + 1}: ${"Tiếp tục tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác dân vận; ".repeat(6)}${i}.`,
    );
    const yaml = document({ noi_dung: texts.join("\n\n") });
    expect(yaml.length).toBeGreaterThan(4_500_000);
    const outcome = await engine.render(yaml, "lon.yaml", { today: TODAY });
    expect(outcome.diagnostics).toEqual([]);
    const read = readDocx(outcome.docx!);
    // The profile's ending (consistency: "./.") closes the last paragraph.
    const printed = [...texts.slice(0, -1), `${texts.at(-1)}/.`];
    expect(read.paragraphs.filter((p) => p.style === "noi-dung").map((p) => p.text)).toEqual(printed);
  }, 60000);
});

describe("the limits", () => {
  const codes = (yaml: string) =>
    withoutDocumentRules(engine.toTree(yaml, "x.yaml", { today: TODAY }).diagnostics).map((d) => [
      d.code,
      d.path,
    ]);

  it("refuses more values than a document has (a list of 60,000 items) before validating them one by one", () => {
    const yaml = document({}).replace(
      /noi_nhan:[^\n]*\n(  - [^\n]*\n)*/,
      `noi_nhan:\n${"  - {}\n".repeat(LIMITS.values + 10_000)}`,
    );
    expect(codes(yaml)).toEqual([["TOO_LARGE", "noi_nhan"]]);
  });

  it("finds a key written twice among 40,000 in one pass (yaml's own check took 40 s, past jest's 5 s timeout)", () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join("");
    const outcome = engine.toTree(`${document({})}${keys}k7: 2\n`, "x.yaml", { today: TODAY });
    expect(outcome.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["YAML_SYNTAX", "trường này được khai báo hai lần; xóa một dòng"],
    ]);
  });

  it("reports the first 100 problems of a document, then says there are more", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}: 1\n`).join("");
    const diagnostics = engine.toTree(`${document({})}${keys}`, "x.yaml", { today: TODAY }).diagnostics;
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100].message).toMatch(/^đã dừng sau 100 lỗi, còn lỗi khác/);
  });

  it("refuses text past the character limit before parsing it (no line: the YAML was never read)", () => {
    expect(codes(document({ noi_dung: "x".repeat(LIMITS.sourceChars) }))).toEqual([["TOO_LARGE", undefined]]);
  });

  it("refuses a file past the size limit without reading it", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanthu-limits-"));
    try {
      const file = join(dir, "lon.yaml");
      writeFileSync(file, "loai: cong-van\n");
      truncateSync(file, 9 * 1024 * 1024);
      const r = readInput(file);
      expect(r.diagnostic).toMatchObject({ code: "TOO_LARGE", file });
      expect(r.diagnostic!.message).toMatch(/^tệp quá lớn \(9\.0 MB; tối đa 8 MB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("counts lines and cell separators across the whole document, and names the largest field", () => {
    expect(codes(document({ noi_dung: "x\n".repeat(LIMITS.lines + 1) }))).toEqual([
      ["TOO_LARGE", "noi_dung"],
    ]);
    expect(codes(document({ noi_dung: "|".repeat(LIMITS.lines) }))).toEqual([["TOO_LARGE", "noi_dung"]]);
    const half = "x\n".repeat(LIMITS.lines / 2);
    expect(
      codes(
        document({
          noi_dung: half,
          phu_luc: [{ tieu_de: "Phụ lục", noi_dung: `${half}${half.slice(0, 200)}y` }],
        }),
      ),
    ).toEqual([["TOO_LARGE", "phu_luc.0.noi_dung"]]);
    // Blank lines between paragraphs do not count.
    expect(codes(document({ noi_dung: "x\n\n\n\n".repeat(LIMITS.lines / 4) }))).toEqual([]);
  });

  it("counts characters as printed: a value at each place an alias repeats it, a footnote at each reference", () => {
    const at = (yaml: string) =>
      withoutDocumentRules(engine.toTree(yaml, "x.yaml", { today: TODAY }).diagnostics).map((d) => [
        d.code,
        d.path,
        d.line,
      ]);
    // 200,000 characters, 90 times: 18 million from a 200 KB file.
    const aliased = document({ noi_nhan: ["MỘT", "HAI", "Lưu VT"] })
      .replace('"MỘT"', `&dai "${"chữ ".repeat(50_000)}"`)
      .replace('- "HAI"', Array(89).fill("- *dai").join("\n  "));
    const aliasLine = aliased.split("\n").findIndex((l) => l.includes("&dai")) + 1;
    expect(at(aliased)).toEqual([["TOO_LARGE", "noi_nhan.0", aliasLine]]);
    // A 2,000-character note referenced 4,500 times: 9 million characters in the tree.
    const notes = document({ noi_dung: `${"x[^1]".repeat(4500)}\n\n[^1]: ${"Chú thích ".repeat(200)}` });
    expect(at(notes)).toEqual([
      ["TOO_LARGE", "noi_dung", notes.split("\n").findIndex((l) => l.startsWith("noi_dung")) + 1],
    ]);
    // The same note referenced 4,000 times stays under the limit (8 million characters) and renders.
    expect(
      at(document({ noi_dung: `${"x[^1]".repeat(4000)}\n\n[^1]: ${"Chú thích ".repeat(200)}` })),
    ).toEqual([]);
  });

  it("refuses a tree with too many paragraphs or data table cells", () => {
    expect(codes(document({ noi_dung: "x\n\n".repeat(LIMITS.paragraphs + 1) }))).toEqual([
      ["TOO_LARGE", "noi_dung"],
    ]);
    const row = `| ${Array(10).fill("1").join(" | ")} |\n`;
    const table = `| ${Array(10).fill("a").join(" | ")} |\n|${Array(10).fill("---").join("|")}|\n${row.repeat(LIMITS.cells / 10)}`;
    expect(codes(document({ noi_dung: table }))).toEqual([["TOO_LARGE", "noi_dung"]]);
  });
});

/**
 * A profile copied and edited by hand (`--profiles`) is checked before any document is laid out
 * with it: numbers outside their sane range (src/profile/ranges.ts), margins or indents that
 * leave no room for text, numbers and patterns that would multiply a document's size, and styles
 * based on each other in a circle are each refused as PROFILE_INVALID at the field, instead of an
 * internal error, a broken .docx or a run out of memory later.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { Diagnostic } from "../../src/diagnostic";
import { checkProfile } from "../../src/profile/check";
import { DEFAULT_TEMPLATES, parseProfile } from "../../src/resources";

const DANG = readFileSync(join(DEFAULT_TEMPLATES, "profiles/dang.yaml"), "utf8");

/** dang.yaml with id "thu" and each [path, value] set; the diagnostics of reading it. */
function problems(...edits: [(string | number)[], unknown][]): { diagnostics: Diagnostic[]; source: string } {
  const doc = parseDocument(DANG);
  doc.set("id", "thu");
  for (const [path, value] of edits) doc.setIn(path, value);
  const source = doc.toString();
  const diagnostics: Diagnostic[] = [];
  const profile = parseProfile(source, "thu.yaml", diagnostics);
  if (diagnostics.length) expect(profile).toBeUndefined();
  return { diagnostics, source };
}
const refused = (...edits: [(string | number)[], unknown][]) =>
  problems(...edits).diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    path: d.path,
    message: d.message,
  }));

describe("checking a profile", () => {
  it("accepts the bundled profiles' numbers", () => {
    expect(problems().diagnostics).toEqual([]);
  });

  describe("style names (Word's style list)", () => {
    it("refuses a name written twice, a name of Word's own and a name with a comma", () => {
      expect(refused([["styles", "muc-2", "name"], "Mục cấp 1"]).map((d) => d.path)).toEqual([
        "styles.muc-2.name",
      ]);
      expect(refused([["styles", "muc-2", "name"], "Heading 2"])[0].message).toContain("sẵn có của Word");
      expect(refused([["styles", "muc-2", "name"], "Mục, cấp 2"])[0].message).toContain("dấu phẩy");
    });
  });

  describe("the page", () => {
    it.each([
      ["left and right margins wider than the page", 200, 200, "-190"],
      ["left and right margins as wide as the page", 105, 105, "0"],
      ["margins leaving a strip of text", 100, 70, "40"],
    ])("refuses %s, at page.margins, saying how much room is left", (_what, left, right, room) => {
      const { diagnostics, source } = problems(
        [["page", "margins", "left"], left],
        [["page", "margins", "right"], right],
      );
      expect(diagnostics).toEqual([
        expect.objectContaining({
          code: "PROFILE_INVALID",
          severity: "error",
          path: "page.margins",
          file: "thu.yaml",
        }),
      ]);
      expect(diagnostics[0].message).toBe(
        `thể thức không hợp lệ: lề trái ${left} mm và lề phải ${right} mm chỉ để lại ${room} mm cho chữ trên trang rộng 210 mm; vùng chữ phải rộng ít nhất 50 mm: giảm lề trái hoặc lề phải`,
      );
      expect(source.split("\n")[diagnostics[0].line! - 1]).toMatch(/margins:/);
    });

    it("refuses top and bottom margins that leave less than 50 mm of height", () => {
      expect(refused([["page", "margins", "top"], 150], [["page", "margins", "bottom"], 120])).toEqual([
        expect.objectContaining({
          path: "page.margins",
          message: expect.stringMatching(
            /lề trên 150 mm và lề dưới 120 mm chỉ để lại 27 mm cho chữ trên trang cao 297 mm; vùng chữ phải cao ít nhất 50 mm/,
          ),
        }),
      ]);
    });

    it.each([
      ["width", 0],
      ["height", 0],
      ["width", -210],
      ["height", 5000],
    ])("refuses a page %s of %d mm, giving the range", (key, value) => {
      expect(refused([["page", key], value])).toEqual([
        {
          code: "PROFILE_INVALID",
          severity: "error",
          path: `page.${key}`,
          message: `thể thức không hợp lệ: ${key}: phải từ 100 đến 558 mm, không phải ${value}`,
        },
      ]);
    });
  });

  describe("the styles' numbers", () => {
    it.each([
      [["styles", "noi-dung", "size"], 0, "phải từ 4 đến 72 pt, không phải 0"],
      [["styles", "noi-dung", "size"], -14, "phải từ 4 đến 72 pt, không phải -14"],
      [["styles", "noi-dung", "size"], 1000, "phải từ 4 đến 72 pt, không phải 1000"],
      [["styles", "noi-dung", "spacing", "line_exact"], 0, "phải từ 4 đến 200 pt, không phải 0"],
      [["styles", "noi-dung", "spacing", "before"], -6, "phải từ 0 đến 200 pt, không phải -6"],
      [["styles", "noi-dung", "indent", "first_line"], -10, "phải từ 0 đến 200 mm, không phải -10"],
      [["styles", "tieu-de", "rule_below", "thickness"], 0, "phải từ 0.25 đến 6 pt, không phải 0"],
      [["tables", "bang", "padding"], 100, "phải từ 0 đến 10 mm, không phải 100"],
      [["tables", "bang", "borders"], 50, "phải từ 0 đến 6 pt, không phải 50"],
    ])("refuses %j = %d", (path, value, message) => {
      expect(refused([path, value])).toEqual([
        expect.objectContaining({
          code: "PROFILE_INVALID",
          path: path.join("."),
          message: expect.stringContaining(message),
        }),
      ]);
    });

    it("refuses indents that leave less than 20 mm of the text width, at the style that sets them", () => {
      expect(refused([["styles", "noi-dung", "indent", "left"], 150])).toEqual([
        expect.objectContaining({
          path: "styles.noi-dung.indent",
          message:
            'thể thức không hợp lệ: thụt lề của kiểu "noi-dung" (trái 150, phải 0, dòng đầu 10 mm) chỉ để lại 5 mm cho chữ trong vùng chữ rộng 165 mm; cần ít nhất 20 mm: giảm thụt lề',
        }),
        // muc-1 sets an indent of its own (first line 0) over noi-dung's; the other headings only inherit it.
        expect.objectContaining({ path: "styles.muc-1.indent" }),
      ]);
    });
  });

  describe("numbers and texts that multiply a document's size", () => {
    it("refuses a number padded to a hundred million digits", () => {
      expect(refused([["number", "pad"], 100_000_000])).toEqual([
        expect.objectContaining({
          path: "number.pad",
          message: "thể thức không hợp lệ: pad: phải từ 0 đến 10 chữ số, không phải 100000000",
        }),
      ]);
      expect(problems([["number", "pad"], 0]).diagnostics).toEqual([]);
    });

    it("refuses a layout table of a thousand columns, or a column of 0 %", () => {
      expect(refused([["tables", "dau", "columns"], new Array(1000).fill(1)])).toEqual([
        expect.objectContaining({ path: "tables.dau.columns" }),
      ]);
      expect(
        refused([
          ["tables", "dau", "columns"],
          [0, 100],
        ]),
      ).toEqual([expect.objectContaining({ path: "tables.dau.columns.0" })]);
    });

    it("refuses list punctuation longer than 10 characters (printed on every line) and labels longer than 200", () => {
      expect(refused([["recipients", "noi_nhan", "separator"], ",".repeat(11)])).toEqual([
        expect.objectContaining({
          path: "recipients.noi_nhan.separator",
          message: "thể thức không hợp lệ: separator: dài tối đa 10 ký tự, không phải 11",
        }),
      ]);
      expect(refused([["labels", "noi_nhan"], "x".repeat(201)])).toEqual([
        expect.objectContaining({ path: "labels.noi_nhan" }),
      ]);
    });

    it("refuses a pattern that fills one value twice", () => {
      expect(
        refused([["date", "line"], "{dia_danh}, {dia_danh}, ngày {ngay} tháng {thang} năm {nam}"]),
      ).toEqual([
        expect.objectContaining({
          path: "date.line",
          message:
            'thể thức không hợp lệ: mẫu "{dia_danh}, {dia_danh}, ngày {ngay} tháng {thang} năm {nam}" điền {dia_danh} nhiều lần; mỗi giá trị chỉ được viết một lần trong một mẫu',
        }),
      ]);
    });
  });

  describe("styles based on styles", () => {
    it("refuses a style based on itself", () => {
      expect(refused([["styles", "muc-1", "based_on"], "muc-1"])).toEqual([
        expect.objectContaining({
          path: "styles.muc-1.based_on",
          message:
            'thể thức không hợp lệ: kiểu "muc-1" dựa trên chính nó (based_on: muc-1); xóa based_on hoặc chọn một kiểu khác',
        }),
      ]);
    });

    it("refuses a circle of styles once, naming its styles in order", () => {
      expect(
        refused(
          [["styles", "muc-1", "based_on"], "muc-2"],
          [["styles", "muc-2", "based_on"], "muc-3"],
          [["styles", "muc-3", "based_on"], "muc-1"],
        ),
      ).toEqual([
        expect.objectContaining({
          path: "styles.muc-1.based_on",
          message:
            "thể thức không hợp lệ: các kiểu dựa trên nhau thành vòng tròn (muc-1 → muc-2 → muc-3 → muc-1); xóa based_on ở một kiểu trong vòng, hoặc cho nó dựa trên một kiểu khác",
        }),
      ]);
    });

    it("refuses a style based on a style that does not exist", () => {
      expect(refused([["styles", "muc-1", "based_on"], "khong-co"])).toEqual([
        expect.objectContaining({
          path: "styles.muc-1.based_on",
          message: 'thể thức không hợp lệ: kiểu "khong-co" không có trong styles',
        }),
      ]);
    });
  });
});

describe("checkProfile", () => {
  it("reports each fault through the one callback, with its code and its path in the profile", () => {
    const diagnostics: Diagnostic[] = [];
    const profile = parseProfile(DANG, "dang.yaml", diagnostics)!;
    const calls: [string, string, unknown][] = [];
    checkProfile(
      {
        ...profile,
        styles: { ...profile.styles, "muc-1": { ...profile.styles["muc-1"], based_on: "muc-1" } },
      },
      (code, message, where) => calls.push([code, message, where]),
    );
    expect(calls).toEqual([
      [
        "PROFILE_INVALID",
        'kiểu "muc-1" dựa trên chính nó (based_on: muc-1); xóa based_on hoặc chọn một kiểu khác',
        { path: ["styles", "muc-1", "based_on"] },
      ],
    ]);
  });
});

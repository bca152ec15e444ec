/**
 * Stage 2 (validate), seen through the engine as the CLI sees it: every problem in a YAML file
 * is a diagnostic with a stable code, the line and column of its field, its dotted path and a
 * Vietnamese message that says how to fix it — never an exception.
 */
import { formatDiagnostic, type Diagnostic } from "../src/diagnostic";
import { CONG_VAN, engine, renderText, TODAY } from "./support/samples";

const check = (source: string, file = "data/x.yaml") => engine.toTree(source, file, { today: TODAY });
const errors = (source: string) => check(source).diagnostics.filter((d) => d.severity === "error");
const lineOf = (source: string, text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 1;
const withDate = (ngay: string) => CONG_VAN.replace("ngay: 2020-02-03", `ngay: ${ngay}`);

describe("validate", () => {
  it("accepts the minimal công văn of the test support without any diagnostic", () => {
    const outcome = check(CONG_VAN);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.tree).toBeDefined();
  });

  describe("dates", () => {
    it("reports an impossible month as INVALID_DATE at the value, in the CLI's words", () => {
      const source = withDate('"2020-13-01"');
      const outcome = check(source);
      expect(outcome.tree).toBeUndefined();
      expect(outcome.diagnostics).toEqual([
        {
          severity: "error",
          code: "INVALID_DATE",
          file: "data/x.yaml",
          line: lineOf(source, "ngay:"),
          column: 7,
          path: "ngay",
          stage: "validate",
          message:
            '"2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 13 tháng 1 năm 2020?',
        },
      ]);
      expect(formatDiagnostic(outcome.diagnostics[0])).toBe(
        `data/x.yaml:${lineOf(source, "ngay:")}:7 ngay: "2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 13 tháng 1 năm 2020? [INVALID_DATE]`,
      );
    });

    it("reports an unquoted impossible date the same way", () => {
      expect(errors(withDate("2020-13-01")).map((d) => [d.code, d.message])).toEqual([
        [
          "INVALID_DATE",
          '"2020-13-01" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm); có phải ngày 13 tháng 1 năm 2020?',
        ],
      ]);
    });

    it("rejects 29 February in a common year and accepts it in a leap year", () => {
      expect(errors(withDate("2021-02-29")).map((d) => d.code)).toEqual(["INVALID_DATE"]);
      expect(errors(withDate("2020-02-29"))).toEqual([]);
      expect(errors(withDate("1900-02-29")).map((d) => d.code)).toEqual(["INVALID_DATE"]);
      expect(errors(withDate("2000-02-29"))).toEqual([]);
    });

    it.each(["07/21/2020", "2020-04-31", "2020-00-10", "ngày 21"])("rejects %s", (ngay) => {
      expect(errors(withDate(`"${ngay}"`)).map((d) => d.code)).toEqual(["INVALID_DATE"]);
    });

    it.each(["2020-7-21", "21/07/2020", "21/7/2020", "21-07-2020", "21.07.2020", "ngày 21 tháng 7 năm 2020"])(
      "accepts %s, day first, and prints it as the date it is",
      async (ngay) => {
        expect(errors(withDate(`"${ngay}"`))).toEqual([]);
        const { read } = await renderText(withDate(`"${ngay}"`));
        expect(read!.paragraphs.map((p) => p.text)).toContain("Lạng Sơn, ngày 21 tháng 7 năm 2020");
      },
    );

    it.each([
      "21/07/2020",
      "21/7/2020",
      "21-07-2020",
      "21.07.2020",
      "ngày 21 tháng 7 năm 2020",
      "2020-07-21",
    ])("accepts %s written without quotes, as a clerk types it in YAML", (ngay) => {
      expect(errors(withDate(ngay))).toEqual([]);
      expect(check(withDate(ngay)).tree).toBeDefined();
    });

    it.each([
      ["31/02/2025", "ngày 28 tháng 2 năm 2025"],
      ["2025-13-01", "ngày 13 tháng 1 năm 2025"],
      ["10/3/25", "ngày 10 tháng 3 năm 2025"],
      ["13/25/2025", undefined],
      ["ngày 31 tháng 4 năm 2025", "ngày 30 tháng 4 năm 2025"],
      ["hôm qua", undefined],
    ])("answers a wrong date %s with the date it most likely means (%s)", (ngay, meant) => {
      const [d] = errors(withDate(ngay));
      expect(d.code).toBe("INVALID_DATE");
      if (meant) expect(d.message).toContain(`có phải ${meant}?`);
      else expect(d.message).not.toContain("có phải");
    });

    it.each(["2020", '""', "", "null"])("accepts a draft date %p (a year alone, or empty)", (ngay) => {
      expect(errors(withDate(ngay))).toEqual([]);
    });
  });

  describe("missing fields", () => {
    it("points a missing nested field at its parent and names the field and how to fill it", () => {
      const source = CONG_VAN.replace("  ho_ten: Nguyễn Văn A\n", "");
      const ds = errors(source);
      expect(ds).toEqual([
        expect.objectContaining({
          code: "MISSING_FIELD",
          path: "nguoi_ky.ho_ten",
          line: lineOf(source, "nguoi_ky:"),
          column: 1,
        }),
      ]);
      expect(ds[0].message).toBe("thiếu trường bắt buộc ho_ten (họ tên người ký); ví dụ: Hoàng Văn Nghiệm");
    });

    it("reports a missing top-level field at the start of the document", () => {
      const ds = errors(CONG_VAN.replace("dia_danh: Lạng Sơn\n", ""));
      expect(ds).toEqual([
        expect.objectContaining({ code: "MISSING_FIELD", path: "dia_danh", line: 1, column: 1 }),
      ]);
      expect(ds[0].message).toMatch(/^thiếu trường bắt buộc dia_danh \(địa danh\); ví dụ: /);
    });

    it("reports a missing loai with the kinds to choose from", () => {
      const ds = errors(CONG_VAN.replace("loai: cong-van\n", ""));
      expect(ds).toEqual([expect.objectContaining({ code: "MISSING_FIELD" })]);
      expect(ds[0].message).toMatch(/loai: cong-van/);
      for (const kind of ["bao-cao", "thong-bao"]) expect(ds[0].message).toContain(kind);
    });

    it("reports every missing field at once, not only the first", () => {
      const ds = errors('loai: cong-van\nngay: "2020-13-01"\n');
      expect(ds.map((d) => d.path).sort()).toEqual(
        ["co_quan", "dia_danh", "kinh_gui", "ngay", "noi_dung", "noi_nhan", "nguoi_ky", "trich_yeu"].sort(),
      );
    });
  });

  describe("misspelt and unknown names", () => {
    it("suggests the nearest field for a misspelt nested key", () => {
      const source = CONG_VAN.replace("  ho_ten: Nguyễn Văn A", "  ho_tn: Nguyễn Văn A");
      const unknown = errors(source).find((d) => d.code === "UNKNOWN_FIELD")!;
      expect(unknown).toMatchObject({ path: "nguoi_ky.ho_tn", line: lineOf(source, "ho_tn:"), column: 3 });
      expect(unknown.message).toBe(
        'không có trường "ho_tn" (có phải "ho_ten"?); xóa dòng này hoặc sửa tên trường',
      );
    });

    it("suggests the nearest field for a misspelt top-level key", () => {
      const source = CONG_VAN.replace("trich_yeu:", "trich_yue:");
      const unknown = errors(source).find((d) => d.code === "UNKNOWN_FIELD")!;
      expect(unknown).toMatchObject({ path: "trich_yue", line: lineOf(source, "trich_yue:"), column: 1 });
      expect(unknown.message).toContain('(có phải "trich_yeu"?)');
    });

    it("offers no suggestion for a key like no known field", () => {
      const unknown = errors(CONG_VAN + "ghi_chu_rieng: x\n").find((d) => d.code === "UNKNOWN_FIELD")!;
      expect(unknown.message).toBe('không có trường "ghi_chu_rieng"; xóa dòng này hoặc sửa tên trường');
    });

    it("reports an unknown loai as UNKNOWN_KIND with a suggestion and the list", () => {
      const source = CONG_VAN.replace("loai: cong-van", "loai: cong-vn");
      const ds = errors(source);
      expect(ds).toEqual([
        expect.objectContaining({ code: "UNKNOWN_KIND", path: "loai", line: 1, column: 7 }),
      ]);
      expect(ds[0].message).toMatch(
        /^không có loại văn bản "cong-vn" \(có phải "cong-van"\?\); các loại có: /,
      );
      for (const kind of ["cong-van", "bao-cao", "thong-bao"]) expect(ds[0].message).toContain(kind);
    });

    it("reports an unknown the_thuc as UNKNOWN_PROFILE naming the profiles there are", () => {
      const source = CONG_VAN + "the_thuc: dang-cu\n";
      const ds = errors(source);
      expect(ds).toEqual([
        expect.objectContaining({
          code: "UNKNOWN_PROFILE",
          path: "the_thuc",
          line: lineOf(source, "the_thuc:"),
        }),
      ]);
      expect(ds[0].message).toMatch(/^không có thể thức "dang-cu"; các thể thức có: (.+, )?dang(, |$)/);
    });
  });

  describe("wrong types", () => {
    it("reports noi_nhan written as a string as INVALID_TYPE, not as missing", () => {
      const source = CONG_VAN.replace(/noi_nhan:\n(  - .*\n)+/, "noi_nhan: Như trên, Lưu Văn phòng\n");
      const ds = errors(source);
      expect(ds).toEqual([
        expect.objectContaining({
          code: "INVALID_TYPE",
          path: "noi_nhan",
          line: lineOf(source, "noi_nhan:"),
          column: 11,
        }),
      ]);
      expect(ds[0].message).toMatch(/^nơi nhận phải là danh sách, không phải chữ; /);
    });

    it("reports a list where text is expected, at the value", () => {
      const source = CONG_VAN.replace("dia_danh: Lạng Sơn", "dia_danh: [Lạng Sơn, Cao Bằng]");
      expect(errors(source)).toEqual([
        expect.objectContaining({
          code: "INVALID_TYPE",
          path: "dia_danh",
          line: lineOf(source, "dia_danh:"),
        }),
      ]);
      expect(errors(source)[0].message).toMatch(/^địa danh phải là chữ, không phải danh sách/);
    });

    it("reports co_quan written as one line as INVALID_TYPE", () => {
      const source = CONG_VAN.replace(
        "co_quan:\n  ten: Tỉnh ủy Lạng Sơn\n  viet_tat: TU",
        "co_quan: Tỉnh ủy Lạng Sơn",
      );
      const ds = errors(source);
      expect(ds.map((d) => [d.code, d.path])).toEqual([["INVALID_TYPE", "co_quan"]]);
      expect(ds[0].message).toMatch(/bảng các trường/);
    });

    it("reports a number that is not digits as INVALID_VALUE", () => {
      expect(errors(CONG_VAN.replace("so: 5", "so: 12a")).map((d) => [d.code, d.path])).toEqual([
        ["INVALID_VALUE", "so"],
      ]);
    });

    it("reports an empty list as INVALID_VALUE", () => {
      const source = CONG_VAN.replace(/kinh_gui:\n  - .*\n/, "kinh_gui: []\n");
      expect(errors(source).map((d) => [d.code, d.path])).toEqual([["INVALID_VALUE", "kinh_gui"]]);
    });

    it("reports a file that is a list, not fields, as INVALID_TYPE", () => {
      expect(errors("- loai: cong-van\n").map((d) => d.code)).toEqual(["INVALID_TYPE"]);
    });
  });

  describe("the Lưu line", () => {
    it("warns when the last nơi nhận does not start with Lưu, and still renders", async () => {
      const source = CONG_VAN.replace("  - Lưu Văn phòng Tỉnh ủy", "  - Văn phòng Tỉnh ủy");
      const outcome = await renderText(source);
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({
          code: "NOI_NHAN_LUU",
          severity: "warning",
          path: "noi_nhan.1",
          line: lineOf(source, "- Văn phòng Tỉnh ủy"),
          column: 5,
        }),
      ]);
      expect(outcome.diagnostics[0].message).toMatch(/Lưu/);
      expect(formatDiagnostic(outcome.diagnostics[0])).toMatch(/^test\.yaml:\d+:5 cảnh báo: noi_nhan\.1: /);
      expect(outcome.docx).toBeDefined();
    });

    it("accepts a Lưu line typed with its own dash", () => {
      expect(
        check(CONG_VAN.replace("  - Lưu Văn phòng Tỉnh ủy", '  - "- Lưu Văn phòng Tỉnh ủy."')).diagnostics,
      ).toEqual([]);
    });
  });

  describe("every diagnostic", () => {
    const broken: [string, string][] = [
      ["bad date", withDate('"2020-13-01"')],
      ["missing field", CONG_VAN.replace("  ho_ten: Nguyễn Văn A\n", "")],
      ["misspelt key", CONG_VAN.replace("dia_danh:", "dia_dan:")],
      ["unknown kind", CONG_VAN.replace("loai: cong-van", "loai: chi-thi")],
      ["wrong type", CONG_VAN.replace("so: 5", "so: [5]")],
      ["unknown profile", CONG_VAN + "the_thuc: khong-co\n"],
      ["no Lưu", CONG_VAN.replace("  - Lưu Văn phòng Tỉnh ủy", "  - Văn phòng")],
      ["YAML syntax", CONG_VAN + "\tx: 1\n"],
      ["empty value", CONG_VAN.replace("dia_danh: Lạng Sơn", 'dia_danh: ""')],
      ["null value", CONG_VAN.replace("dia_danh: Lạng Sơn", "dia_danh:")],
    ];

    it.each(broken)("is a value, in Vietnamese NFC, with a place (%s)", (_what, source) => {
      let ds: Diagnostic[] = [];
      expect(() => (ds = check(source).diagnostics)).not.toThrow();
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d.code).not.toBe("INTERNAL_ERROR");
        expect(d.message.normalize("NFC")).toBe(d.message);
        expect(d.message).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
        expect(d.message).not.toMatch(/\b(expected|received|invalid|required|unrecognized)\b/i);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(formatDiagnostic(d)).toMatch(/^data\/x\.yaml:\d+:\d+ .+ \[[A-Z_]+\]$/);
      }
    });
  });
});

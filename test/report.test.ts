/** One way to report: a function calls `report(code, message, where)`, its caller makes the Diagnostic. */
import type { Diagnostic } from "../src/diagnostic";
import { counting, reportInto, within, type Where } from "../src/report";

describe("reporting", () => {
  it("makes a Diagnostic of the file and stage the report was made for, with the where's line, column and path", () => {
    const into: Diagnostic[] = [];
    const report = reportInto(into, "a.yaml", "tree");
    report("TABLE_INVALID", "bảng sai", { line: 3, column: 2, path: ["noi_dung"] });
    report("MARKDOWN_UNSUPPORTED", "chú thích thừa", { severity: "warning" });
    expect(into).toEqual([
      {
        severity: "error",
        code: "TABLE_INVALID",
        message: "bảng sai",
        file: "a.yaml",
        line: 3,
        column: 2,
        path: "noi_dung",
        stage: "tree",
      },
      {
        severity: "warning",
        code: "MARKDOWN_UNSUPPORTED",
        message: "chú thích thừa",
        file: "a.yaml",
        stage: "tree",
      },
    ]);
  });

  it("lets the caller place a where given in the reporter's own terms (an offset, a path)", () => {
    const into: Diagnostic[] = [];
    const place = (where: Where) => ({ line: 10 + (where.offset ?? 0), column: 1, path: "ngay" });
    reportInto(into, "a.yaml", "load", place)("YAML_SYNTAX", "sai", { offset: 4, path: ["x"] });
    expect(into).toEqual([expect.objectContaining({ line: 14, column: 1, path: "ngay", stage: "load" })]);
    expect(into[0]).not.toHaveProperty("offset");
  });

  it("keeps a where's own file (a template, a shared part) over the report's", () => {
    const into: Diagnostic[] = [];
    reportInto(into, "a.yaml", "template")("TEMPLATE_ERROR", "lỗi mẫu", {
      file: "kinds/cong-van.hbs",
      line: 2,
    });
    expect(into[0]).toMatchObject({ file: "kinds/cong-van.hbs", line: 2 });
  });

  it("moves a nested text's places into the outer text's with within", () => {
    const into: Diagnostic[] = [];
    const outer = reportInto(into, "a.yaml", "tree");
    const inner = within(outer, (w) => ({
      ...w,
      line: (w.line ?? 1) + 20,
      path: ["noi_dung", ...(w.path ?? [])],
    }));
    inner("TABLE_INVALID", "ô sai", { line: 2 });
    expect(into[0]).toMatchObject({ line: 22, path: "noi_dung" });
  });

  it("counts the errors, not the warnings, reported through counting", () => {
    const into: Diagnostic[] = [];
    const report = counting(reportInto(into, "a.yaml", "tree"));
    report("CONTROL_CHARACTER", "đã xóa", { severity: "warning" });
    expect(report.errors()).toBe(0);
    report("TABLE_INVALID", "sai");
    expect(report.errors()).toBe(1);
    expect(into).toHaveLength(2);
  });
});

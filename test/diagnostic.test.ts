import { diagnostic, formatDiagnostic, internalError, INTERNAL } from "../src/diagnostic";

describe("diagnostics", () => {
  it("print as file:line:column, a warning mark, the field path, the message and the code", () => {
    const d = diagnostic("NOI_NHAN_LUU", 'dòng cuối của nơi nhận nên là "Lưu ..."', {
      file: "x.yaml",
      line: 15,
      column: 5,
      path: "noi_nhan.1",
      stage: "validate",
      severity: "warning",
    });
    expect(formatDiagnostic(d)).toBe(
      'x.yaml:15:5 cảnh báo: noi_nhan.1: dòng cuối của nơi nhận nên là "Lưu ..." [NOI_NHAN_LUU]',
    );
    expect(
      formatDiagnostic(
        diagnostic("FILE_UNREADABLE", "không tìm thấy tệp", { file: "y.yaml", stage: "load" }),
      ),
    ).toBe("y.yaml không tìm thấy tệp [FILE_UNREADABLE]");
  });

  it("leave out an empty line, column or path rather than printing it", () => {
    expect(
      Object.keys(
        diagnostic("TEMPLATE_ERROR", "m", { file: "f", line: undefined, path: "", stage: "template" }),
      ),
    ).toEqual(["severity", "code", "message", "file", "stage"]);
  });

  it("report an escaped exception as an internal error that is not the file's fault", () => {
    const d = internalError(new RangeError("Maximum call stack size exceeded"), "x.yaml", "render");
    expect(d.code).toBe("INTERNAL_ERROR");
    expect(d.message.startsWith(INTERNAL)).toBe(true);
    expect(d.message).toContain("lồng nhau quá sâu");
  });
});

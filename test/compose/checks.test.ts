/** The checks run while a document is composed report as the compose stage, where they are raised. */
import { CONG_VAN, engine, TODAY } from "../support/samples";

describe("the checks of a composed document", () => {
  it("warn of a Nơi nhận without its Lưu line, at that line, as the compose stage", () => {
    const yaml = CONG_VAN.replace("  - Lưu Văn phòng Tỉnh ủy\n", "  - Ban Tuyên giáo\n");
    const { diagnostics } = engine.toTree(yaml, "x.yaml", { today: TODAY });
    const luu = diagnostics.find((d) => d.code === "NOI_NHAN_LUU");
    expect(luu).toMatchObject({ severity: "warning", path: "noi_nhan.1", stage: "compose" });
  });

  it("report the document rules (a date after today) as the compose stage too", () => {
    const yaml = CONG_VAN.replace(/^ngay: .*$/m, "ngay: 2099-01-05");
    const { diagnostics } = engine.toTree(yaml, "x.yaml", { today: TODAY });
    expect(diagnostics.find((d) => d.code === "DATE_FUTURE")).toMatchObject({
      path: "ngay",
      stage: "compose",
    });
  });

  it("report the text rewritten for consistency as the compose stage, and a profile that does not exist as validation", () => {
    const { diagnostics } = engine.toTree(CONG_VAN.replace("Tỉnh ủy", "Tỉnh uỷ"), "x.yaml", { today: TODAY });
    expect(diagnostics.find((d) => d.code === "TEXT_UNIFIED")).toMatchObject({ stage: "compose" });
    const other = engine.toTree(`${CONG_VAN}the_thuc: khong-co\n`, "x.yaml");
    expect(other.diagnostics).toEqual([
      expect.objectContaining({ code: "UNKNOWN_PROFILE", stage: "validate" }),
    ]);
  });
});

/** The checks run while a document is composed report as the compose stage ("template"), where they are raised. */
import { CONG_VAN, engine, TODAY } from "../support/samples";

describe("the checks of a composed document", () => {
  it("warn of a Nơi nhận without its Lưu line, at that line, as the compose stage", () => {
    const yaml = CONG_VAN.replace("  - Lưu Văn phòng Tỉnh ủy\n", "  - Ban Tuyên giáo\n");
    const { diagnostics } = engine.toTree(yaml, "x.yaml", { today: TODAY });
    const luu = diagnostics.find((d) => d.code === "NOI_NHAN_LUU");
    expect(luu).toMatchObject({ severity: "warning", path: "noi_nhan.1", stage: "template" });
  });

  it("report the document rules (a date after today) as the compose stage too", () => {
    const yaml = CONG_VAN.replace(/^ngay: .*$/m, "ngay: 2099-01-05");
    const { diagnostics } = engine.toTree(yaml, "x.yaml", { today: TODAY });
    expect(diagnostics.find((d) => d.code === "DATE_FUTURE")).toMatchObject({
      path: "ngay",
      stage: "template",
    });
  });
});

/** The diagnostics a batch keeps: those about the shared base kept once, the others as they came. */
import type { Diagnostic } from "../../../src/diagnostic";
import { createSharedDiagnostics } from "../../../src/cli/batch/shared-diagnostics";

const about = (file: string, line = 33): Diagnostic => ({
  severity: "warning",
  code: "TEXT_UNIFIED",
  message: 'đã viết lại cho thống nhất: "uỷ" → "ủy"',
  file,
  line,
  column: 1,
  path: "noi_dung",
  stage: "compose",
});

describe("createSharedDiagnostics", () => {
  it("keeps one object for equal diagnostics about a file other than the input", () => {
    const shared = createSharedDiagnostics();
    const first = shared("don-vi/1.yaml", about("_chung.yaml"));
    const second = shared("don-vi/2.yaml", about("_chung.yaml"));
    expect(second).toBe(first);
    expect(shared("don-vi/3.yaml", about("_chung.yaml", 34))).not.toBe(first);
  });

  it("leaves a diagnostic about the input itself as it came", () => {
    const shared = createSharedDiagnostics();
    const mine = about("don-vi/1.yaml");
    shared("don-vi/1.yaml", mine);
    const again = about("don-vi/1.yaml");
    expect(shared("don-vi/1.yaml", again)).toBe(again);
  });
});

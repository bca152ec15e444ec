/** `--ten-tep` patterns: fields of the input, the symbol as printed, safe file names. */
import { fillName, patternProblem, safeSegment } from "../../src/cli/naming";
import { engine } from "../support/samples";

const profile = engine.resources.profiles.get("dang")!;
const input = { loai: "bao-cao", so: "143", ngay: "2013-03-12", co_quan: { ten: "Tỉnh ủy Quảng Trị", viet_tat: "TU" }, trich_yeu: "Sơ kết: 5 năm?" };

describe("output name patterns", () => {
  it("fills fields, nested fields and the printed symbol", () => {
    expect(fillName("{so}-{ky_hieu}", input, "003", profile)).toBe("143-BC-TU");
    expect(fillName("{co_quan.viet_tat}/{ngay}-{so}", input, "003", profile)).toBe("TU/2013-03-12-143");
    expect(fillName("{ten}-{so}", input, "con/003", profile)).toBe("con/003-143");
  });

  it("makes values safe: no separators, no characters Windows forbids, no leading dots", () => {
    expect(safeSegment("../../etc/passwd")).toBe("-..-etc-passwd");
    expect(safeSegment('a<b>c:d"e|f?g*h\u0001')).toBe("abcdefgh");
    expect(safeSegment("  ..ẩn . ")).toBe("ẩn");
    expect(fillName("{trich_yeu}", input, "x", profile)).toBe("Sơ kết 5 năm");
  });

  it("names what is wrong with a pattern", () => {
    expect(patternProblem("{so}-{ky_hieu}")).toBeUndefined();
    expect(patternProblem("{co_quan.viet_tat}/{so}")).toBeUndefined();
    expect(patternProblem("{soo}")).toMatch(/\{soo\}/);
    expect(patternProblem("co-dinh")).toMatch(/không có trường nào/);
  });
});

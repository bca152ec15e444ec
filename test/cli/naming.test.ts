/** `--ten-tep` patterns: fields of the input that give text, the symbol as printed, safe file names. */
import { fillName, nameFields, patternProblem } from "../../src/cli/naming";
import { finishName, safeSegment } from "../../src/cli/safe-name";
import type { DocumentInput } from "../../src/schema/kinds";
import { engine } from "../support/samples";

const profile = engine.resources.profiles.get("dang")!;
/** A validated input, as the schema yields it: `so` a number, `ngay` a date. */
const typed = (fields: Record<string, unknown>) => fields as unknown as DocumentInput;
const facts = {
  loai: "bao-cao",
  so: 143,
  ngay: { kind: "date", date: { year: 2013, month: 3, day: 12 } },
  co_quan: { ten: "Tỉnh ủy Quảng Trị", viet_tat: "TU" },
  trich_yeu: "Sơ kết: 5 năm?",
};
const input = typed(facts);
const bytes = (s: string) => Buffer.byteLength(s);

describe("output name patterns", () => {
  it("fills fields, nested fields and the printed symbol", () => {
    expect(fillName("{so}-{ky_hieu}", input, "003", profile)).toBe("143-BC-TU");
    expect(fillName("{co_quan.viet_tat}/{ngay}-{so}", input, "003", profile)).toBe("TU/2013-03-12-143");
    expect(fillName("{ten}-{so}", input, "vb/003", profile)).toBe("vb/003-143");
  });

  it("writes a draft's number as nothing and its date as its year, or nothing", () => {
    const draft = (ngay: unknown) => typed({ ...facts, so: undefined, ngay });
    expect(fillName("{ngay}_{so}", draft({ kind: "year", year: 2020 }), "x", profile)).toBe("2020_");
    expect(fillName("{ngay}_{so}", draft({ kind: "blank" }), "x", profile)).toBe("_");
  });

  it("writes the symbol of a joint document with every issuer, as printed", () => {
    const joint = typed({
      ...facts,
      loai: "quy-che",
      dong_ban_hanh: [{ ten: "Ban Dân vận Tỉnh ủy", viet_tat: "BDVTU" }],
    });
    expect(fillName("{so}-{ky_hieu}", joint, "016", profile)).toBe("143-QC-TU-BDVTU");
  });

  it("takes the first signer's name when two sign side by side", () => {
    const signers = [
      { chuc_vu: "CHỦ TỌA", ho_ten: "Nguyễn Văn A" },
      { chuc_vu: "THƯ KÝ", ho_ten: "Trần Thị B" },
    ];
    expect(fillName("{nguoi_ky.ho_ten}", typed({ ...facts, nguoi_ky: signers }), "x", profile)).toBe(
      "Nguyễn Văn A",
    );
  });

  it("makes values safe: no separators, no characters Windows forbids, no leading dots", () => {
    expect(safeSegment("../../etc/passwd")).toBe("-..-etc-passwd");
    expect(safeSegment('a<b>c:d"e|f?g*h\u0001')).toBe("abcdefgh");
    expect(safeSegment("  ..ẩn . ")).toBe("ẩn");
    expect(fillName("{trich_yeu}", input, "x", profile)).toBe("Sơ kết 5 năm");
  });

  it("removes invisible format and control characters (right-to-left override, zero-width space, DEL, C1)", () => {
    expect(safeSegment("bao\u202Ecod.exe")).toBe("baocod.exe");
    expect(safeSegment("a\u200Bb\u200Dc\uFEFFd\u2066e\u00ADf\u007Fg\u0085h")).toBe("abcdefgh");
  });

  it("adds a dash to the names Windows keeps for devices, whatever their case or extension", () => {
    for (const name of ["CON", "prn", "Aux", "nul", "COM1", "com9", "LPT1", "lpt9"])
      expect(finishName(name)).toBe(`${name}-`);
    expect(finishName("nul.tar")).toBe("nul-.tar");
    for (const name of ["CONG", "com0", "com10", "console", "con-van", "LPT"])
      expect(finishName(name)).toBe(name);
    expect(
      fillName(
        "{trich_yeu}/{dia_danh}",
        typed({ ...facts, trich_yeu: "con", dia_danh: "Aux" }),
        "x",
        profile,
      ),
    ).toBe("con-/Aux-");
  });

  it("drops trailing dots and spaces, which Windows drops without a word", () => {
    expect(finishName("Báo cáo. . ")).toBe("Báo cáo");
    expect(fillName("{so}.", input, "x", profile)).toBe("143");
    expect(finishName("..")).toBe("..");
  });

  it("shortens a name to 200 bytes with .docx (UTF-8), cut between two characters", () => {
    const long = "Báo cáo tổng kết công tác xây dựng Đảng ".repeat(20);
    const name = fillName(
      "{co_quan.viet_tat}/{trich_yeu}",
      typed({ ...facts, co_quan: { ...facts.co_quan, viet_tat: long }, trich_yeu: long }),
      "x",
      profile,
    );
    const [folder, file] = name.split("/");
    expect(bytes(folder)).toBeLessThanOrEqual(200);
    expect(bytes(`${file}.docx`)).toBeLessThanOrEqual(200);
    expect(bytes(`${file}.docx`)).toBeGreaterThan(195);
    expect(long.startsWith(file)).toBe(true);
    expect(file).toBe(file.normalize("NFC"));
    // A letter written with a combining mark keeps it.
    const decomposed = "e\u0301".repeat(200);
    expect(finishName(decomposed, 5)).toBe("e\u0301");
  });

  it("names what is wrong with a pattern", () => {
    expect(patternProblem("{so}-{ky_hieu}")).toBeUndefined();
    expect(patternProblem("{co_quan.viet_tat}/{so}")).toBeUndefined();
    expect(patternProblem("..{so}")).toBeUndefined();
    expect(patternProblem("{soo}")).toMatch(/\{soo\}/);
    expect(patternProblem("co-dinh")).toMatch(/không có trường nào/);
    for (const pattern of ["../{so}", "/tmp/{so}", "\\\\may\\{so}", "C:\\{so}", "{loai}/../{so}"])
      expect(patternProblem(pattern)).toMatch(/ra ngoài thư mục ra/);
  });

  it("offers only fields that give text: no list, no table", () => {
    const fields = nameFields();
    expect(fields).toEqual(
      expect.arrayContaining([
        "ten",
        "ky_hieu",
        "loai",
        "so",
        "ngay",
        "dia_danh",
        "trich_yeu",
        "co_quan.viet_tat",
        "nguoi_ky.ho_ten",
      ]),
    );
    for (const field of [
      "co_quan",
      "nguoi_ky",
      "kinh_gui",
      "noi_nhan",
      "noi_nhan.nhom",
      "phu_luc",
      "phu_luc.so",
      "kem_theo",
      "dong_ban_hanh.ten",
      "can_cu",
      "du_thao",
    ]) {
      expect(fields).not.toContain(field);
      expect(patternProblem(`{${field}}`)).toMatch(/không dùng được/);
    }
  });
});

/**
 * The number line ("Số 1866-CV/TU", "Số: 15/QĐ-UBND") is read in one place for both of its
 * callers: `check` asks whether it follows the profile (and how it departs), `import` takes its
 * parts in whatever form a Word user typed. The cases each caller had before still hold, and
 * every line vanthu prints reads back with no departure and the parts it was printed from.
 */
import fc from "fast-check";
import { issuersOf } from "../../src/import/values";
import { isNumberLine, parseNumberLine, readNumberLine } from "../../src/recognise/number-line";
import { loadResources } from "../../src/resources";
import { fill, formatKyHieu } from "../../src/template/format";

const profiles = loadResources().profiles;
const dang = profiles.get("dang")!;
const nhaNuoc = profiles.get("nha-nuoc")!;

describe("the parts of a number line, as import takes them whatever the form", () => {
  it.each([
    ["Số 84-CV/ĐU", "84", "CV/ĐU"],
    ["Số: 15/QĐ-UBND", "15", "QĐ-UBND"],
    ["Số: 84 - CV/ĐU", "84", "CV/ĐU"],
    ["Số 05-BC/TU", "05", "BC/TU"],
    ["Số    -CV/TU", "", "CV/TU"],
    ["Số 1866\u2011CV/TU", "1866", "CV/TU"],
    ["Số 12 – CV / TU", "12", "CV/TU"],
    ["Số: ........./QĐ-UBND", "", "QĐ-UBND"],
  ])("%s reads as number %j and symbol %s in either profile", (line, so, kyHieu) => {
    for (const profile of [dang, nhaNuoc])
      expect(readNumberLine(profile, line)).toMatchObject({ so, kyHieu });
  });

  it("reads no number from a line that is not a number line", () => {
    for (const line of ["Kính gửi", "Số lượng đại biểu: 120", "Số", ""])
      for (const profile of [dang, nhaNuoc]) expect(readNumberLine(profile, line)).toBeUndefined();
    expect(isNumberLine("Kính gửi")).toBe(false);
  });

  it("still finds the issuers' abbreviations in the symbol by the kind's pattern", () => {
    expect(issuersOf(dang, "cong-van", "CV/ĐU")).toEqual({ viet_tat: "ĐU", others: [] });
    expect(issuersOf(dang, "quy-che", "QC/BTCTU-BDVTU")).toEqual({ viet_tat: "BTCTU", others: ["BDVTU"] });
    expect(issuersOf(nhaNuoc, "quyet-dinh", "QĐ-UBND")).toEqual({ viet_tat: "UBND", others: [] });
    expect(issuersOf(nhaNuoc, "cong-van", "UBND-VX")).toEqual({ viet_tat: "UBND", don_vi: "VX", others: [] });
    expect(issuersOf(dang, "bao-cao", "CV/TU")).toBeUndefined();
  });
});

describe("how a number line departs from the profile, as check judges it", () => {
  it.each([
    [dang, "Số 1866-CV/TU", []],
    [dang, "Số    -CV/TU", []],
    [dang, "Số: 1866-CV/TU", ["colon-extra"]],
    [dang, "Số 1866/CV-TU", ["separator"]],
    [dang, "Số: 84 - CV/ĐU", ["colon-extra", "spacing"]],
    [dang, "Số 84 – CV/ĐU", ["separator", "spacing"]],
    [nhaNuoc, "Số: 15/QĐ-UBND", []],
    [nhaNuoc, "Số 15/QĐ-UBND", ["colon-missing"]],
    [nhaNuoc, "Số: 15-QĐ-UBND", ["separator"]],
  ])("%#: %s → %j", (profile, line, deviations) => {
    expect(readNumberLine(profile, line)?.deviations).toEqual(deviations);
    expect(parseNumberLine(profile, line) === undefined).toBe(deviations.length > 0);
  });

  it("gives the number as typed (its zeros kept, for the padding rule) and the symbol's parts", () => {
    expect(parseNumberLine(dang, "Số 05-CV/TU", "cong-van")).toEqual({
      so: "05",
      kyHieu: "CV/TU",
      loai: "CV",
      coQuan: "TU",
      donVi: undefined,
    });
    expect(parseNumberLine(nhaNuoc, "Số: 12/UBND-VX", "cong-van")).toMatchObject({
      so: "12",
      coQuan: "UBND",
      donVi: "VX",
    });
  });
});

describe("a number line as vanthu prints it", () => {
  const kinds = (p: typeof dang) => Object.keys(p.kinds).filter((k) => p.kinds[k].code !== undefined);
  const abbreviation = fc.stringMatching(/^[A-ZĐ]{1,6}$/);

  it("reads back with no departure, the number and the issuer it was printed from", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(dang, nhaNuoc),
        fc.nat({ max: 99999 }),
        abbreviation,
        (profile, n, vietTat) => {
          for (const kind of kinds(profile)) {
            const so = String(n).padStart(profile.number.pad, "0");
            const kyHieu = formatKyHieu(profile, kind, vietTat);
            const line = fill(profile.number.line, { so, ky_hieu: kyHieu });
            const read = readNumberLine(profile, line, kind);
            expect(read).toMatchObject({ so, kyHieu, coQuan: vietTat, deviations: [] });
            expect(issuersOf(profile, kind, read!.kyHieu)).toMatchObject({ viet_tat: vietTat });
          }
        },
      ),
    );
  });
});

import { issuersOf, kindOfTitle, lenientDateLine } from "../../src/import/values";
import { loadResources } from "../../src/resources";

const profiles = loadResources().profiles;
const dang = profiles.get("dang")!;
const nhaNuoc = profiles.get("nha-nuoc")!;

describe("the header's printed lines are read back into values", () => {
  it("finds the issuers' abbreviations by the kind's symbol pattern", () => {
    expect(issuersOf(dang, "cong-van", "CV/ĐU")).toEqual({ viet_tat: "ĐU", others: [] });
    expect(issuersOf(dang, "quy-che", "QC/BTCTU-BDVTU")).toEqual({ viet_tat: "BTCTU", others: ["BDVTU"] });
    expect(issuersOf(nhaNuoc, "quyet-dinh", "QĐ-UBND")).toEqual({ viet_tat: "UBND", others: [] });
    expect(issuersOf(nhaNuoc, "cong-van", "UBND-VX")).toEqual({ viet_tat: "UBND", don_vi: "VX", others: [] });
    expect(issuersOf(dang, "bao-cao", "CV/TU")).toBeUndefined();
  });

  it("reads the date line into a place and a date, or a draft's year alone", () => {
    expect(lenientDateLine("Lạng Sơn, ngày 21 tháng 7 năm 2020")).toEqual({
      dia_danh: "Lạng Sơn",
      ngay: { kind: "date", date: { year: 2020, month: 7, day: 21 } },
    });
    expect(lenientDateLine("Biên Hòa, ngày 6 tháng 6 năm 2014")).toEqual({
      dia_danh: "Biên Hòa",
      ngay: { kind: "date", date: { year: 2014, month: 6, day: 6 } },
    });
    expect(lenientDateLine("Hà Nội, ngày    tháng    năm 2024")).toEqual({
      dia_danh: "Hà Nội",
      ngay: { kind: "year", year: 2024 },
    });
    expect(lenientDateLine("Hà Nội, ngày 30 tháng 2 năm 2024")).toBeUndefined();
    expect(lenientDateLine("Độc lập - Tự do - Hạnh phúc")).toBeUndefined();
  });

  it("knows a kind by its printed title", () => {
    expect(kindOfTitle(dang, "BÁO CÁO")).toBe("bao-cao");
    expect(kindOfTitle(nhaNuoc, "Quyết định")).toBe("quyet-dinh");
    expect(kindOfTitle(dang, "GIẤY MỜI")).toBeUndefined();
  });
});

/**
 * The number line, the date line and the recipient lists, formatted by the Party profile's rules
 * (formats.md §3.4): "Số 1866-CV/TU" with no colon and numbers below 10 zero-padded; the day
 * zero-padded below 10, months 1 and 2 zero-padded and months 3–12 not; blanks for drafts.
 */
import {
  dayFirst,
  formatKyHieu,
  formatList,
  formatNgay,
  formatSo,
  jointVietTat,
  printedKyHieu,
  writtenDate,
  writtenFacts,
} from "../../src/template/format";
import fc from "fast-check";
import { ngaySchema } from "../../src/schema/common";
import type { CalendarDate } from "../../src/schema/date";
import { engine } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const today = new Date(2026, 10, 25);
/** The date line of `ngay` as the YAML writes it, read by the schema as a document's date is. */
const ngay = (written: string, now = today) => formatNgay(dang, "Lạng Sơn", ngaySchema.parse(written), now);
/** The space left for the registry clerk to write a number or a day by hand. */
const gap = (n: number) => " ".repeat(n);

describe("formatSo", () => {
  it("writes the number and symbol with a hyphen and no colon", () => {
    expect(formatSo(dang, 1866, "CV/TU")).toBe("Số 1866-CV/TU");
    expect(formatSo(dang, 143, "BC/TU")).toBe("Số 143-BC/TU");
  });

  it("zero-pads a number below 10, and only that", () => {
    expect(formatSo(dang, 5, "CV/TU")).toBe("Số 05-CV/TU");
    expect(formatSo(dang, 9, "CV/TU")).toBe("Số 09-CV/TU");
    expect(formatSo(dang, 10, "CV/TU")).toBe("Số 10-CV/TU");
  });

  it("leaves a blank for the clerk when a draft has no number yet", () => {
    expect(formatSo(dang, undefined, "CV/TU")).toBe(`Số ${gap(4)}-CV/TU`);
  });
});

describe("formatKyHieu", () => {
  it("derives the symbol from the kind's code and the issuer's abbreviation", () => {
    expect(formatKyHieu(dang, "cong-van", "TU")).toBe("CV/TU");
    expect(formatKyHieu(dang, "bao-cao", "TU")).toBe("BC/TU");
    expect(formatKyHieu(dang, "thong-bao", "VPTU")).toBe("TB/VPTU");
    expect(formatKyHieu(dang, "cong-van", "ĐU")).toBe("CV/ĐU");
  });

  it("uses a symbol the author gave, as given", () => {
    expect(formatKyHieu(dang, "cong-van", "TU", "CV/BTCTU-BDVTU")).toBe("CV/BTCTU-BDVTU");
    expect(formatKyHieu(dang, "bao-cao", "TU", "BC/BDVTU")).toBe("BC/BDVTU");
  });

  it("reaches the number line through the engine", () => {
    const so = (yaml: string) => {
      const tree = engine.toTree(yaml, "x.yaml").tree!;
      return JSON.stringify(tree).match(/"value":"(Số [^"]*)"/)![1];
    };
    const base = `loai: cong-van\nco_quan: { ten: Tỉnh ủy Lạng Sơn, viet_tat: TU }\ndia_danh: Lạng Sơn\nngay: 2020-07-21\ntrich_yeu: x\nkinh_gui: [A]\nnoi_dung: x\nnoi_nhan: [Lưu VP]\nnguoi_ky: { chuc_vu: BÍ THƯ, ho_ten: A }\n`;
    expect(so(base + "so: 7\n")).toBe("Số 07-CV/TU");
    expect(so(base + "so: 7\nky_hieu: CV/BDVTU\n")).toBe("Số 07-CV/BDVTU");
    expect(so(base)).toBe(`Số ${gap(4)}-CV/TU`);
  });
});

describe("printedKyHieu", () => {
  it("joins the abbreviations of joint issuers with the profile's joiner", () => {
    expect(jointVietTat(dang, { viet_tat: "BTCTU" }, [{ viet_tat: "BDVTU" }])).toBe("BTCTU-BDVTU");
    expect(jointVietTat(dang, { viet_tat: "TU" })).toBe("TU");
  });

  it("makes a joint document's symbol from its kind and every issuer, or keeps the one given", () => {
    const doc = { loai: "quy-che", co_quan: { viet_tat: "BTCTU" }, dong_ban_hanh: [{ viet_tat: "BDVTU" }] };
    expect(printedKyHieu(dang, doc)).toBe("QC/BTCTU-BDVTU");
    expect(printedKyHieu(dang, { ...doc, ky_hieu: "QC/TU" })).toBe("QC/TU");
  });

  it("puts the drafting unit of a state công văn after the issuer", () => {
    const state = engine.resources.profiles.get("nha-nuoc")!;
    expect(printedKyHieu(state, { loai: "cong-van", co_quan: { viet_tat: "UBND", don_vi: "VX" } })).toBe(
      "UBND-VX",
    );
  });
});

describe("dayFirst", () => {
  it("writes a date day first, day and month zero-padded", () => {
    expect(dayFirst({ year: 2025, month: 6, day: 20 })).toBe("20/06/2025");
    expect(dayFirst({ year: 2013, month: 12, day: 3 })).toBe("03/12/2013");
  });
});

describe("formatNgay", () => {
  it("writes the place and date in words", () => {
    expect(ngay("2020-07-21")).toBe("Lạng Sơn, ngày 21 tháng 7 năm 2020");
  });

  it("zero-pads a day below 10", () => {
    expect(ngay("2014-04-07")).toBe("Lạng Sơn, ngày 07 tháng 4 năm 2014");
    expect(ngay("2018-04-03")).toBe("Lạng Sơn, ngày 03 tháng 4 năm 2018");
    expect(ngay("2018-04-10")).toBe("Lạng Sơn, ngày 10 tháng 4 năm 2018");
  });

  it("zero-pads January and February only", () => {
    expect(ngay("2026-01-09")).toBe("Lạng Sơn, ngày 09 tháng 01 năm 2026");
    expect(ngay("2018-02-20")).toBe("Lạng Sơn, ngày 20 tháng 02 năm 2018");
    expect(ngay("2013-03-12")).toBe("Lạng Sơn, ngày 12 tháng 3 năm 2013");
    expect(ngay("2020-09-30")).toBe("Lạng Sơn, ngày 30 tháng 9 năm 2020");
    expect(ngay("2020-10-01")).toBe("Lạng Sơn, ngày 01 tháng 10 năm 2020");
    expect(ngay("2020-12-31")).toBe("Lạng Sơn, ngày 31 tháng 12 năm 2020");
  });

  it("leaves the day and month blank for a draft dated by its year alone", () => {
    expect(ngay("2020")).toBe(`Lạng Sơn, ngày ${gap(4)} tháng ${gap(4)} năm 2020`);
  });

  it("takes the year from today for a draft with no date", () => {
    expect(ngay("")).toBe(`Lạng Sơn, ngày ${gap(4)} tháng ${gap(4)} năm 2026`);
    expect(ngay("", new Date(2031, 0, 1))).toBe(`Lạng Sơn, ngày ${gap(4)} tháng ${gap(4)} năm 2031`);
  });
});

describe("every form of a date", () => {
  /** The forms the schema reads (schema/date.ts): ISO, day first with "/", "-" or ".", in words; padded or not. */
  const typedForms = ({ year, month, day }: CalendarDate): string[] => {
    const two = (n: number) => String(n).padStart(2, "0");
    return [
      `${year}-${two(month)}-${two(day)}`,
      `${year}-${month}-${day}`,
      ...["/", "-", "."].flatMap((sep) => [
        `${two(day)}${sep}${two(month)}${sep}${year}`,
        `${day}${sep}${month}${sep}${year}`,
      ]),
      `${day} / ${month} / ${year}`,
      `ngày ${day} tháng ${month} năm ${year}`,
      `Ngày ${two(day)} tháng ${two(month)}, năm ${year}`,
    ];
  };

  it("prints one date line for a date typed in any form the schema reads", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (d) => {
          const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
          const line = formatNgay(dang, "Lạng Sơn", { kind: "date", date }, today);
          for (const form of typedForms(date)) {
            expect(ngaySchema.parse(form)).toEqual({ kind: "date", date });
            expect(ngay(form)).toBe(line);
          }
        },
      ),
    );
  });
});

describe("writtenDate and writtenFacts", () => {
  it("write a date as YAML holds it, a draft's year alone, and a draft's blank as nothing", () => {
    expect(writtenDate({ kind: "date", date: { year: 2020, month: 7, day: 1 } })).toBe("2020-07-01");
    expect(writtenDate({ kind: "year", year: 2020 })).toBe("2020");
    expect(writtenDate({ kind: "blank" })).toBe("");
  });

  it("give what the schema reads back as the same date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("21/7/2020", "2020", "", "ngày 1 tháng 2 năm 2024", "29.02.2024"),
        (typed) => {
          const read = ngaySchema.parse(typed);
          expect(ngaySchema.parse(writtenDate(read))).toEqual(read);
        },
      ),
    );
  });

  it("show a document's number and date as written, in its enclosures too", () => {
    const date = { kind: "date", date: { year: 2013, month: 3, day: 12 } } as const;
    const doc = { so: 143, ngay: date, kem_theo: [{ ngay: { kind: "blank" } as const }] };
    expect(writtenFacts(doc)).toEqual({ so: "143", ngay: "2013-03-12", kem_theo: [{ so: "", ngay: "" }] });
  });
});

describe("formatList", () => {
  it("adds a comma after each item and a full stop after the last", () => {
    expect(
      formatList(["Ban Dân vận Tỉnh ủy", "Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"], ",", "."),
    ).toEqual(["Ban Dân vận Tỉnh ủy,", "Thường trực Tỉnh ủy,", "Lưu Văn phòng Tỉnh ủy."]);
  });

  it("gives a single item the full stop", () => {
    expect(formatList(["Ban Dân vận Tỉnh ủy"], ",", ".")).toEqual(["Ban Dân vận Tỉnh ủy."]);
  });

  it("keeps the end punctuation the author typed", () => {
    expect(
      formatList(["Các ban của Tỉnh ủy;", "Các đồng chí Tỉnh ủy viên;", "Lưu Văn phòng Tỉnh ủy."], ",", "."),
    ).toEqual(["Các ban của Tỉnh ủy;", "Các đồng chí Tỉnh ủy viên;", "Lưu Văn phòng Tỉnh ủy."]);
    expect(formatList(["Như trên,", "Lưu VP:"], ",", ".")).toEqual(["Như trên,", "Lưu VP:"]);
  });

  it("punctuates an item that ends with a closing bracket", () => {
    expect(formatList(["Ban Dân vận Trung ương (b/c)", "Lưu"], ",", ".")).toEqual([
      "Ban Dân vận Trung ương (b/c),",
      "Lưu.",
    ]);
  });

  it("strips a leading dash the author typed, since the template writes its own", () => {
    expect(formatList(["- Như trên", "– Lưu Văn phòng"], ",", ".")).toEqual(["Như trên,", "Lưu Văn phòng."]);
  });

  it("keeps a hyphen inside a name", () => {
    expect(formatList(["MTTQ và các tổ chức chính trị - xã hội tỉnh"], ",", ".")).toEqual([
      "MTTQ và các tổ chức chính trị - xã hội tỉnh.",
    ]);
  });
});

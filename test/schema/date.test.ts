import fc from "fast-check";
import { dateInWords, isoDate, readDate, type CalendarDate } from "../../src/schema/date";

const two = (n: number) => String(n).padStart(2, "0");
const realDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d): CalendarDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe("readDate", () => {
  it("reads every real date in each form people type, day first", () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const { year: y, month: m, day: d } = date;
        const forms = [
          isoDate(date),
          `${two(d)}/${two(m)}/${y}`,
          `${d}/${m}/${y}`,
          `${two(d)}-${two(m)}-${y}`,
          `${two(d)}.${two(m)}.${y}`,
          dateInWords(date),
          `Ngày ${d} tháng ${m} năm ${y}`,
        ];
        for (const form of forms) expect(readDate(form)).toEqual({ date });
      }),
    );
  });

  it("takes a year alone as a draft's date", () => {
    expect(readDate("2025")).toEqual({ year: 2025 });
  });

  it("never reads a date month first, and proposes the day-first date meant", () => {
    expect(readDate("03/25/2025")).toEqual({ meant: { year: 2025, month: 3, day: 25 } });
    expect(readDate("2020-13-01")).toEqual({ meant: { year: 2020, month: 1, day: 13 } });
  });

  it("proposes the month's last day for a day past it, and the full year for two digits", () => {
    expect(readDate("2021-02-29")).toEqual({ meant: { year: 2021, month: 2, day: 28 } });
    expect(readDate("10/3/25")).toEqual({ meant: { year: 2025, month: 3, day: 10 } });
  });

  it("proposes nothing for text that is no date", () => {
    expect(readDate("2020-02-03T08:00:00")).toEqual({});
    expect(readDate("hôm qua")).toEqual({});
    expect(readDate("0000")).toEqual({});
  });
});

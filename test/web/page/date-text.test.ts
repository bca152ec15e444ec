import fc from "fast-check";
import { isoOf, shownDate, storedDate } from "../../../src/web/page/date-text";

describe("dates between the form and the document", () => {
  it("reads a date written day first, with /, - or ., and ISO", () => {
    for (const t of ["10/03/2025", "10/3/2025", "10-03-2025", "10.03.2025", "2025-03-10", "2025-3-10"])
      expect(isoOf(t)).toBe("2025-03-10");
  });

  it("never reads a date month first", () => {
    expect(isoOf("03/10/2025")).toBe("2025-10-03");
    expect(isoOf("12/31/2025")).toBeUndefined();
  });

  it("keeps what is no date as typed, a year alone as a year, and nothing as nothing", () => {
    expect(storedDate("30/02/2021", true)).toBe("30/02/2021");
    expect(storedDate("mai", true)).toBe("mai");
    expect(storedDate("2025", true)).toBe(2025);
    expect(storedDate("", true)).toBe("");
    expect(storedDate("", false)).toBeUndefined();
  });

  it("shows an ISO date as dd/mm/yyyy and anything else as it is", () => {
    expect(shownDate("2024-01-08")).toBe("08/01/2024");
    expect(shownDate(2025)).toBe("2025");
    expect(shownDate("2021-02-30")).toBe("2021-02-30");
    expect(shownDate(undefined)).toBe("");
  });

  it("gives back every real date it shows", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2999-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(storedDate(shownDate(iso), true)).toBe(iso);
        },
      ),
    );
  });
});

/** Numbers as Vietnamese documents write them, for right-aligning columns of figures. */
import { isNumber, isNumericColumn } from "../../src/tree/numeric";

describe("a Vietnamese number", () => {
  it.each(["1", "1.234", "12.345.678", "12,5", "1.234,56", "85%", "85,5 %", "-3", "+7"])("is %p", (s) =>
    expect(isNumber(s)).toBe(true),
  );
  it.each(["12.5", "1.23", "1,234.5", "mười", "2013-2014", "", "1.2345"])("is not %p", (s) =>
    expect(isNumber(s)).toBe(false),
  );

  it("makes a column numeric when every filled cell is a number, dashes and blanks aside", () => {
    expect(isNumericColumn(["1", "–", "", "2,5"])).toBe(true);
    expect(isNumericColumn(["1", "hai"])).toBe(false);
    expect(isNumericColumn(["", "-"])).toBe(false);
  });
});

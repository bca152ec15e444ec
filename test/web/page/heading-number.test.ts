import fc from "fast-check";
import { isNumbered, nextHeadingNumber, roman } from "../../../src/web/page/heading-number";

describe("the number a new heading gets", () => {
  it("is the first of its level in an empty body", () => {
    expect([1, 2, 3, 4, 5].map((level) => nextHeadingNumber("", level))).toEqual([
      "Phần I. ",
      "I. ",
      "1. ",
      "1.1. ",
      "a) ",
    ]);
  });

  it("follows the headings of its level above it", () => {
    const body = "## I. TÌNH HÌNH\n\nĐoạn.\n\n## II. NHIỆM VỤ\n\n### 1. Một\n\n### 2. Hai\n\n";
    expect(nextHeadingNumber(body, 2)).toBe("III. ");
    expect(nextHeadingNumber(body, 3)).toBe("3. ");
  });

  it("starts again under each heading of a higher level", () => {
    const body = "## I. A\n\n### 1. x\n\n### 2. y\n\n## II. B\n\n";
    expect(nextHeadingNumber(body, 3)).toBe("1. ");
  });

  it("numbers a #### after its ### parent and a ##### with the Vietnamese letters", () => {
    expect(nextHeadingNumber("### 2. Hai\n\n#### 2.1. x\n", 4)).toBe("2.2. ");
    const letters = ["a", "b", "c", "d", "đ"].map((l) => `##### ${l}) mục\n`).join("");
    expect(nextHeadingNumber(letters, 5)).toBe("e) ");
    expect(nextHeadingNumber(letters + "##### e) mục\n", 5)).toBe("g) ");
  });

  it("counts any number of headings of a level", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const body = Array.from({ length: n }, () => "## X\n\nĐoạn.\n").join("\n");
        expect(nextHeadingNumber(body, 2)).toBe(`${roman(n + 1)}. `);
        expect(nextHeadingNumber(body, 3)).toBe("1. ");
      }),
    );
  });

  it("does not count # lines inside a fenced block", () => {
    expect(nextHeadingNumber("## I. A\n\n```bang\n## ghi chú\n```\n", 2)).toBe("II. ");
  });

  it("writes Roman numerals", () => {
    expect([1, 4, 9, 14, 40, 90, 2024].map(roman)).toEqual(["I", "IV", "IX", "XIV", "XL", "XC", "MMXXIV"]);
  });

  it("sees a number already typed at the start of a heading", () => {
    for (const t of ["I. TÌNH HÌNH", "2.1. Kết quả", "a) Một", "Phần II", "Phần thứ nhất", "3- Ba"])
      expect(isNumbered(t)).toBe(true);
    for (const t of ["TÌNH HÌNH", "Kết quả 2023", "Về công tác", ""]) expect(isNumbered(t)).toBe(false);
  });
});

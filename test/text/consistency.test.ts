import fc from "fast-check";
import { unifyEnding, unifyQuotes, unifyTone } from "../../src/text/consistency";

describe("one tone style per document", () => {
  it("puts the mark on the first vowel of oa, oe, uy at a syllable's end", () => {
    expect(unifyTone("Tỉnh uỷ, UỶ BAN, Uỷ ban, hoá, khoẻ, thuỵ", "ủy")).toEqual({
      text: "Tỉnh ủy, ỦY BAN, Ủy ban, hóa, khỏe, thụy",
      changed: 6,
    });
  });

  it("or on the second, as the older style", () => {
    expect(unifyTone("Tỉnh ủy, ỦY BAN, hóa, khỏe", "uỷ")).toEqual({
      text: "Tỉnh uỷ, UỶ BAN, hoá, khoẻ",
      changed: 4,
    });
  });

  it("leaves what both styles write alike: quý, huỳnh, hoàn, thủy where u is not a vowel pair, words without marks", () => {
    for (const to of ["ủy", "uỷ"] as const) {
      expect(unifyTone("quý, Quỳnh, huỳnh, hoàn thành, tuyển, khoa, uy tín", to)).toEqual({
        text: "quý, Quỳnh, huỳnh, hoàn thành, tuyển, khoa, uy tín",
        changed: 0,
      });
    }
  });

  it("gives the text back when changed there and back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("hoá ", "hóa ", "uỷ ", "ủy ", "khoẻ ", "khỏe ", "quý ", "a "),
        fc.array(fc.constantFrom("hoá ", "ủy ", "quý ", "Tỉnh ", "khỏe "), { maxLength: 20 }),
        (a, rest) => {
          const text = a + rest.join("");
          const modern = unifyTone(text, "ủy").text;
          expect(unifyTone(unifyTone(modern, "uỷ").text, "ủy").text).toBe(modern);
          expect(modern.length).toBe(text.length);
        },
      ),
    );
  });
});

describe("one kind of quotation marks", () => {
  it("curls straight quotes, opening and closing by place", () => {
    expect(unifyQuotes('phong trào "Dân vận khéo" ("Dân vận")', "“”")).toEqual({
      text: "phong trào “Dân vận khéo” (“Dân vận”)",
      changed: 4,
    });
  });

  it("straightens curly ones", () => {
    expect(unifyQuotes("“Dân vận khéo”", '""')).toEqual({ text: '"Dân vận khéo"', changed: 2 });
  });
});

describe("one ending of the body", () => {
  it('adds "/." after the last full stop, after closing emphasis', () => {
    expect(unifyEnding("Đoạn một.\n\nĐoạn cuối.\n", "./.").text).toBe("Đoạn một.\n\nĐoạn cuối./.\n");
    expect(unifyEnding("**trước 15 tháng 12 hằng năm.**", "./.").text).toBe(
      "**trước 15 tháng 12 hằng năm.**/.",
    );
  });

  it("or takes it away, and leaves a body that ends otherwise", () => {
    expect(unifyEnding("Đoạn cuối./.", ".")).toEqual({ text: "Đoạn cuối.", changed: 1 });
    expect(unifyEnding("Đoạn cuối./.", "./.").changed).toBe(0);
    expect(unifyEnding("Đoạn cuối[^1].\n\n[^1]: Chú thích.\n", "./.").text).toBe(
      "Đoạn cuối[^1]./.\n\n[^1]: Chú thích.\n",
    );
    for (const body of ["như sau:", "| a | b.|", "## II. KẾT LUẬN.", "Vân vân..."])
      expect(unifyEnding(body, "./.").changed).toBe(0);
  });
});

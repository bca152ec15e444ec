import fc from "fast-check";
import { isSymbol, SYMBOL, symbolPieces, symbolsIn } from "../../src/text/symbols";

/**
 * Text that tries every class SYMBOL tells apart: capitals, other letters, digits of every kind
 * (Arabic-Indic, superscript, Roman numerals), marks, letters and digits outside the BMP, lone
 * surrogates, and the characters the pattern names (/ . : - and white space).
 */
const UNITS = [
  ..."AQNaqz09Đđăơưạ\u0301\u0323ΣσЖж中٣²Ⅻ/.:-–_,;() \u00a0\n",
  "\u{1d400}", // 𝐀, a capital outside the BMP
  "\u{1d7d9}", // 𝟙, a digit outside the BMP
  "\u{1d41a}", // 𝐚, a small letter outside the BMP
  "\u{1f600}", // an emoji: no letter, no digit
  "\ud835", // a lone high surrogate
  "\udc00", // a lone low surrogate
];
/** Pieces of symbols and what may stand around them, more often than the rest. */
const PIECES = ["25", "NQ", "TW", "Đ", "ưu", "-", "/", ".", ".\u0301", "\u0301.", ".a", "\u{1d400}"];
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...UNITS)), { maxLength: 30 })
  .map((p) => p.join(""));

describe("document symbols", () => {
  it.each([
    "25-NQ/TW",
    "12/KH-UBND",
    "18-CTr/HU",
    "30/2020/NĐ-CP",
    "QC/BTCTU-BDVTU",
    "164-KH/TU",
    "60-CTr/ĐUK",
  ])("recognises %s", (s) => expect(isSymbol(s)).toBe(true));

  it.each(["2021-2025", "V/v", "T/M", "b/c", "Bà Rịa-Vũng Tàu", "http://a-b.vn/x", "-CV/TU", "giai-đoạn/x"])(
    "does not take %s for a symbol",
    (s) => expect(isSymbol(s)).toBe(false),
  );

  it("cuts a sentence at the hyphens of its symbols only", () => {
    expect(symbolPieces("Nghị quyết số 25-NQ/TW, giai đoạn 2021-2025 và Kế hoạch 12/KH-UBND.")).toEqual([
      "Nghị quyết số 25",
      "NQ/TW, giai đoạn 2021-2025 và Kế hoạch 12/KH",
      "UBND.",
    ]);
    expect(symbolPieces("Số 18-CTr/HU")).toEqual(["Số 18", "CTr/HU"]);
    expect(symbolPieces("văn bản 30/2020/NĐ-CP;")).toEqual(["văn bản 30/2020/NĐ", "CP;"]);
  });

  it("leaves addresses and ranges whole", () => {
    expect(symbolPieces("http://stp.dongnai.gov.vn/van-ban/2020-1")).toEqual([
      "http://stp.dongnai.gov.vn/van-ban/2020-1",
    ]);
    expect(symbolPieces("Bà Rịa - Vũng Tàu, 1/2")).toEqual(["Bà Rịa - Vũng Tàu, 1/2"]);
  });

  it("finds what SYMBOL finds, at the same places, in any text", () => {
    fc.assert(
      fc.property(anyText, (s) =>
        expect(symbolsIn(s)).toEqual([...s.matchAll(SYMBOL)].map((m) => ({ index: m.index, symbol: m[0] }))),
      ),
      { numRuns: 1000 },
    );
  });

  it("takes a word for a symbol exactly when SYMBOL matches the whole of it and it has both marks", () => {
    const bySymbol = (w: string) =>
      new RegExp(`^(?:${SYMBOL.source})$`, "u").test(w) && w.includes("/") && w.includes("-");
    fc.assert(
      fc.property(anyText, (w) => expect(isSymbol(w)).toBe(bySymbol(w))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("25", "NQ", "TW", "Đ", "đ", "ạ", "\u0301", "-", "/", ".", "2"), {
          maxLength: 8,
        }),
        (parts) => expect(isSymbol(parts.join(""))).toBe(bySymbol(parts.join(""))),
      ),
    );
  });

  it("keeps every other character: the pieces joined by hyphens give the text back", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("2", "5", "-", "/", "N", "Q", "đ", " ", ".", ",", "a") }),
        (s) => {
          expect(symbolPieces(s).join("-")).toBe(s);
        },
      ),
    );
  });

  it("cuts where searching the whole text finds symbols, though only words with both marks are searched", () => {
    const whole = (value: string) => {
      const cuts: number[] = [];
      for (const m of value.matchAll(SYMBOL)) {
        if (!m[0].includes("/") || !m[0].includes("-")) continue;
        let at = m.index!;
        for (const part of m[0].split("-").slice(0, -1)) {
          at += part.length;
          cuts.push(at);
          at += 1;
        }
      }
      return cuts;
    };
    const cutsOf = (pieces: string[]) =>
      pieces.slice(0, -1).map((_, i) => pieces.slice(0, i + 1).join("-").length);
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              "25-NQ/TW",
              "12/KH-UBND",
              "30/2020/NĐ-CP",
              "QC/BTCTU-BDVTU",
              "2020-1",
              "Đ",
              "đ\u0301",
              "-",
              "/",
              ".",
              ":",
              " ",
              "\u00a0",
              "\n",
              ",",
            ),
            { maxLength: 30 },
          )
          .map((p) => p.join("")),
        (s) => expect(cutsOf(symbolPieces(s))).toEqual(whole(s)),
      ),
    );
  });
});

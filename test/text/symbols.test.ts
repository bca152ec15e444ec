import fc from "fast-check";
import { isSymbol, SYMBOL, symbolPieces } from "../../src/text/symbols";

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

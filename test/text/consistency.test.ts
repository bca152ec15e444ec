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

  it('leaves a straight quote that is no quotation mark: style="x", a lone one', () => {
    for (const text of ['<p style="x">', 'a " b', 'x"y', '\\*"', '\\"a\\"'])
      expect(unifyQuotes(text, "“”")).toEqual({ text, changed: 0 });
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

  it('sees a "/." the author typed after closing emphasis, and adds no second one', () => {
    expect(unifyEnding("**hằng năm.**/.", "./.").changed).toBe(0);
    expect(unifyEnding("**hằng năm.**/.", ".").text).toBe("**hằng năm.**");
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

const TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
/** The tone marks, taken off (in NFD) to compare texts with no regard to where they sit. */
const toneless = (s: string) => s.normalize("NFD").replace(/[\u0300\u0301\u0309\u0303\u0323]/g, "");
/** Letters and marks that make tone pairs, others that must never move, and what lies between words. */
const PIECE_CHOICES = [
  ..."oaeuyqhk".split(""),
  ..."óòỏõọáàảãạéèẻẽẹýỳỷỹỵúùủũụ".split(""),
  "OÁ",
  "UỶ",
  "\u212B", // Å as the Ångström sign: NFC would rewrite it, so only a word whose mark moves may be normalised
  "\u0301",
  "ư",
  "ơ",
  " ",
  ".",
  "-",
  "1",
  '"',
  "“",
  "”",
];
const PIECE = fc.constantFrom(...PIECE_CHOICES);
const texts = fc.array(PIECE, { maxLength: 40 }).map((p) => p.join(""));

describe("the author's text kept, whatever it is", () => {
  it("moves tone marks only: a word without a mark, and all that lies between words, comes back as it was", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom("ủy" as const, "uỷ" as const), (text, to) => {
        const out = unifyTone(text, to).text;
        const before = text.split(/([\p{L}\p{M}]+)/u);
        const after = out.split(/([\p{L}\p{M}]+)/u);
        expect(after.length).toBe(before.length);
        before.forEach((part, i) => {
          if (i % 2 === 0 || toneless(part) === part.normalize("NFD")) expect(after[i]).toBe(part);
          else expect(toneless(after[i])).toBe(toneless(part));
        });
        expect(unifyTone(out, to)).toEqual({ text: out, changed: 0 });
      }),
    );
  });

  it("finds every mark that moves, however the pair was typed: as when every word is decomposed first", () => {
    // The rule itself, over every word's NFD (unifyTone decomposes only the words that may change).
    const everyWord = (text: string, to: "ủy" | "uỷ") =>
      text.replace(/[\p{L}\p{M}]+/gu, (word) => {
        const nfd = word.normalize("NFD");
        const moved =
          to === "ủy"
            ? nfd.replace(
                /([oO](?=[aAeE])|(?<![qQ])[uU](?=[yY]))([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu,
                (w, a: string, b: string, c: string) =>
                  (/[oO]/.test(a) ? /[aAeE]/.test(b) : /[yY]/.test(b)) ? a + c + b : w,
              )
            : nfd.replace(
                /([oO]|(?<![qQ])[uU])([\u0300\u0301\u0309\u0303\u0323])([aAeEyY])(?![\p{L}\p{M}])/gu,
                (w, a: string, b: string, c: string) =>
                  (/[oO]/.test(a) ? /[aAeE]/.test(c) : /[yY]/.test(c)) ? a + c + b : w,
              );
        return moved === nfd ? word : moved.normalize("NFC");
      });
    // Every way a pair can be typed: o or u bare, with a tone or another mark; a tone typed
    // apart or none; a vowel likewise; what follows; all precomposed or all decomposed.
    const withTones = (bases: string) =>
      [...bases].flatMap((b) => [b, ...TONE_MARKS.map((t) => (b + t).normalize("NFC"))]);
    const firsts = [...withTones("oOuU"), "ô", "ơ", "ư", "ộ"];
    const between = ["", ...TONE_MARKS, "\u0302"];
    const seconds = [...withTones("aAeEyY"), "â", "ặ"];
    const after = ["", "n", "\u0301", "\u0323"];
    let tried = 0;
    for (const to of ["ủy", "uỷ"] as const)
      for (const before of ["h", "q"])
        for (const x of firsts)
          for (const t of between)
            for (const y of seconds)
              for (const z of after)
                for (const typed of [
                  before + x + t + y + z + ".",
                  (before + x + t + y + z + ".").normalize("NFD"),
                ]) {
                  tried++;
                  const got = unifyTone(typed, to).text;
                  if (got !== everyWord(typed, to))
                    expect([typed, to, got]).toEqual([typed, to, everyWord(typed, to)]);
                }
    expect(tried).toBeGreaterThan(100000);
  });

  it("changes quotation marks only, one for one", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom("“”" as const, '""' as const), (text, to) => {
        const { text: out, changed } = unifyQuotes(text, to);
        expect(out.length).toBe(text.length);
        let differing = 0;
        for (let i = 0; i < text.length; i++) {
          if (out[i] === text[i]) continue;
          differing++;
          expect('"“”'.includes(text[i]) && '"“”'.includes(out[i])).toBe(true);
        }
        expect(differing).toBeLessThanOrEqual(changed);
        expect(unifyQuotes(out, to).text).toBe(out);
      }),
    );
  });

  it('changes a body only at its end, by "/." added or taken away', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom("", ".", "./.", "./.\n", ".**"), (text, end) => {
        const body = text + end;
        for (const to of ["./.", "."] as const) {
          const { text: out, changed } = unifyEnding(body, to);
          if (!changed) {
            expect(out).toBe(body);
            continue;
          }
          const [longer, shorter] = to === "./." ? [out, body] : [body, out];
          const at = longer.lastIndexOf("/.");
          expect(longer.slice(0, at) + longer.slice(at + 2)).toBe(shorter);
          expect(unifyEnding(out, to).changed).toBe(0);
        }
      }),
    );
  });
});

/**
 * A bundle written in ASCII alone: the non-ASCII characters of its regular expression literals
 * escaped, each pattern matching what it matched before, and nothing else in the code touched.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asciiBundle, asciiRegExp } from "../../src/build/ascii-bundle";
import { ENTRIES } from "../../src/build/bundle";
import { ROOT } from "../support/samples";

/** Characters a pattern may hold: ASCII, Vietnamese letters and marks, a letter and an emoji outside the BMP. */
const CHARACTERS = ["a", "Z", "0", "-", " ", "é", "Đ", "ạ", "\u0301", "…", "“", "\u{1d400}", "\u{1f600}"];
/** Pieces of patterns: characters alone, escaped, in classes and ranges, quantified, in named groups. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CHARACTERS),
  fc.constantFrom(...CHARACTERS).map((c) => `\\${c}`),
  fc.constantFrom(...CHARACTERS).map((c) => `\\\\${c}`),
  fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 3 }).map((cs) => `[${cs.join("")}]`),
  fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 3 }).map((cs) => `[^${cs.join("")}]`),
  fc.constantFrom("[a-é]", "[à-ỹ]", "[\u{1d400}-\u{1d7ff}]", "\\p{L}", "\\d", "."),
  fc.constantFrom(...CHARACTERS).map((c) => `${c}+`),
  fc.constantFrom(...CHARACTERS).map((c) => `${c}{2}`),
  fc.constantFrom(...CHARACTERS).map((c) => `(?<g${"éĐ"[c.length % 2]}>${c})`),
);
const pattern = fc.array(piece, { minLength: 1, maxLength: 5 }).map((ps) => ps.join(""));
const flags = fc.constantFrom("", "u", "i", "iu", "v", "g");
const subject = fc.array(fc.constantFrom(...CHARACTERS, "\\"), { maxLength: 12 }).map((cs) => cs.join(""));

const compiled = (source: string, f: string): RegExp | undefined => {
  try {
    return new RegExp(source, f);
  } catch {
    return undefined;
  }
};
const matches = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))].map((m) => [
    m.index,
    [...m],
    { ...m.groups },
  ]);

describe("asciiRegExp", () => {
  it("writes a literal in ASCII that matches what the literal matched, in every mode", () => {
    fc.assert(
      fc.property(pattern, flags, fc.array(subject, { maxLength: 6 }), (source, f, texts) => {
        const before = compiled(source, f);
        fc.pre(before !== undefined);
        const literal = asciiRegExp(`/${source}/${f}`);
        expect(literal).toMatch(/^[\x00-\x7f]*$/);
        const [, escaped, escapedFlags] = /^\/(.*)\/(\w*)$/s.exec(literal)!;
        expect(escapedFlags).toBe(f);
        const after = compiled(escaped, f)!;
        expect(after).toBeDefined();
        for (const text of [...texts, source]) expect(matches(after, text)).toEqual(matches(before!, text));
      }),
      { numRuns: 500 },
    );
  });

  it("writes an identity escape of a character as the character's escape, and an escaped backslash stays one", () => {
    expect(asciiRegExp("/\\é/")).toBe("/\\u00E9/");
    expect(asciiRegExp("/\\\\é/")).toBe("/\\\\\\u00E9/");
    expect(asciiRegExp("/[😀]/u")).toBe("/[\\uD83D\\uDE00]/u");
  });
});

describe("asciiBundle", () => {
  it("escapes only regular expression literals: strings, templates, comments and division stay as written", () => {
    const code = [
      'var a = "/é/" + `/ạ/` + 8 / 2 / 1;',
      "// /é/ in a comment",
      "var b = /[é-ỹ]+/u.exec('xạy')[0], c = 4 / /Đ/.exec('xĐ').index;",
      "var d = a.length > 1 ? /“(.+)”/.test('“x”') : /…/;",
      "module.exports = { a, b, c, d };",
    ].join("\n");
    const written = asciiBundle(code);
    expect(written).toBe(
      code
        .replace("/[é-ỹ]+/u", "/[\\u00E9-\\u1EF9]+/u")
        .replace("/Đ/", "/\\u0110/")
        .replace("/“(.+)”/", "/\\u201C(.+)\\u201D/")
        .replace("/…/", "/\\u2026/"),
    );
    const run = (text: string) => {
      const module = { exports: {} };
      new Function("module", text)(module);
      return module.exports;
    };
    expect(run(written)).toEqual(run(code));
  });

  it("leaves ASCII code as it is", () => {
    const code = "var a = /x/g, b = 'y';";
    expect(asciiBundle(code)).toBe(code);
  });

  it("is how the build writes every bundle a user starts (after `npm run build`)", () => {
    for (const { out } of ENTRIES)
      expect([out, readFileSync(join(ROOT, out), "utf8")]).toEqual([
        out,
        expect.stringMatching(/^[\x00-\x7f]*$/),
      ]);
  });
});

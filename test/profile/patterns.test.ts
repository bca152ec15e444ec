/**
 * Profiles that would pass a loose check but break every document: a pattern naming a value it
 * is never filled with, a number that is not finite, a hanging indent past the left indent (the
 * first line outside the margin), an empty file. Cases are generated from the placeholders each
 * pattern is filled with (src/profile/patterns.ts) and the numbers of src/profile/ranges.ts.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { Diagnostic } from "../../src/diagnostic";
import { PLACEHOLDERS } from "../../src/profile/patterns";
import { DEFAULT_TEMPLATES, parseProfile } from "../../src/resources";

const DANG = readFileSync(join(DEFAULT_TEMPLATES, "profiles/dang.yaml"), "utf8");

function diagnosticsOf(...edits: [(string | number)[], unknown][]): Diagnostic[] {
  const doc = parseDocument(DANG);
  doc.set("id", "thu");
  for (const [path, value] of edits) doc.setIn(path, value);
  const diagnostics: Diagnostic[] = [];
  const profile = parseProfile(doc.toString(), "thu.yaml", diagnostics);
  if (diagnostics.length) expect(profile).toBeUndefined();
  return diagnostics;
}

/** Each pattern of dang.yaml, and the values it is filled with. */
const PATTERNS: [(string | number)[], readonly string[]][] = [
  [["number", "line"], PLACEHOLDERS.number_line],
  [["number", "ky_hieu"], PLACEHOLDERS.ky_hieu],
  [["kinds", "cong-van", "ky_hieu"], PLACEHOLDERS.ky_hieu],
  [["date", "line"], PLACEHOLDERS.date_line],
  [["appendix", "label"], PLACEHOLDERS.appendix_label],
  [["appendix", "reference"], PLACEHOLDERS.appendix_reference],
  [["labels", "du_thao_lan"], PLACEHOLDERS.du_thao],
  [["labels", "ban_hanh"], PLACEHOLDERS.ban_hanh],
];

describe("a profile's patterns", () => {
  it("accept every value they are filled with, each once", () => {
    for (const [path, known] of PATTERNS)
      expect(diagnosticsOf([path, known.map((k) => `{${k}}`).join(" ")])).toEqual([]);
  });

  it("refuse a value they are never filled with, at the pattern, naming the values they have", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.stringMatching(/^[a-z][a-z_]{0,11}$/),
        ([path, known], key) => {
          fc.pre(!known.includes(key));
          const pattern = `${known.map((k) => `{${k}}`).join("-")} {${key}}`;
          const diagnostics = diagnosticsOf([path, pattern]);
          expect(diagnostics).toEqual([
            expect.objectContaining({ code: "PROFILE_INVALID", path: path.join(".") }),
          ]);
          expect(diagnostics[0].message).toContain(`có {${key}}, không phải giá trị nào được điền`);
          for (const k of known) expect(diagnostics[0].message).toContain(`{${k}}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("suggest the value a misspelt one was meant to be", () => {
    expect(diagnosticsOf([["number", "line"], "Số {so}-{kyhieu}"])[0].message).toContain(
      "(có phải {ky_hieu}?)",
    );
    expect(diagnosticsOf([["date", "line"], "{diadanh}, ngày {ngay}"])[0].message).toContain(
      "(có phải {dia_danh}?)",
    );
  });
});

/** Numeric fields of dang.yaml, one for each kind of range in ranges.ts. */
const NUMBERS: (string | number)[][] = [
  ["page", "width"],
  ["page", "margins", "left"],
  ["page", "header"],
  ["number", "pad"],
  ["styles", "noi-dung", "size"],
  ["styles", "noi-dung", "indent", "first_line"],
  ["styles", "noi-dung", "spacing", "before"],
  ["styles", "noi-dung", "spacing", "line"],
];

describe("a profile's numbers", () => {
  it("refuse what is not a finite number, saying which it is", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), fc.constantFrom(NaN, Infinity, -Infinity), (path, value) => {
        const diagnostics = diagnosticsOf([path, value]);
        expect(diagnostics).toEqual([
          expect.objectContaining({ code: "PROFILE_INVALID", path: path.join(".") }),
        ]);
        const written = Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
        expect(diagnostics[0].message).toContain(`phải là một số hữu hạn, không phải ${written}`);
        expect(diagnostics[0].message).not.toMatch(/phải là số, không phải số/);
      }),
      { numRuns: 30 },
    );
  });
});

describe("a style's hanging indent", () => {
  it("is refused past the left indent (the first line would be outside the margin), accepted up to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (left, more) => {
        const indent = ["styles", "noi-dung", "indent"];
        const over = diagnosticsOf([indent, { left, hanging: left + more }]);
        expect(over).toEqual([
          expect.objectContaining({ code: "PROFILE_INVALID", path: "styles.noi-dung.indent.hanging" }),
        ]);
        expect(over[0].message).toContain(`ra ngoài lề ${more} mm`);
        expect(diagnosticsOf([indent, { left, hanging: left }])).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("an empty profile", () => {
  it.each([
    ["an empty file", ""],
    ["only a comment", "# thể thức mới\n"],
    ["a list", "- id: x\n"],
    ["a number", "5\n"],
  ])("is refused as %s, naming the fields a profile needs", (_, source) => {
    const diagnostics: Diagnostic[] = [];
    expect(parseProfile(source, "thu.yaml", diagnostics)).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: "PROFILE_INVALID", file: "thu.yaml" })]);
    expect(diagnostics[0].message).toMatch(/cần các trường id, name, font,/);
  });
});

import { CODES } from "../../src/diagnostic";
import { codesPage } from "../../src/docs/codes-page";
import { CODE_MEANINGS } from "../../src/docs/code-meanings";

/** The rows of the page's codes table: code, meaning, example. */
function tableRows(page: string): { code: string; meaning: string; example: string }[] {
  return page
    .split("\n")
    .filter((line) => /^\| `[A-Z_]+` \|/.test(line))
    .map((line) => {
      const [, code, meaning, example] = line.split(/ \| |^\| | \|$/);
      return { code: code.replace(/`/g, ""), meaning, example };
    });
}

describe("the codes page (docs/ma-loi.md)", () => {
  it("lists each code once, in the order of CODES, with a meaning and an example", () => {
    const rows = tableRows(codesPage());
    expect(rows.map((r) => r.code)).toEqual([...CODES]);
    expect(rows.filter((r) => !r.meaning.trim() || !r.example.trim()).map((r) => r.code)).toEqual([]);
  });

  it("has no code without a meaning and at least one example message", () => {
    const empty = CODES.filter(
      (c) => !CODE_MEANINGS[c].meaning.trim() || !CODE_MEANINGS[c].examples.some((e) => e.trim()),
    );
    expect(empty).toEqual([]);
  });

  it("prints an example that holds backticks as one code span", () => {
    expect(codesPage()).toContain(
      '`` x.yaml:1:7 loai: thể thức "nha-nuoc" không có loại văn bản "thong-tri"; xem `vanthu list` ``',
    );
  });
});

/**
 * The one reader of fenced blocks (src/tree/fence.ts), as markdown-it reads a fence: the body
 * reader's ```bang rule, the paragraph-start rewrites, text consistency, the body's last line,
 * workbook references and the web form's heading numbers all see the same blocks.
 */
import fc from "fast-check";
import { fencedBlocks, fenceOpening, insideFences, isBang } from "../../src/tree/fence";
import { paragraphStarts } from "../../src/template/fences";

const blocks = (text: string, options?: Parameters<typeof fencedBlocks>[1]) =>
  fencedBlocks(text.split("\n"), options).map(({ start, end, closed }) => [start, end, closed]);

describe("a fence", () => {
  it("opens on three or more backticks or tildes, indented up to three spaces, with its info", () => {
    expect(fenceOpening("```bang")).toEqual({ marker: "`", length: 3, info: "bang" });
    expect(fenceOpening("   ~~~~ x")).toEqual({ marker: "~", length: 4, info: " x" });
    expect(fenceOpening("    ```")).toBeUndefined();
    expect(fenceOpening("``")).toBeUndefined();
    expect(fenceOpening("``` a ` b")).toBeUndefined();
  });

  it("is a ```bang table whatever the case and the spaces around the word", () => {
    for (const line of ["```bang", "~~~ BANG ", "````Bang"]) expect(isBang(fenceOpening(line)!)).toBe(true);
    for (const line of ["```", "```bang2", "```yaml"]) expect(isBang(fenceOpening(line)!)).toBe(false);
  });
});

describe("the fenced blocks of a text", () => {
  it("close on as many of the same character or more, and nothing after", () => {
    expect(blocks("a\n```\nx\n~~~\n```` \nb")).toEqual([[1, 4, true]]);
    expect(blocks("````\nx\n```\n````")).toEqual([[0, 3, true]]);
  });

  it("run to the end when never closed, or make no block when asked to skip them", () => {
    expect(blocks("a\n```\nx")).toEqual([[1, 2, false]]);
    expect(blocks("a\n```\nx", { unclosed: "skip" })).toEqual([]);
    expect(blocks("````\n```\nx\n```", { unclosed: "skip" })).toEqual([[1, 3, true]]);
  });

  it("can be only ```bang blocks, as the body reader sees them", () => {
    expect(blocks("```\n```bang\nx\n```\n```", { only: isBang })).toEqual([[1, 3, true]]);
  });

  it("mark the lines inside them, fences included", () => {
    expect(insideFences("a\n~~~\nx\n~~~\nb".split("\n"))).toEqual([false, true, true, true, false]);
  });

  it("never let a line that starts a paragraph be inside a closed block", () => {
    const line = fc.constantFrom("```", "~~~", "````", "```bang", "   ```", "    ```", "x", "", "# h", "y");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const inside = insideFences(lines, { unclosed: "skip" });
        paragraphStarts(lines.join("\n")).forEach((start, i) => expect(start && inside[i]).toBe(false));
      }),
    );
  });
});

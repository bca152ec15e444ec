/**
 * Line-based rewrites of the body (src/template/fences.ts) act only on the lines that start a
 * paragraph of the body: never inside fenced blocks (the lines of a ```bang table or of any ```
 * or ~~~ block come through exactly as typed, fences read as markdown-it reads them, a fence
 * never closed protecting nothing), never on a line that continues a paragraph or a footnote.
 */
import { rewriteParagraphStarts } from "../../src/template/fences";

const shout = (text: string) => rewriteParagraphStarts(text, (line) => line.toUpperCase());

describe("a rewrite outside fenced blocks", () => {
  it("rewrites every paragraph's first line when there is no fence, keeping the lines", () => {
    expect(shout("a\n\nb\n")).toBe("A\n\nB\n");
  });

  it("leaves the lines of a ```bang block, its fences included, as typed", () => {
    expect(shout("a\n\n```bang\ncot: [a]\n```\nb")).toBe("A\n\n```bang\ncot: [a]\n```\nB");
  });

  it("leaves ~~~ blocks and longer fences as typed, closed only by as many of the same character", () => {
    expect(shout("~~~\nx\n```\ny\n~~~~\n\nz")).toBe("~~~\nx\n```\ny\n~~~~\n\nZ");
    expect(shout("````bang\nx\n```\ny\n````\nz")).toBe("````bang\nx\n```\ny\n````\nZ");
  });

  it("reads a fence indented up to three spaces, and not one indented four", () => {
    expect(shout("   ```\nx\n   ```\n\ny")).toBe("   ```\nx\n   ```\n\nY");
    expect(shout("    ```\n\nx\n    ```")).toBe("    ```\n\nX\n    ```");
  });

  it("does not open a fence on backticks followed by a backtick, nor on a fence never closed", () => {
    expect(shout("``` a ` b\n\nx\n```\n\ny")).toBe("``` A ` B\n\nX\n```\n\nY");
    expect(shout("a\n\n```\n\nb")).toBe("A\n\n```\n\nB");
  });
});

describe("the lines that start a paragraph", () => {
  it("are the first line, and lines after a blank line, a heading or a ```bang block", () => {
    expect(shout("a\nb\n\nc\n  \nd\n\n# e\nf\n```bang\nx\n```\ng")).toBe(
      "A\nb\n\nC\n  \nD\n\n# E\nF\n```bang\nx\n```\nG",
    );
  });

  it("are not a line that continues a paragraph, nor the line after another fenced block (printed as text)", () => {
    expect(shout("a\nb\nc")).toBe("A\nb\nc");
    expect(shout("~~~\nx\n~~~\ny")).toBe("~~~\nx\n~~~\ny");
  });

  it("are not indented lines: a footnote's continued text", () => {
    expect(shout("a[^1]\n\n[^1]: b\n\n    c\n\n d")).toBe("A[^1]\n\n[^1]: B\n\n    c\n\n d");
  });

  it("are not a footnote's lazy continuation line", () => {
    expect(shout("a[^1]\n\n[^1]: b\nc")).toBe("A[^1]\n\n[^1]: B\nc");
  });
});

/**
 * Line-based rewrites of the body (src/template/fences.ts) stay out of fenced blocks: the lines
 * of a ```bang table or of any ``` or ~~~ block come through exactly as typed, fences are read as
 * markdown-it reads them, and a fence never closed protects nothing.
 */
import { outsideFences } from "../../src/template/fences";

const shout = (text: string) => text.toUpperCase();

describe("a rewrite outside fenced blocks", () => {
  it("rewrites every line when there is no fence, keeping the lines", () => {
    expect(outsideFences("a\n\nb\n", shout)).toBe("A\n\nB\n");
  });

  it("leaves the lines of a ```bang block, its fences included, as typed", () => {
    expect(outsideFences("a\n```bang\ncot: [a]\n```\nb", shout)).toBe("A\n```bang\ncot: [a]\n```\nB");
  });

  it("leaves ~~~ blocks and longer fences as typed, closed only by as many of the same character", () => {
    expect(outsideFences("~~~\nx\n```\ny\n~~~~\nz", shout)).toBe("~~~\nx\n```\ny\n~~~~\nZ");
    expect(outsideFences("````bang\nx\n```\ny\n````\nz", shout)).toBe("````bang\nx\n```\ny\n````\nZ");
  });

  it("reads a fence indented up to three spaces, and not one indented four", () => {
    expect(outsideFences("   ```\nx\n   ```\ny", shout)).toBe("   ```\nx\n   ```\nY");
    expect(outsideFences("    ```\nx\n    ```", shout)).toBe("    ```\nX\n    ```");
  });

  it("does not open a fence on backticks followed by a backtick, nor on a fence never closed", () => {
    expect(outsideFences("``` a ` b\nx\n```\ny", shout)).toBe("``` A ` B\nX\n```\nY");
    expect(outsideFences("a\n```\nb", shout)).toBe("A\n```\nB");
  });
});

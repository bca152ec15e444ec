import fc from "fast-check";
import { balancedBreaks } from "../../src/layout/balance";

const words = (...widths: number[]) => widths.map((width) => ({ width, allowed: true, penalty: 0 }));

describe("balanced line breaking", () => {
  it("keeps a line that fits whole", () => {
    expect(balancedBreaks(words(10, 10, 10), 1, 40)).toEqual([]);
  });

  it("sets the fewest lines, as even as they can be, not a full line and a short one", () => {
    // Greedy would give 10 10 10 | 10; balanced gives 10 10 | 10 10.
    expect(balancedBreaks(words(10, 10, 10, 10), 1, 33)).toEqual([2]);
  });

  it("prefers even lines to a full line and a short one that start at slightly better places", () => {
    // Nine words of 10 in lines of at most four: 3 | 3 | 3, though lines may start a little better at the 5th and 6th.
    const w = words(10, 10, 10, 10, 10, 10, 10, 10, 10).map((x, i) => ({
      ...x,
      penalty: i === 4 || i === 5 ? 0.03 : 0.2,
    }));
    expect(balancedBreaks(w, 1, 43)).toEqual([3, 6]);
  });

  it("starts lines only where allowed, and says so when nothing fits", () => {
    const w = words(10, 10, 10, 12);
    w[2].allowed = false;
    // 10 10 | 10 12 would be even, but no line may start at the third word.
    expect(balancedBreaks(w, 1, 33)).toEqual([3]);
    expect(balancedBreaks(words(50, 10), 1, 40)).toBeUndefined();
  });

  it("never plans a line wider than its room", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 40 }), (ws) => {
        const starts = balancedBreaks(words(...ws), 2, 40);
        if (!starts) return;
        const bounds = [0, ...starts, ws.length];
        for (let i = 0; i + 1 < bounds.length; i++) {
          const line = ws.slice(bounds[i], bounds[i + 1]);
          expect(line.reduce((a, b) => a + b, 0) + 2 * (line.length - 1)).toBeLessThanOrEqual(40);
        }
      }),
    );
  });
});

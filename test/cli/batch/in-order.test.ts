/** Results are passed on in input order, whatever order they come in. */
import fc from "fast-check";
import { inOrder } from "../../../src/cli/batch/in-order";

describe("inOrder", () => {
  it("passes every result on once, in id order, whatever order they finish in", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 40 })
          .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
        (arrival) => {
          const seen: number[] = [];
          const push = inOrder<{ id: number }>((r) => seen.push(r.id));
          for (const id of arrival) push({ id });
          expect(seen).toEqual([...arrival].sort((a, b) => a - b));
        },
      ),
    );
  });

  it("holds a result back until the one before it has come", () => {
    const seen: number[] = [];
    const push = inOrder<{ id: number }>((r) => seen.push(r.id));
    push({ id: 1 });
    push({ id: 2 });
    expect(seen).toEqual([]);
    push({ id: 0 });
    expect(seen).toEqual([0, 1, 2]);
  });
});

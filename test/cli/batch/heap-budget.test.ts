/**
 * The batch's memory budget: a full collection once the documents let go of reach the budget,
 * and none before.
 */
import type * as vm from "node:vm";

/** A fresh heap-budget module whose collector is `gc`. */
function budgetWith(gc: () => void, mb: number): (released?: number) => void {
  let create!: typeof import("../../../src/cli/batch/heap-budget").createHeapBudget;
  jest.isolateModules(() => {
    jest.spyOn(require("node:vm") as typeof vm, "runInNewContext").mockReturnValue(gc);
    create = (
      require("../../../src/cli/batch/heap-budget") as typeof import("../../../src/cli/batch/heap-budget")
    ).createHeapBudget;
  });
  return create(mb);
}

afterEach(() => jest.restoreAllMocks());

const MB = 1024 * 1024;

describe("createHeapBudget", () => {
  it("collects once per budget of bytes let go of, never before", () => {
    const gc = jest.fn();
    const budget = budgetWith(gc, 1);
    budget(MB / 2);
    budget();
    budget(MB / 2 - 1);
    expect(gc).not.toHaveBeenCalled();
    budget(1);
    expect(gc).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 7; i++) budget(MB / 4);
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it("really collects: what nothing holds any more is gone", async () => {
    const { createHeapBudget } =
      require("../../../src/cli/batch/heap-budget") as typeof import("../../../src/cli/batch/heap-budget");
    const budget = createHeapBudget(1);
    const ref = (() => new WeakRef({ bytes: new Uint8Array(MB) }))();
    await new Promise((resolve) => setImmediate(resolve));
    budget(MB);
    expect(ref.deref()).toBeUndefined();
  });
});

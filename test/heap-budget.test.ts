/**
 * The memory budget of an engine or a batch: a full collection once the old generation has grown,
 * or the bytes let go of have reached, the budget since the last one — and none before.
 */
import type * as v8 from "node:v8";
import type * as vm from "node:vm";
import type * as HeapBudgetModule from "../src/heap-budget";

const MB = 1024 * 1024;

/** A fresh heap-budget module whose collector is `gc`, and whose old generation holds `old()` bytes. */
function withCollector(gc: () => void, old?: () => number): typeof HeapBudgetModule {
  let module!: typeof HeapBudgetModule;
  jest.isolateModules(() => {
    jest.spyOn(require("node:vm") as typeof vm, "runInNewContext").mockReturnValue(gc);
    if (old)
      jest
        .spyOn(require("node:v8") as typeof v8, "getHeapSpaceStatistics")
        .mockImplementation(() => [
          { space_name: "old_space", space_used_size: old() } as v8.HeapSpaceInfo,
          { space_name: "new_space", space_used_size: 64 * MB } as v8.HeapSpaceInfo,
        ]);
    module = require("../src/heap-budget") as typeof HeapBudgetModule;
  });
  return module;
}

afterEach(() => jest.restoreAllMocks());

describe("createHeapBudget", () => {
  it("collects once per budget of bytes let go of, never before", () => {
    const gc = jest.fn();
    const budget = withCollector(gc).createHeapBudget({ releasedMb: 1 });
    budget(MB / 2);
    budget();
    budget(MB / 2 - 1);
    expect(gc).not.toHaveBeenCalled();
    budget(1);
    expect(gc).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 7; i++) budget(MB / 4);
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it("collects once the old generation has grown by the budget since the last collection, the young one not counted", () => {
    let old = 20 * MB;
    const gc = jest.fn(() => (old = 25 * MB));
    const budget = withCollector(gc, () => old).createHeapBudget({ growthMb: 2 });
    old += 2 * MB - 1;
    budget();
    expect(gc).not.toHaveBeenCalled();
    old += 1;
    budget();
    expect(gc).toHaveBeenCalledTimes(1);
    // Measured again from what the collection left.
    old = 26 * MB;
    budget();
    expect(gc).toHaveBeenCalledTimes(1);
    old = 27 * MB;
    budget();
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it("really collects: what nothing holds any more is gone", async () => {
    const { createHeapBudget } = require("../src/heap-budget") as typeof HeapBudgetModule;
    const budget = createHeapBudget({ releasedMb: 1 });
    const ref = (() => new WeakRef({ bytes: new Uint8Array(MB) }))();
    await new Promise((resolve) => setImmediate(resolve));
    budget(MB);
    expect(ref.deref()).toBeUndefined();
  });
});

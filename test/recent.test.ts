/** The bounded memory of recent results: a known key is answered without making; the oldest goes at the limit. */
import { createRecent } from "../src/recent";

describe("createRecent", () => {
  it("makes a value once per key while it is kept, and lets the oldest go at its limit", () => {
    const recent = createRecent<string, string>(2);
    const make = jest.fn((key: string) => key.toUpperCase());
    const ask = (key: string) => recent(key, () => make(key));
    expect([ask("a"), ask("b"), ask("a")]).toEqual(["A", "B", "A"]);
    expect(make).toHaveBeenCalledTimes(2);
    ask("c"); // "a", the oldest, goes
    ask("b");
    expect(make).toHaveBeenCalledTimes(3);
    ask("a");
    expect(make).toHaveBeenCalledTimes(4);
  });
});

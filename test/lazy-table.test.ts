/** A table made on use: every key there from the start, each entry made once, when first read. */
import fc from "fast-check";
import { tableMadeOnUse } from "../src/lazy-table";

describe("tableMadeOnUse", () => {
  it("makes no entry before it is read, and each entry once however often it is read", () => {
    const made: string[] = [];
    const table = tableMadeOnUse({
      a: () => (made.push("a"), { name: "a" }),
      b: () => (made.push("b"), { name: "b" }),
    });
    expect(made).toEqual([]);
    expect(Object.keys(table)).toEqual(["a", "b"]);
    expect(Object.hasOwn(table, "b") && "a" in table).toBe(true);
    expect(made).toEqual([]);
    expect(table.a).toBe(table.a);
    expect(made).toEqual(["a"]);
    expect(Object.values(table).map((v) => v.name)).toEqual(["a", "b"]);
    expect(Object.entries(table).map(([k, v]) => [k, v])).toEqual([
      ["a", table.a],
      ["b", table.b],
    ]);
    expect(made).toEqual(["a", "b"]);
  });

  it("reads as the plain table of the made values, whatever is read first", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat()),
        (keys, reads) => {
          const makers = Object.fromEntries(keys.map((k) => [k, () => ({ key: k })]));
          const table = tableMadeOnUse(makers);
          const firstSeen = new Map(reads.map((r) => keys[r % keys.length]).map((k) => [k, table[k]]));
          for (const [k, v] of firstSeen) expect(table[k]).toBe(v);
          expect(Object.keys(table)).toEqual(Object.keys(makers));
          expect(Object.values(table)).toEqual(Object.keys(makers).map((key) => ({ key })));
        },
      ),
    );
  });

  it("keeps an entry once made: it cannot be written over", () => {
    const table = tableMadeOnUse({ a: () => 1 });
    expect(table.a).toBe(1);
    expect(() => {
      (table as { a: number }).a = 2;
    }).toThrow(TypeError);
  });
});

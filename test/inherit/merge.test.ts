/**
 * `ke_thua`'s merge: maps field by field, the unit wins; lists and text replace; and which file
 * each merged value is written in.
 */
import { deepMerge, ownerOf } from "../../src/inherit/merge";

describe("deepMerge", () => {
  it("merges maps key by key, the unit winning, and replaces lists and scalars whole", () => {
    const base = { a: 1, m: { x: 1, y: 2, deep: { p: 1 } }, list: [1, 2, 3], s: "base" };
    const unit = { m: { y: 20, deep: { q: 2 } }, list: [9], s: "unit", extra: true };
    expect(deepMerge(base, unit)).toEqual({
      a: 1,
      m: { x: 1, y: 20, deep: { p: 1, q: 2 } },
      list: [9],
      s: "unit",
      extra: true,
    });
    expect(base.m).toEqual({ x: 1, y: 2, deep: { p: 1 } });
  });

  it("lets a value that is not a map replace a map, and the other way round", () => {
    expect(deepMerge({ m: { x: 1 } }, { m: "text" })).toEqual({ m: "text" });
    expect(deepMerge({ m: "text" }, { m: { x: 1 } })).toEqual({ m: { x: 1 } });
  });
});

describe("ownerOf", () => {
  const unit = { m: { y: 20 }, list: [9] };
  const base = { a: 1, m: { x: 1, y: 2 }, list: [1, 2, 3] };
  it("finds the most specific layer that writes the value", () => {
    expect(ownerOf([unit, base], ["a"])).toBe(1);
    expect(ownerOf([unit, base], ["m", "y"])).toBe(0);
    expect(ownerOf([unit, base], ["m", "x"])).toBe(1);
    expect(ownerOf([unit, base], ["list", 0])).toBe(0);
    expect(ownerOf([unit, base], [])).toBe(0);
  });

  it("points a missing field at its deepest written parent, and looks past nothing a scalar replaced", () => {
    expect(ownerOf([unit, base], ["m", "z"])).toBe(0);
    expect(ownerOf([{ m: "text" }, { m: { x: 1 } }], ["m", "x"])).toBe(0);
  });
});

/**
 * `ke_thua`: the deep merge (maps field by field, the unit wins; lists and text replace), which
 * file each merged value is written in, and the loader over an in-memory file system.
 */
import { createUnitLoader, type ReadFile } from "../../src/inherit/load-unit";
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

describe("the unit loader", () => {
  const files: Record<string, string> = {
    "vb/_chung.yaml": "co_quan:\n  ten: Tỉnh ủy\n  viet_tat: TU\nnoi_nhan:\n  - Lưu\n",
    "vb/don-vi/a.yaml": "ke_thua: ../_chung.yaml\nco_quan:\n  ten: Huyện ủy\n",
  };
  const reads: string[] = [];
  const read: ReadFile = (file) => (
    reads.push(file),
    file in files ? { source: files[file] } : { error: "không tìm thấy tệp" }
  );

  it("merges the base under the unit and locates each value in its own file", () => {
    const loaded = createUnitLoader(read)(files["vb/don-vi/a.yaml"], "vb/don-vi/a.yaml");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ co_quan: { ten: "Huyện ủy", viet_tat: "TU" }, noi_nhan: ["Lưu"] });
    expect(loaded.locate(["co_quan", "ten"])).toEqual({ file: "vb/don-vi/a.yaml", line: 3, column: 8 });
    expect(loaded.locate(["co_quan", "viet_tat"])).toEqual({ file: "vb/_chung.yaml", line: 3, column: 13 });
    expect(loaded.locate(["noi_nhan", 0])).toEqual({ file: "vb/_chung.yaml", line: 5, column: 5 });
  });

  it("parses a base again only when its text changed", () => {
    const loadUnit = createUnitLoader(read);
    const first = loadUnit(files["vb/don-vi/a.yaml"], "vb/don-vi/a.yaml");
    const again = loadUnit(files["vb/don-vi/a.yaml"], "vb/don-vi/a.yaml");
    expect(again.data).toEqual(first.data);
    files["vb/_chung.yaml"] = files["vb/_chung.yaml"].replace("TU", "HU");
    expect(loadUnit(files["vb/don-vi/a.yaml"], "vb/don-vi/a.yaml").data).toMatchObject({
      co_quan: { viet_tat: "HU" },
    });
  });

  it("reports a syntax error in the base at the base's line", () => {
    const broken = { ...files, "vb/_chung.yaml": "co_quan:\n\tten: x\n" };
    const loaded = createUnitLoader((f) =>
      f in broken ? { source: broken[f as keyof typeof broken] } : { error: "không tìm thấy tệp" },
    )(broken["vb/don-vi/a.yaml"], "vb/don-vi/a.yaml");
    expect(loaded.data).toBeUndefined();
    expect(loaded.diagnostics[0]).toMatchObject({ code: "YAML_SYNTAX", file: "vb/_chung.yaml", line: 2 });
  });
});

/**
 * The unit loader over an in-memory file system, and where `ke_thua` reads its shared file: a
 * relative path from the folder of the file that names it, an absolute path as written (not
 * appended to that folder).
 */
import { join, resolve } from "node:path";
import { createUnitLoader, type ReadFile } from "../../src/inherit/load-unit";

const BASE = "co_quan: { ten: Tỉnh ủy Lạng Sơn, viet_tat: TU }\n";

function readsOf(unitFile: string, ref: string): string[] {
  const asked: string[] = [];
  const load = createUnitLoader((file) => {
    asked.push(file);
    return { source: BASE };
  });
  const loaded = load(`ke_thua: ${ref}\nloai: cong-van\n`, unitFile);
  expect(loaded.diagnostics).toEqual([]);
  return asked;
}

describe("the file ke_thua reads", () => {
  it("is found from the unit's folder for a relative path", () => {
    expect(readsOf(join("vb", "don-vi", "a.yaml"), "../_chung.yaml")).toEqual([join("vb", "_chung.yaml")]);
  });

  it("is the path as written for an absolute path", () => {
    const shared = resolve("/srv/mau/_chung.yaml");
    expect(readsOf(join("vb", "don-vi", "a.yaml"), shared)).toEqual([shared]);
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

/**
 * Where `ke_thua` reads its shared file: a relative path from the folder of the file that names
 * it, an absolute path as written (not appended to that folder).
 */
import { join, resolve } from "node:path";
import { createUnitLoader } from "../../src/inherit/load-unit";

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

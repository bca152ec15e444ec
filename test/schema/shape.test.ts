/** Reading the kinds' schemas: the object shape of a field, with or without lists, and which fields give text. */
import { KINDS } from "../../src/schema/kinds";
import { fieldAt, givesText, objectShape, viewOf } from "../../src/schema/shape";

const congVanSchema = KINDS["cong-van"];

const field = (name: string) => (congVanSchema.shape as Record<string, unknown>)[name];

describe("objectShape", () => {
  it("finds the fields of an object, of a list's items, and of one choice of a union", () => {
    expect(Object.keys(objectShape(field("co_quan"))!)).toEqual(expect.arrayContaining(["ten", "viet_tat"]));
    expect(Object.keys(objectShape(field("phu_luc"))!)).toEqual(expect.arrayContaining(["so", "tieu_de"]));
    expect(Object.keys(objectShape(field("nguoi_ky"))!)).toEqual(
      expect.arrayContaining(["ho_ten", "chuc_vu"]),
    );
    expect(Object.keys(objectShape(field("noi_nhan"))!)).toEqual(["nhom", "ghi_chu"]);
  });

  it("without lists, keeps only fields that may be written as one object", () => {
    const one = (name: string) => objectShape(field(name), { lists: false });
    expect(one("co_quan")).toBeDefined();
    expect(one("nguoi_ky")).toBeDefined();
    expect(one("phu_luc")).toBeUndefined();
    expect(one("noi_nhan")).toBeUndefined();
    expect(one("dong_ban_hanh")).toBeUndefined();
  });

  it("follows a path through lists to a nested field's schema", () => {
    expect(fieldAt(congVanSchema, ["phu_luc", 0, "tieu_de"])).toBe(objectShape(field("phu_luc"))!.tieu_de);
  });
});

describe("givesText", () => {
  it("says yes for text, numbers and choices of them, optional or not", () => {
    for (const name of ["loai", "so", "ngay", "dia_danh", "trich_yeu", "ky_hieu", "do_khan"])
      expect([name, givesText(field(name))]).toEqual([name, true]);
  });

  it("says no for lists and objects", () => {
    for (const name of ["co_quan", "nguoi_ky", "kinh_gui", "noi_nhan", "phu_luc", "kem_theo", "du_thao"])
      expect([name, givesText(field(name))]).toEqual([name, false]);
  });
});

describe("viewOf", () => {
  it("sees a field through its wrappers and pipes, with its help", () => {
    expect(viewOf(field("so"))).toMatchObject({ type: "union", date: false });
    expect(viewOf(field("so")).description).toMatch(/số/i);
    expect(viewOf(field("do_khan"))).toMatchObject({
      type: "enum",
      values: ["khan", "thuong-khan", "hoa-toc"],
    });
    expect(viewOf(field("co_quan")).shape).toBe(objectShape(field("co_quan")));
    expect(viewOf(field("kinh_gui")).type).toBe("array");
  });

  it("knows the date field, and leaves the empty value out of a union's choices", () => {
    expect(viewOf(field("ngay")).date).toBe(true);
    expect(viewOf(field("ngay")).options!.map((o) => viewOf(o).type)).toEqual(["string", "number"]);
    expect(viewOf(field("dia_danh")).date).toBe(false);
  });
});

/**
 * Named blanks in a shared file (`ke_thua`): filled from each unit's values, inserted literally
 * whatever the value holds (a property over office text full of Markdown characters), never
 * filled in a unit's own text, and every blank that cannot be filled reported where its fix is.
 */
import fc from "fast-check";
import { runs } from "../support/hostile";
import { createEngine } from "../../src/engine";
import { loadResources } from "../../src/resources";
import type { Root } from "../../src/tree/types";

const BASE = `loai: bao-cao
co_quan: { cap_tren: Đảng bộ huyện Hướng Hóa, viet_tat: ĐU }
ngay: 2025-12-15
dia_danh: Hướng Hóa
trich_yeu: kết quả năm 2025
noi_dung: |
  Đã tổ chức {{so_lieu.v}} cuộc; kinh phí {{so_lieu.tien | so}} đồng.
noi_nhan: [Lưu Văn phòng]
nguoi_ky: { quyen_han: T/M ĐẢNG ỦY, chuc_vu: BÍ THƯ, ho_ten: Hồ Văn Lâm }
`;
const resources = loadResources();
const engineWith = (base: string) =>
  createEngine({
    ...resources,
    read: (f) => (f.endsWith("_chung.yaml") ? { source: base } : { error: "không có" }),
  });
const engine = engineWith(BASE);

const unit = (soLieu: Record<string, unknown>, extra = "") =>
  `ke_thua: _chung.yaml\nco_quan: { ten: Đảng ủy xã A }\nso: 4\n${extra}so_lieu: ${JSON.stringify(soLieu)}\n`;

function bodyText(tree: Root): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    const node = n as {
      type?: string;
      value?: string;
      style?: string;
      children?: unknown[];
      rows?: unknown[];
      cells?: unknown[];
      sections?: unknown[];
    };
    if (node.type === "text") out.push(node.value ?? "");
    for (const k of ["sections", "children", "rows", "cells"] as const)
      (node[k] as unknown[] | undefined)?.forEach(walk);
  };
  walk(tree);
  return out.join("");
}

describe("blanks in a shared file", () => {
  it("are filled with the unit's values, numbers the Vietnamese way", () => {
    const { tree, diagnostics } = engine.toTree(unit({ v: 12, tien: 1234567.5 }), "/d/a.yaml");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(bodyText(tree as Root)).toContain("Đã tổ chức 12 cuộc; kinh phí 1.234.567,5 đồng.");
  });

  it("write a date day first (| ngay), and refuse a date that does not exist", () => {
    const dated = engineWith(
      BASE.replace("{{so_lieu.v}} cuộc", "{{so_lieu.v}} cuộc ngày {{so_lieu.h | ngay}}"),
    );
    const good = dated.toTree(unit({ v: 1, tien: 2, h: "2025-06-20" }), "/d/a.yaml");
    expect(bodyText(good.tree as Root)).toContain("Đã tổ chức 1 cuộc ngày 20/06/2025;");
    const bad = dated.toTree(unit({ v: 1, tien: 2, h: "2025-02-30" }), "/d/a.yaml");
    expect(bad.tree).toBeUndefined();
    expect(bad.diagnostics.map((d) => d.message).join("\n")).toContain('"2025-02-30" không phải ngày');
  });

  it("insert any office text literally, Markdown characters and {{…}} included", () => {
    const office = fc
      .array(
        fc.constantFrom(
          "a",
          "b",
          "ế",
          " ",
          "*",
          "_",
          "\\",
          "#",
          "|",
          "[",
          "]",
          ">",
          "<",
          "`",
          "~",
          "{{",
          "}}",
          "(",
          ")",
          "1",
          ".",
        ),
        { minLength: 1, maxLength: 24 },
      )
      .map((parts) => parts.join(""))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(office, (value) => {
        const { tree, diagnostics } = engine.toTree(unit({ v: value, tien: 1 }), "/d/a.yaml");
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(bodyText(tree as Root)).toContain(`Đã tổ chức ${value} cuộc;`);
      }),
      runs(300),
    );
  });

  it("are never filled in a unit's own text", () => {
    const own = "noi_dung: 'Tự viết {{so_lieu.v}} ở đây.'\n";
    const { tree } = engine.toTree(unit({ v: 12, tien: 1 }, own), "/d/a.yaml");
    expect(bodyText(tree as Root)).toContain("Tự viết {{so_lieu.v}} ở đây.");
  });

  it("report a missing value in the unit, a bad formatter in the shared file, a non-number where the value is", () => {
    const missing = engine
      .toTree(unit({ tien: 1 }), "/d/a.yaml")
      .diagnostics.filter((d) => d.severity === "error");
    expect(missing).toMatchObject([{ code: "MISSING_FIELD", file: "/d/a.yaml", path: "so_lieu.v" }]);
    expect(missing[0].message).toContain("chỗ trống {{so_lieu.v}} ở noi_dung của /d/_chung.yaml (dòng 6)");

    const formatter = engineWith(BASE.replace("| so}}", "| tien_te}}"))
      .toTree(unit({ v: 1, tien: 1 }), "/d/a.yaml")
      .diagnostics.filter((d) => d.severity === "error");
    expect(formatter).toMatchObject([
      { code: "INVALID_VALUE", file: "/d/_chung.yaml", line: 6, path: "noi_dung" },
    ]);
    expect(formatter[0].message).toContain('không có cách viết "tien_te"');

    const notNumber = engine
      .toTree(unit({ v: 1, tien: "nhiều" }), "/d/a.yaml")
      .diagnostics.filter((d) => d.severity === "error");
    expect(notNumber).toMatchObject([
      { code: "INVALID_VALUE", file: "/d/a.yaml", line: 4, path: "so_lieu.tien" },
    ]);
  });
});

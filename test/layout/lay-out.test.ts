/**
 * The layout pass on real samples and small trees: header columns sized to the names, names
 * broken between word groups, the author's own breaks kept, balanced trích yếu lines, and a data
 * table that keeps with the heading after it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { prepareProfile } from "../../src/docx/prepared";
import { layOut } from "../../src/layout/lay-out";
import type { Block, DataTable, LayoutTable, Paragraph, Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { longPartyNameCases } from "../support/page-cases";
import { engine, ROOT, TODAY } from "../support/samples";

const laid = (file: string) => {
  const path = join(ROOT, "data", file);
  const tree = engine.toTree(readFileSync(path, "utf8"), path, { today: TODAY }).tree!;
  return { tree, laid: layOut(tree, prepareProfile(engine.resources.profiles.get(tree.profile)!)) };
};
const lines = (p: Paragraph) =>
  p.children
    .map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : ""))
    .join("")
    .split("\n");
function find(blocks: readonly Block[], style: string): Paragraph[] {
  const found: Paragraph[] = [];
  visit(blocks, {
    paragraph: (p) => {
      if (p.style === style) found.push(p);
      return SKIP;
    },
  });
  return found;
}
const header = (root: Root) => root.sections[0].children.find((b) => b.type === "layoutTable") as LayoutTable;

describe("the layout pass", () => {
  it("keeps the header's columns apart: a name that would touch ĐẢNG CỘNG SẢN VIỆT NAM breaks between its groups (001)", () => {
    const { laid: root } = laid("001-cong-van-84-cv-du.yaml");
    const [left, right] = header(root).widths!;
    expect(left).toBeGreaterThanOrEqual(42);
    expect(left + right).toBeCloseTo(100, 1);
    expect(lines(find(root.sections[0].children, "co-quan-cap-tren")[0])).toEqual([
      "ĐẢNG ỦY KHỐI",
      "CÁC CƠ QUAN TỈNH",
    ]);
  });

  it("sets a V/v whose author lines no longer fit as one balanced block, not each line broken again (001)", () => {
    const { laid: root } = laid("001-cong-van-84-cv-du.yaml");
    expect(lines(find(root.sections[0].children, "trich-yeu-cong-van")[0])).toEqual([
      "V/v triển khai thực hiện Chương trình",
      "hành động của Đảng ủy Khối",
      "thực hiện Kế hoạch 164-KH/TU",
    ]);
  });

  it("breaks a name too long for the column between word groups, in even lines", () => {
    const { laid: root } = laid("030-cong-van-dang-bo-khoi-ten-dai.yaml");
    expect(lines(find(root.sections[0].children, "co-quan-cap-tren")[0])).toEqual([
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN",
      "VÀ DOANH NGHIỆP TỈNH",
    ]);
    // The unit type stays with the organ, and no organ stands alone on a line.
    expect(lines(find(root.sections[0].children, "co-quan")[0])).toEqual([
      "ĐẢNG ỦY CÔNG TY",
      "XỔ SỐ KIẾN THIẾT",
    ]);
    const { laid: state } = laid("nha-nuoc/quyet-dinh-28-qd-ubnd-ten-dai.yaml");
    expect(lines(find(state.sections[0].children, "co-quan")[0])).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH BÀ RỊA - VŨNG TÀU",
    ]);
  });

  it("lets a name take the room the other column keeps for its date, when the title beside it leaves room", () => {
    // "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ" fits beside ĐẢNG CỘNG SẢN VIỆT NAM with 5 mm between them; only the
    // room kept around the date line below (which shares no line with it) would have broken it.
    const [, , hue] = longPartyNameCases();
    const tree = engine.toTree(hue.source, hue.file, { today: TODAY }).tree!;
    const root = layOut(tree, prepareProfile(engine.resources.profiles.get(tree.profile)!));
    expect(lines(find(root.sections[0].children, "co-quan-cap-tren")[0])).toEqual([
      "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ",
    ]);
    // A name that would come closer than 5 mm to the title still breaks (001).
    expect(
      lines(find(laid("001-cong-van-84-cv-du.yaml").laid.sections[0].children, "co-quan-cap-tren")[0]),
    ).toEqual(["ĐẢNG ỦY KHỐI", "CÁC CƠ QUAN TỈNH"]);
  });

  it("keeps the author's own line breaks", () => {
    const { tree, laid: root } = laid("nha-nuoc/quyet-dinh-15-qd-ubnd.yaml");
    const before = find(tree.sections[0].children, "co-quan")[0];
    expect(lines(find(root.sections[0].children, "co-quan")[0])).toEqual(lines(before));
  });

  it("sets a long trích yếu as balanced lines, never between số and its symbol", () => {
    const { laid: root } = laid("nha-nuoc/quyet-dinh-28-qd-ubnd-ten-dai.yaml");
    const set = lines(find(root.sections[0].children, "trich-yeu")[0]);
    expect(set.length).toBeGreaterThan(1);
    for (const line of set) expect(line).not.toMatch(/ số$/);
  });

  it("keeps a data table with the heading after it (010), and leaves the input tree as it was", () => {
    const { tree, laid: root } = laid("010-bao-cao-co-bang-phu-luc.yaml");
    const blocks = root.sections[0].children;
    const i = blocks.findIndex((b, k) => b.type === "dataTable" && blocks[k + 1]?.type === "paragraph");
    const next = blocks[i + 1] as Paragraph;
    expect(next.style).toMatch(/^muc-/);
    expect((blocks[i] as DataTable).keepNext).toBe(true);
    expect((tree.sections[0].children[i] as DataTable).keepNext).toBeUndefined();
    expect(header(tree).widths).toBeUndefined();
  });
});

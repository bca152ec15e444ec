import { groupStarts } from "../../src/layout/name-groups";

/** The name's groups, "/" between them. */
const groups = (name: string) => {
  const words = name.split(" ");
  const starts = groupStarts(words);
  return words.map((w, i) => (starts[i] ? `/ ${w}` : w)).join(" ");
};

describe("the word groups of an agency name", () => {
  it.each([
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY KHỐI / CÁC CƠ QUAN TỈNH"],
    ["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG BỘ / TỈNH THÁI NGUYÊN"],
    ["ĐẢNG BỘ HUYỆN PHÚ LƯƠNG", "ĐẢNG BỘ / HUYỆN PHÚ LƯƠNG"],
    ["ĐẢNG ỦY THỊ TRẤN KHE SANH", "ĐẢNG ỦY / THỊ TRẤN KHE SANH"],
    ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "ĐẢNG BỘ KHỐI / CÁC CƠ QUAN / VÀ DOANH NGHIỆP TỈNH"],
    ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "BAN CHẤP HÀNH / ĐẢNG BỘ / TỈNH BÀ RỊA - VŨNG TÀU"],
    [
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ",
      "ỦY BAN / MẶT TRẬN TỔ QUỐC VIỆT NAM / TỈNH THỪA THIÊN HUẾ",
    ],
    ["BAN DÂN VẬN TỈNH ỦY", "BAN DÂN VẬN / TỈNH ỦY"],
    [
      "ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG TỈNH THÁI NGUYÊN",
      "ỦY BAN NHÂN DÂN / HUYỆN PHÚ LƯƠNG / TỈNH THÁI NGUYÊN",
    ],
    ["Đảng ủy xã Tân Hợp", "Đảng ủy / xã Tân Hợp"],
    ["SỞ NỘI VỤ", "SỞ NỘI VỤ"],
  ])("reads %s as %s", (name, expected) => expect(groups(name)).toBe(expected));

  it("never lets a line start inside a place name after its level", () => {
    const words = "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH".split(" ");
    expect(groupStarts(words)).toEqual([false, false, true, false, false, false, false]);
  });
});

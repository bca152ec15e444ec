import fc from "fast-check";
import { groupStarts, loneHeadEnd } from "../../src/layout/name-groups";
import { lineWidth, linesOf, spaceWidth } from "../../src/layout/paragraph-words";
import { MEASURE_TOLERANCE, wrapParagraph } from "../../src/layout/wrap";
import type { Paragraph } from "../../src/tree/types";
import { engine } from "../support/samples";

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
    ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "BAN CHẤP HÀNH ĐẢNG BỘ / TỈNH BÀ RỊA - VŨNG TÀU"],
    [
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ",
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM / TỈNH THỪA THIÊN HUẾ",
    ],
    ["BAN DÂN VẬN TỈNH ỦY", "BAN DÂN VẬN / TỈNH ỦY"],
    [
      "ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG TỈNH THÁI NGUYÊN",
      "ỦY BAN NHÂN DÂN / HUYỆN PHÚ LƯƠNG / TỈNH THÁI NGUYÊN",
    ],
    ["Đảng ủy xã Tân Hợp", "Đảng ủy / xã Tân Hợp"],
    ["SỞ NỘI VỤ", "SỞ NỘI VỤ"],
    ["ĐẢNG ỦY CÔNG TY XỔ SỐ KIẾN THIẾT", "ĐẢNG ỦY CÔNG TY / XỔ SỐ KIẾN THIẾT"],
    ["ĐẢNG ỦY TRƯỜNG ĐẠI HỌC SƯ PHẠM", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC / SƯ PHẠM"],
    ["ĐẢNG ỦY CÔNG AN TỈNH", "ĐẢNG ỦY CÔNG AN TỈNH"],
    ["CÔNG TY XỔ SỐ KIẾN THIẾT", "CÔNG TY XỔ SỐ KIẾN THIẾT"],
  ])("reads %s as %s", (name, expected) => expect(groups(name)).toBe(expected));

  it("never lets a line start inside a place name after its level", () => {
    const words = "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH".split(" ");
    expect(groupStarts(words)).toEqual([false, false, true, false, false, false, false]);
  });

  it("says where a line start would leave an organ alone, and only there", () => {
    expect(loneHeadEnd("ĐẢNG BỘ TỈNH THÁI NGUYÊN".split(" "))).toBe(2);
    expect(loneHeadEnd("ĐẢNG ỦY CÔNG TY XỔ SỐ KIẾN THIẾT".split(" "))).toBe(-1);
    expect(loneHeadEnd("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU".split(" "))).toBe(-1);
    expect(loneHeadEnd("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH".split(" "))).toBe(-1);
  });
});

// Real-name shapes: a Party organ, a unit type, the unit's own name, and a place.
const ORGAN = fc.constantFrom("ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "BAN CHẤP HÀNH ĐẢNG BỘ", "ĐẢNG UỶ");
const UNIT = fc.constantFrom(
  "CÔNG TY",
  "TỔNG CÔNG TY",
  "CÔNG TY CỔ PHẦN",
  "TRƯỜNG",
  "TRƯỜNG ĐẠI HỌC",
  "TRƯỜNG CHÍNH TRỊ",
  "BỆNH VIỆN",
  "BỆNH VIỆN ĐA KHOA",
  "TRUNG TÂM",
  "TRUNG TÂM Y TẾ",
  "VIỆN",
  "SỞ",
  "BAN",
);
const OWN_NAME = fc.constantFrom(
  "XỔ SỐ KIẾN THIẾT",
  "SƯ PHẠM KỸ THUẬT",
  "ĐIỆN LỰC",
  "XĂNG DẦU",
  "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
  "Y HỌC CỔ TRUYỀN",
  "GIÁO DỤC VÀ ĐÀO TẠO",
  "TƯ PHÁP",
  "DÂN VẬN",
  "CẤP NƯỚC SẠCH",
);
const PLACE = fc.constantFrom(
  "",
  " TỈNH THÁI NGUYÊN",
  " TỈNH BÀ RỊA - VŨNG TÀU",
  " HUYỆN PHÚ LƯƠNG",
  " THÀNH PHỐ HỒ CHÍ MINH",
  " TỈNH",
);
const unitName = fc
  .tuple(ORGAN, UNIT, OWN_NAME, PLACE)
  .map(([organ, unit, own, place]) => ({ organ, unit, own, name: `${organ} ${unit} ${own}${place}` }));

const word = (s: string) => s.split(" ").length;

describe("a unit's name after its Party organ (generated from real-name shapes)", () => {
  it("binds the unit type to the organ and starts a group at the unit's own name", () => {
    fc.assert(
      fc.property(unitName, ({ organ, unit, name }) => {
        const words = name.split(" ");
        const starts = groupStarts(words);
        const own = word(organ) + word(unit);
        // No line starts inside the organ, between it and the unit type, or inside the type.
        expect(starts.slice(0, own)).toEqual(new Array(own).fill(false));
        expect(starts[own]).toBe(true);
        expect(loneHeadEnd(words)).toBe(-1);
      }),
    );
  });

  const style = engine.resources.profiles.get("dang")!.styles["co-quan"];
  const paragraph = (name: string): Paragraph => ({
    type: "paragraph",
    style: "co-quan",
    children: [{ type: "text", value: name }],
  });
  const printedLines = (p: Paragraph) =>
    p.children
      .map((c) => (c.type === "text" ? c.value : "\n"))
      .join("")
      .split("\n")
      .map((l) => l.trim());

  it("is set, in any column its widest group fits, between groups only and never with an organ alone on a line", () => {
    fc.assert(
      fc.property(unitName, fc.double({ min: 0, max: 1, noNaN: true }), ({ organ, name }, share) => {
        const words = linesOf(paragraph(name), style)![0];
        const space = spaceWidth(style);
        const starts = groupStarts(words.map((w) => w.text));
        const bounds = [0, ...starts.flatMap((s, i) => (s ? [i] : [])), words.length];
        const widest = Math.max(
          ...bounds.slice(1).map((b, k) => lineWidth(words.slice(bounds[k], b), space)),
        );
        const whole = lineWidth(words, space);
        const room = (widest + share * (whole - widest)) / MEASURE_TOLERANCE + 1;
        const lines = printedLines(wrapParagraph(paragraph(name), style, room));
        let at = 0;
        for (const line of lines) {
          const n = word(line);
          if (at > 0) expect([line, starts[at]]).toEqual([line, true]);
          expect(lineWidth(words.slice(at, at + n), space)).toBeLessThanOrEqual(room * MEASURE_TOLERANCE);
          at += n;
        }
        expect(at).toBe(words.length);
        expect(lines).not.toContain(organ);
      }),
    );
  });

  // A Party organ of a commune or district, with the places above it: "ĐẢNG ỦY XÃ TÂN HỢP HUYỆN PHÚ LƯƠNG …".
  const PLACES = fc.constantFrom(
    "XÃ TÂN HỢP",
    "THỊ TRẤN KHE SANH",
    "PHƯỜNG PHAN ĐÌNH PHÙNG",
    "HUYỆN PHÚ LƯƠNG",
    "HUYỆN HƯỚNG HÓA",
    "THÀNH PHỐ THÁI NGUYÊN",
    "TỈNH BÀ RỊA - VŨNG TÀU",
    "TỈNH THỪA THIÊN HUẾ",
    "PHƯỜNG 5",
    "XÃ YÊN ĐỔ",
    "QUẬN 1",
    "THÀNH PHỐ HỒ CHÍ MINH",
    "HUYỆN ĐẢO BẠCH LONG VĨ",
    "XÃ QUẢNG PHÚ CẦU",
  );
  const placeName = fc
    .tuple(fc.constantFrom("ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ"), fc.array(PLACES, { minLength: 2, maxLength: 3 }))
    .map(([organ, places]) => ({ organ, first: places[0], name: [organ, ...places].join(" ") }));

  it("leaves an organ alone on the first line only when its first place does not fit beside it", () => {
    fc.assert(
      fc.property(placeName, fc.double({ min: 0, max: 1, noNaN: true }), ({ organ, first, name }, share) => {
        const words = linesOf(paragraph(name), style)![0];
        const space = spaceWidth(style);
        const head = word(`${organ} ${first}`);
        const starts = groupStarts(words.map((w) => w.text));
        const bounds = [head, ...starts.flatMap((s, i) => (s && i > head ? [i] : [])), words.length];
        const need = Math.max(
          lineWidth(words.slice(0, head), space),
          ...bounds.slice(1).map((b, k) => lineWidth(words.slice(bounds[k], b), space)),
        );
        const whole = lineWidth(words, space);
        const room = (need + share * (whole - need)) / MEASURE_TOLERANCE + 1;
        expect(printedLines(wrapParagraph(paragraph(name), style, room))[0]).not.toBe(organ);
      }),
    );
  });
});

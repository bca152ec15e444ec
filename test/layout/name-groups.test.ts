import fc from "fast-check";
import { groupStarts, lineStarts, loneHeadEnd } from "../../src/layout/name-groups";
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

  /** The name with each line start's reading before the word it is at ("lone", "place", …). */
  const readings = (name: string) => {
    const words = name.split(" ");
    const kinds = lineStarts(words);
    return words.map((w, i) => (i > 0 && kinds[i] !== "word" ? `${kinds[i]}:${w}` : w)).join(" ");
  };

  it.each([
    ["ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "ĐẢNG BỘ lone:TỈNH place:BÀ whole:RỊA whole:- whole:VŨNG whole:TÀU"],
    ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG BỘ lone:THÀNH whole:PHỐ place:HỒ whole:CHÍ whole:MINH"],
    [
      "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU",
      "BAN CHẤP HÀNH ĐẢNG BỘ group:TỈNH BÀ whole:RỊA whole:- whole:VŨNG whole:TÀU",
    ],
    ["ĐẢNG ỦY XÃ TÂN HỢP HUYỆN PHÚ LƯƠNG", "ĐẢNG ỦY lone:XÃ place:TÂN whole:HỢP group:HUYỆN PHÚ whole:LƯƠNG"],
    [
      "CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG HƯỚNG HÓA",
      "CHI BỘ lone:TRƯỜNG TRUNG whole:HỌC whole:PHỔ whole:THÔNG group:HƯỚNG HÓA",
    ],
    [
      "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH BÀ RỊA - VŨNG TÀU",
      "ĐẢNG ỦY lone:BỆNH whole:VIỆN ĐA whole:KHOA group:TỈNH BÀ whole:RỊA whole:- whole:VŨNG whole:TÀU",
    ],
    ["ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG", "ỦY whole:BAN NHÂN whole:DÂN group:HUYỆN PHÚ whole:LƯƠNG"],
  ])("reads the line starts of %s as %s", (name, expected) => expect(readings(name)).toBe(expected));
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

describe("a name too wide for its line", () => {
  const style = engine.resources.profiles.get("dang")!.styles["co-quan"];
  const space = spaceWidth(style);
  const MM = 56.7;
  const paragraph = (name: string): Paragraph => ({
    type: "paragraph",
    style: "co-quan",
    children: [{ type: "text", value: name }],
  });
  const width = (text: string) => lineWidth(linesOf(paragraph(text), style)![0], space);
  /** The name as set in `room` twips, " / " between its lines. */
  const set = (name: string, room: number) =>
    wrapParagraph(paragraph(name), style, room)
      .children.map((c) => (c.type === "text" ? c.value : " / "))
      .join("")
      .replace(/\s+\/\s+/g, " / ");

  it.each([
    ["ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG TÀU"],
    ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG BỘ THÀNH PHỐ / HỒ CHÍ MINH"],
    ["ĐẢNG ỦY THỊ TRẤN KHE SANH", "ĐẢNG ỦY THỊ TRẤN / KHE SANH"],
  ])("ends the first line of %s, a little too wide, after the level: %s", (name, expected) =>
    expect(set(name, (width(name) - MM) / MEASURE_TOLERANCE)).toBe(expected),
  );

  it("still leaves the organ alone where the organ and its level do not fit together", () => {
    const name = "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH";
    expect(set(name, (width("ĐẢNG BỘ THÀNH PHỐ") - MM) / MEASURE_TOLERANCE)).toMatch(/^ĐẢNG BỘ \/ THÀNH PHỐ/);
  });

  it.each([
    [73, "CHI BỘ TRƯỜNG / TRUNG HỌC PHỔ THÔNG / HƯỚNG HÓA"],
    [100, "CHI BỘ TRƯỜNG / TRUNG HỌC PHỔ THÔNG HƯỚNG HÓA"],
  ])("sets a Chi bộ of a high school in %d mm without splitting its school type: %s", (mm, expected) =>
    expect(set("CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG HƯỚNG HÓA", mm * MM)).toBe(expected),
  );

  const ORGANS = fc.constantFrom("ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "ĐẢNG UỶ");
  const LEVELS = fc.constantFrom("TỈNH", "THÀNH PHỐ", "HUYỆN", "THỊ TRẤN", "XÃ", "PHƯỜNG", "THỊ XÃ");
  const PLACE_NAMES = fc.constantFrom(
    "BÀ RỊA - VŨNG TÀU",
    "HỒ CHÍ MINH",
    "THỪA THIÊN HUẾ",
    "KHE SANH",
    "PHÚ LƯƠNG",
  );

  it("never leaves an organ alone over its level and place when the organ and level fit, and never splits the place", () => {
    fc.assert(
      fc.property(
        ORGANS,
        LEVELS,
        PLACE_NAMES,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (organ, level, place, share) => {
          const name = `${organ} ${level} ${place}`;
          const least = Math.max(width(`${organ} ${level}`), width(place));
          const room = (least + share * (width(name) - least)) / MEASURE_TOLERANCE + 1;
          const lines = set(name, room);
          expect(lines.startsWith(`${organ} ${level}`)).toBe(true);
          expect(lines.endsWith(place)).toBe(true);
        },
      ),
    );
  });

  // A Party organ of a school, hospital or company, its type a bare type and a kind ("TRƯỜNG" + "TRUNG HỌC PHỔ THÔNG").
  const TYPES = fc.constantFrom(
    ["TRƯỜNG", "TRUNG HỌC PHỔ THÔNG"],
    ["TRƯỜNG", "TRUNG HỌC CƠ SỞ"],
    ["TRƯỜNG", "MẦM NON"],
    ["TRƯỜNG", "ĐẠI HỌC"],
    ["BỆNH VIỆN", "ĐA KHOA"],
    ["TRUNG TÂM", "Y TẾ"],
    ["CÔNG TY", "CỔ PHẦN"],
  );
  const OWN = fc.constantFrom("HƯỚNG HÓA", "NGUYỄN HUỆ", "CẤP NƯỚC", "HOA SEN", "LÊ QUÝ ĐÔN");
  const SEAT = fc.constantFrom("", " HUYỆN PHÚ LƯƠNG", " TỈNH BÀ RỊA - VŨNG TÀU");

  it("never starts a line inside a school or institution kind, in any room each of its parts fits", () => {
    fc.assert(
      fc.property(
        ORGANS,
        TYPES,
        OWN,
        SEAT,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (organ, [bare, kind], own, seat, share) => {
          const name = `${organ} ${bare} ${kind} ${own}${seat}`;
          const least = Math.max(...[organ, bare, kind, own, seat.trim()].map(width));
          const room = (least + share * (width(name) - least)) / MEASURE_TOLERANCE + 1;
          expect(set(name, room)).toContain(kind);
        },
      ),
    );
  });
});

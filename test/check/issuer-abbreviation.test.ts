/**
 * The ký hiệu's issuer, judged both ways: at render time against the `viet_tat` the author gave,
 * and in a .docx (which prints no `viet_tat`) by whether it reads from the issuer's printed name —
 * the same code, KY_HIEU_MISMATCH; nothing said where the abbreviation cannot be read at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/check/check";
import { abbreviationReading } from "../../src/check/issuer-abbreviation";
import { CONG_VAN, engine, renderText, ROOT, TODAY } from "../support/samples";

const party = engine.resources.profiles.get("dang")!.number.aliases;
const state = engine.resources.profiles.get("nha-nuoc")!.number.aliases;

describe("an issuer's abbreviation read from its printed name", () => {
  it.each([
    ["TU", { own: ["TỈNH ỦY LẠNG SƠN"], superiors: [] }, party],
    ["HU", { own: ["HUYỆN ỦY ĐỊNH HÓA"], superiors: ["ĐẢNG BỘ TỈNH THÁI NGUYÊN"] }, party],
    ["ĐU", { own: ["ĐẢNG ỦY XÃ YÊN ĐỔ"], superiors: ["ĐẢNG BỘ HUYỆN ĐỊNH HÓA"] }, party],
    ["ĐUK", { own: ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], superiors: [] }, party],
    ["BDVTU", { own: ["BAN DÂN VẬN"], superiors: ["TỈNH ỦY THÁI NGUYÊN"] }, party],
    ["VPTU", { own: ["VĂN PHÒNG TỈNH ỦY"], superiors: ["TỈNH ỦY BÌNH THUẬN"] }, party],
    ["TU", { own: ["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nBÀ RỊA - VŨNG TÀU"], superiors: [] }, party],
    ["VPTW", { own: ["VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"], superiors: [] }, party],
    ["UBND", { own: ["ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH"], superiors: [] }, state],
    ["UBND", { own: ["UBND TỈNH HÀ TĨNH"], superiors: [] }, state],
    ["SNV", { own: ["SỞ NỘI VỤ"], superiors: ["UBND TỈNH HÀ TĨNH"] }, state],
    ["TTg", { own: ["THỦ TƯỚNG CHÍNH PHỦ"], superiors: [] }, state],
    ["BGDĐT", { own: ["BỘ GIÁO DỤC VÀ ĐÀO TẠO"], superiors: [] }, state],
    ["SNV", { own: ["UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ"], superiors: [] }, state],
    ["BTCTU", { own: ["BAN TỔ CHỨC\nTỈNH ỦY"], superiors: ["ĐẢNG BỘ TỈNH\nTHÁI NGUYÊN"] }, party],
    ["MTTQBTT", { own: ["BAN THƯỜNG TRỰC"], superiors: ["MẶT TRẬN TỔ QUỐC VIỆT NAM"] }, state],
    ["TU", { own: ["BAN THƯỜNG VỤ TỈNH ỦY"], superiors: ["ĐẢNG BỘ TỈNH LẠNG SƠN"] }, party],
  ])("%s reads from %j", (abbr, names, aliases) => {
    expect(abbreviationReading(abbr, names, aliases)).toBe("own");
  });

  it.each([
    ["HU", { own: ["TỈNH ỦY LẠNG SƠN"], superiors: [] }, party],
    ["TU", { own: ["HUYỆN ỦY ĐỊNH HÓA"], superiors: ["ĐẢNG BỘ TỈNH THÁI NGUYÊN"] }, party],
    ["SNV", { own: ["ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH"], superiors: [] }, state],
  ])("%s does not read from %j", (abbr, names, aliases) => {
    expect(abbreviationReading(abbr, names, aliases)).toBe("no");
  });

  it.each([
    ["UBND", { own: ["SỞ NỘI VỤ"], superiors: ["UBND TỈNH HÀ TĨNH"] }, state],
    ["TU", { own: ["BAN DÂN VẬN"], superiors: ["TỈNH ỦY THÁI NGUYÊN"] }, party],
  ])("%s reads from the cấp trên's name alone in %j", (abbr, names, aliases) => {
    expect(abbreviationReading(abbr, names, aliases)).toBe("superior");
  });

  it("cannot tell for an abbreviation that is not letters, or without a name", () => {
    expect(abbreviationReading("TU1", { own: ["TỈNH ỦY LẠNG SƠN"], superiors: [] }, party)).toBe("unknown");
    expect(abbreviationReading("TU", { own: [], superiors: ["TỈNH ỦY"] }, party)).toBe("unknown");
    expect(abbreviationReading("TU", { own: [" - "], superiors: [] }, party)).toBe("unknown");
  });
});

/** The render-time warnings and the check findings of one YAML document, by code. */
async function bothWays(yaml: string) {
  const out = await renderText(yaml);
  expect(out.docx).toBeDefined();
  const checked = check(out.docx!, engine.resources, { file: "van-ban.docx", today: TODAY });
  const of = (ds: { code: string; path?: unknown }[]) =>
    ds.filter((d) => d.code === "KY_HIEU_MISMATCH").map((d) => String(d.path));
  return { render: of(out.diagnostics as never), check: of(checked.diagnostics), checked };
}

describe("KY_HIEU_MISMATCH on the issuer, at render time and in the .docx", () => {
  it("reports a ký hiệu naming another issuer both ways, at ky_hieu and at so", async () => {
    const r = await bothWays(`${CONG_VAN}ky_hieu: CV/HU\n`);
    expect(r.render).toEqual(["ky_hieu"]);
    expect(r.check).toEqual(["so"]);
    const found = r.checked.diagnostics.find((d) => d.code === "KY_HIEU_MISMATCH")!;
    expect(found.message).toContain('"HU"');
    expect(found.message).toContain("TỈNH ỦY LẠNG SƠN");
  });

  it("says nothing either way when the ký hiệu names the issuer", async () => {
    expect(await bothWays(`${CONG_VAN}ky_hieu: CV/TU\n`)).toMatchObject({ render: [], check: [] });
  });

  it("reads a state issuer's abbreviation from its name (SNV of Sở Nội vụ), and reports its cấp trên's (UBND) in its place", async () => {
    const file = join(ROOT, "data/nha-nuoc/to-trinh-32-ttr-snv.yaml");
    const yaml = readFileSync(file, "utf8");
    expect(await bothWays(yaml)).toMatchObject({ render: [], check: [] });
    const wrong = await bothWays(`${yaml.replace(/^ky_hieu:.*\n/m, "")}ky_hieu: TTr-UBND\n`);
    expect(wrong.render).toEqual(["ky_hieu"]);
    expect(wrong.check).toEqual(["so"]);
  });
});

/**
 * What a profile writes one way throughout (`consistency`): the author's tone marks (and, where
 * the profile asks, quotes and the body's closing mark) changed to match, each changed field
 * warned about once (TEXT_UNIFIED, at its line); fenced ```bang blocks keep their straight
 * quotes (they are YAML).
 */
import { unifyDocument } from "../../src/compose/consistency";
import type { DocumentInput } from "../../src/schema/kinds";
import { CONG_VAN, engine, renderText } from "../support/samples";

const unifiedWarnings = (d: { code: string }[]) => d.filter((x) => x.code === "TEXT_UNIFIED");
const at = (path: (string | number)[]) => ({ file: "x.yaml", path: path.join(".") });

describe("a document made consistent by its profile", () => {
  it("changes nothing with the bundled profiles, which set no consistency", async () => {
    const out = await renderText(CONG_VAN.replace("Đoạn thứ nhất.", "Tỉnh uỷ, văn hoá."));
    expect(unifiedWarnings(out.diagnostics)).toEqual([]);
    expect(out.read!.paragraphs.map((p) => p.text)).toContain("Tỉnh uỷ, văn hoá.");
  });

  describe("with quotes and an ending set", () => {
    const profile = {
      ...engine.resources.profiles.get("dang")!,
      consistency: { tone: "ủy" as const, quotes: "“”" as const, ending: "./." as const },
    };
    const input = (noi_dung: string) =>
      ({ loai: "cong-van", trich_yeu: 'V/v "thử"', noi_dung }) as unknown as DocumentInput;

    it('writes "ủy", "hóa", warning at each field it changed', () => {
      const out = unifyDocument(input("Tỉnh uỷ, văn hoá, khoẻ."), profile, at);
      expect((out.input as unknown as { noi_dung: string }).noi_dung).toBe("Tỉnh ủy, văn hóa, khỏe./.");
      expect(out.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
        ["TEXT_UNIFIED", "warning", "trich_yeu"],
        ["TEXT_UNIFIED", "warning", "noi_dung"],
      ]);
      expect(out.diagnostics[1].message).toContain('dấu thanh kiểu "ủy" (3 chỗ)');
    });

    it("curls quotes and closes the body with ./. (the profile's mark, without a warning of its own)", () => {
      const out = unifyDocument(input('Phong trào "Dân vận khéo".'), profile, at);
      expect(out.input).toMatchObject({ trich_yeu: "V/v “thử”", noi_dung: "Phong trào “Dân vận khéo”./." });
      expect(out.diagnostics.map((d) => [d.path, d.message.includes("ngoặc kép cong")])).toEqual([
        ["trich_yeu", true],
        ["noi_dung", true],
      ]);
    });

    it("leaves the straight quotes of a ```bang block, which are YAML", () => {
      const body = 'Bảng:\n\n```bang\ndong:\n  - ["Một \\"a\\"", 1]\n```\n';
      expect(
        (unifyDocument(input(body), profile, at).input as unknown as { noi_dung: string }).noi_dung,
      ).toBe(body);
    });

    it("takes away a typed ./. only with a warning, when the profile ends with a full stop", () => {
      const out = unifyDocument(input("Đoạn cuối./."), { ...profile, consistency: { ending: "." } }, at);
      expect((out.input as unknown as { noi_dung: string }).noi_dung).toBe("Đoạn cuối.");
      expect(out.diagnostics[0].message).toContain('bỏ "/."');
    });
  });
});

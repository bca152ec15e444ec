/**
 * What a profile writes one way throughout (`consistency`): the author's tone marks, quotes and
 * the body's closing mark changed to match, each changed line warned about once (TEXT_UNIFIED, at
 * that line, naming each change); fenced ```bang blocks keep their straight quotes (they are YAML);
 * nothing else of the author's text moves.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { unifyDocument } from "../../src/compose/consistency";
import type { Diagnostic } from "../../src/diagnostic";
import type { Profile } from "../../src/profile/schema";
import { reportInto } from "../../src/report";
import type { DocumentInput } from "../../src/schema/kinds";
import { unifyEnding, unifyQuotes, unifyTone } from "../../src/text/consistency";
import { CONG_VAN, engine, renderText, sampleFiles, sampleName, TODAY } from "../support/samples";

const unifiedWarnings = (d: { code: string }[]) => d.filter((x) => x.code === "TEXT_UNIFIED");
/** `unifyDocument` with what it reported, as diagnostics of x.yaml (a line: 1-based in the field's text). */
const unify = (input: DocumentInput, profile: Profile) => {
  const diagnostics: Diagnostic[] = [];
  return { input: unifyDocument(input, profile, reportInto(diagnostics, "x.yaml", "compose")), diagnostics };
};

describe("a document made consistent by its profile", () => {
  it("writes the bundled Party profile's practice (ủy, curly quotes, ./.), naming each change at its line", async () => {
    const out = await renderText(
      CONG_VAN.replace(
        "noi_dung: |\n  Đoạn thứ nhất.",
        'noi_dung: |\n  Đoạn "thứ nhất".\n\n  Tỉnh uỷ, văn hoá.',
      ),
    );
    expect(out.read!.paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining(["Đoạn “thứ nhất”.", "Tỉnh ủy, văn hóa./."]),
    );
    const warnings = unifiedWarnings(out.diagnostics) as Diagnostic[];
    const body = CONG_VAN.split("\n").indexOf("noi_dung: |") + 1;
    expect(warnings.map((d) => [d.severity, d.path, d.line])).toEqual([
      ["warning", "noi_dung", body + 1],
      ["warning", "noi_dung", body + 3],
    ]);
    expect(warnings[0].message).toContain('""thứ" → "“thứ", "nhất"." → "nhất”."');
    expect(warnings[1].message).toContain('"uỷ," → "ủy,", "hoá." → "hóa." (dấu thanh kiểu "ủy")');
    expect(warnings[1].message).toContain("CHƯA KIỂM CHỨNG");
  });

  it("warns every document whose text it rewrote, each at its own file, however often the same body comes (a batch)", () => {
    const input = { loai: "cong-van", noi_dung: "Tỉnh uỷ.\n\nVăn hoá." } as unknown as DocumentInput;
    const profile = engine.resources.profiles.get("dang")!;
    const first = unify(input, profile);
    const again = unify({ ...input }, profile);
    expect(again).toEqual(first);
    expect(first.input.noi_dung).toBe("Tỉnh ủy.\n\nVăn hóa./.");
    expect(first.diagnostics.map((d) => [d.file, d.path, d.line])).toEqual([
      ["x.yaml", "noi_dung", 1],
      ["x.yaml", "noi_dung", 3],
    ]);
    // The same text in another field: its own ending rule (none), its own path.
    const other = unify({ ...input, trich_yeu: input.noi_dung } as DocumentInput, profile);
    expect((other.input as { trich_yeu: string }).trich_yeu).toBe("Tỉnh ủy.\n\nVăn hóa.");
    expect(other.diagnostics.filter((d) => d.path === "trich_yeu").map((d) => d.line)).toEqual([1, 3]);
  });

  it("leaves a document already written the profile's way without a warning", async () => {
    const out = await renderText(CONG_VAN.replace("Đoạn thứ nhất.", "Tỉnh ủy, “văn hóa”./."));
    expect(unifiedWarnings(out.diagnostics)).toEqual([]);
  });

  it("renders every sample with TEXT_UNIFIED warnings only in the seeds, whose real spelling the YAML keeps", async () => {
    const warned = new Set<string>();
    for (const file of sampleFiles()) {
      const outcome = engine.toTree(readFileSync(file, "utf8"), file, { today: TODAY });
      if (unifiedWarnings(outcome.diagnostics).length) warned.add(sampleName(file));
    }
    expect([...warned]).toEqual([
      "000-chi-thi-dan-van-tu-thai-nguyen",
      "001-cong-van-84-cv-du",
      "002-cong-van-1866-cv-tu",
      "003-bao-cao-143-bc-tu",
    ]);
  });

  describe("with quotes and an ending set", () => {
    const profile = {
      ...engine.resources.profiles.get("dang")!,
      consistency: { tone: "ủy" as const, quotes: "“”" as const, ending: "./." as const },
    };
    const input = (noi_dung: string) =>
      ({ loai: "cong-van", trich_yeu: 'V/v "thử"', noi_dung }) as unknown as DocumentInput;

    it('writes "ủy", "hóa", warning at each line it changed', () => {
      const out = unify(input("Tỉnh uỷ.\n\nVăn hoá, khoẻ."), profile);
      expect((out.input as unknown as { noi_dung: string }).noi_dung).toBe("Tỉnh ủy.\n\nVăn hóa, khỏe./.");
      expect(out.diagnostics.map((d) => [d.code, d.severity, d.path, d.line])).toEqual([
        ["TEXT_UNIFIED", "warning", "trich_yeu", undefined],
        ["TEXT_UNIFIED", "warning", "noi_dung", 1],
        ["TEXT_UNIFIED", "warning", "noi_dung", 3],
      ]);
      expect(out.diagnostics[2].message).toContain(
        '"hoá," → "hóa,", "khoẻ." → "khỏe." (dấu thanh kiểu "ủy")',
      );
    });

    it("changes only what it governs, and warns at every line it changed", () => {
      const line = fc
        .array(fc.constantFrom("Tỉnh ", "uỷ ", "ủy ", "hoá", "“a” ", '"b" ', "x", "\u212B ", ". ", "1"), {
          maxLength: 8,
        })
        .map((p) => p.join(""));
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
          const body = lines.join("\n");
          const out = unify(input(body), profile);
          const written = (out.input as unknown as { noi_dung: string }).noi_dung;
          const same = (s: string) =>
            unifyEnding(unifyQuotes(unifyTone(s, "ủy").text, "“”").text, "./.").text;
          expect(written).toBe(same(body));
          const changed = body
            .split("\n")
            .flatMap((l, k) => (unifyQuotes(unifyTone(l, "ủy").text, "“”").text !== l ? [k] : []));
          expect(out.diagnostics.filter((d) => d.path === "noi_dung").map((d) => d.line)).toEqual(
            changed.map((k) => (lines.length > 1 ? k + 1 : undefined)),
          );
        }),
      );
    });

    it("curls quotes and closes the body with ./. (the profile's mark, without a warning of its own)", () => {
      const out = unify(input('Phong trào "Dân vận khéo".'), profile);
      expect(out.input).toMatchObject({ trich_yeu: "V/v “thử”", noi_dung: "Phong trào “Dân vận khéo”./." });
      expect(unify(input("Đoạn cuối."), profile).diagnostics.filter((d) => d.path === "noi_dung")).toEqual(
        [],
      );
      expect(out.diagnostics.map((d) => [d.path, d.message.includes("ngoặc kép cong")])).toEqual([
        ["trich_yeu", true],
        ["noi_dung", true],
      ]);
    });

    it("leaves the straight quotes of a ```bang block, which are YAML", () => {
      const body = 'Bảng:\n\n```bang\ndong:\n  - ["Một \\"a\\"", 1]\n```\n';
      expect((unify(input(body), profile).input as unknown as { noi_dung: string }).noi_dung).toBe(body);
    });

    it("takes away a typed ./. only with a warning, when the profile ends with a full stop", () => {
      const out = unify(input("Đoạn cuối./."), { ...profile, consistency: { ending: "." } });
      expect((out.input as unknown as { noi_dung: string }).noi_dung).toBe("Đoạn cuối.");
      expect(out.diagnostics[0].message).toContain('bỏ "/."');
    });
  });
});

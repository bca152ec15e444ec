/**
 * The state profile (templates/profiles/nha-nuoc.yaml, NĐ 30/2020): its number, symbol and date
 * rules (formats.md §2.4), its labels and list punctuation (§2.3), the abbreviations of Phụ lục III
 * (§2.5), and that the same YAML gives a state or a Party document by `the_thuc` alone: every
 * sample renders under the other profile too, unless that system has no such kind.
 */
import { withoutDocumentRules } from "../support/document-rules";
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { listCommand } from "../../src/cli/commands/list";
import { formatKyHieu, formatNgay, formatSo } from "../../src/template/format";
import { KINDS } from "../../src/schema/kinds";
import type { Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { CONG_VAN, engine, sampleFiles, sampleName, TODAY } from "../support/samples";

const state = engine.resources.profiles.get("nha-nuoc")!;
const party = engine.resources.profiles.get("dang")!;

/** Kinds one system has and the other has not, with the reason (docs/the-thuc.md, "Thể thức nhà nước"). */
const ONLY_IN: Record<string, { profile: string; why: string }> = {
  "giay-moi": {
    profile: "nha-nuoc",
    why: "NĐ 30 Phụ lục III Mẫu 1.7; HD 36 has no giấy mời among its kinds",
  },
  "thong-tri": { profile: "dang", why: "a Party kind (QĐ 66); NĐ 30 Điều 7 lists no thông tri" },
  "ket-luan": { profile: "dang", why: "a Party kind (QĐ 66); the state writes a thông báo kết luận instead" },
};

/** Phụ lục III, mục I: the abbreviation of each state kind (công văn has none). */
const PHU_LUC_III: Record<string, string> = {
  "nghi-quyet": "NQ",
  "quyet-dinh": "QĐ",
  "chi-thi": "CT",
  "quy-che": "QC",
  "quy-dinh": "QyĐ",
  "thong-cao": "TC",
  "thong-bao": "TB",
  "huong-dan": "HD",
  "chuong-trinh": "CTr",
  "ke-hoach": "KH",
  "phuong-an": "PA",
  "de-an": "ĐA",
  "du-an": "DA",
  "bao-cao": "BC",
  "bien-ban": "BB",
  "to-trinh": "TTr",
  "hop-dong": "HĐ",
  "cong-dien": "CĐ",
  "ban-ghi-nho": "BGN",
  "ban-thoa-thuan": "BTT",
  "giay-uy-quyen": "GUQ",
  "giay-moi": "GM",
  "giay-gioi-thieu": "GGT",
  "giay-nghi-phep": "GNP",
  "phieu-gui": "PG",
  "phieu-chuyen": "PC",
  "phieu-bao": "PB",
  "cong-van": "",
};

/** Every paragraph of a tree, tables included, as [style, text] (breaks as "\n"). */
function paragraphs(tree: Root): [string, string][] {
  const out: [string, string][] = [];
  visit(tree, {
    paragraph: (p) => {
      out.push([
        p.style,
        p.children
          .map((c) =>
            c.type === "text" ? c.value : c.type === "break" ? "\n" : c.type === "tab" ? "\t" : "",
          )
          .join(""),
      ]);
      return SKIP;
    },
  });
  return out;
}
const textOf = (tree: Root, style: string) =>
  paragraphs(tree)
    .filter(([s]) => s === style)
    .map(([, t]) => t);

/** The YAML of `source` with `the_thuc` set to `id` (comments and order kept). */
function withProfile(source: string, id: string): string {
  const doc = parseDocument(source);
  doc.set("the_thuc", id);
  return doc.toString();
}

const STATE_CONG_VAN = withProfile(CONG_VAN, "nha-nuoc")
  .replace("ten: Tỉnh ủy Lạng Sơn", "ten: Ủy ban nhân dân tỉnh Lạng Sơn")
  .replace("viet_tat: TU", "viet_tat: UBND\n  don_vi: VX")
  .replace("trich_yeu: V/v thử nghiệm", "trich_yeu: thử nghiệm")
  .replace("- Lưu Văn phòng Tỉnh ủy", "- Lưu: VT, VX.");

describe("the nha-nuoc profile", () => {
  it("is loaded beside dang, with no diagnostics", () => {
    expect(state).toBeDefined();
    expect(engine.resources.diagnostics).toEqual([]);
    expect(state.name).toMatch(/Nghị định 30\/2020\/NĐ-CP/);
  });

  describe("number line (PL I II.3)", () => {
    it('writes "Số:" with a colon, a slash before the symbol and the type code first', () => {
      expect(formatSo(state, 15, formatKyHieu(state, "bao-cao", "UBND"))).toBe("Số: 15/BC-UBND");
      expect(formatSo(state, 5, formatKyHieu(state, "thong-bao", "SNV"))).toBe("Số: 05/TB-SNV");
    });

    it("gives a công văn no type code: the issuer, then the drafting unit when there is one", () => {
      expect(formatKyHieu(state, "cong-van", "UBND", undefined, "VX")).toBe("UBND-VX");
      expect(formatKyHieu(state, "cong-van", "BNV", undefined, "VP")).toBe("BNV-VP");
      expect(formatKyHieu(state, "cong-van", "UBND")).toBe("UBND");
      expect(formatSo(state, 12, formatKyHieu(state, "cong-van", "UBND", undefined, "VX"))).toBe(
        "Số: 12/UBND-VX",
      );
    });

    it("adds the drafting unit to a typed symbol only when given", () => {
      expect(formatKyHieu(state, "bao-cao", "SNV", undefined, "VTLT")).toBe("BC-SNV-VTLT");
      expect(formatKyHieu(state, "bao-cao", "SNV")).toBe("BC-SNV");
    });

    it("keeps the Party symbol unchanged by the drafting unit", () => {
      expect(formatKyHieu(party, "cong-van", "TU", undefined, "VX")).toBe("CV/TU");
      expect(formatSo(party, 5, formatKyHieu(party, "bao-cao", "TU"))).toBe("Số 05-BC/TU");
    });

    it("leaves a blank for the clerk in a draft", () => {
      expect(formatSo(state, undefined, "QĐ-UBND")).toMatch(/^Số: {4,}\/QĐ-UBND$/);
    });
  });

  it("writes the date with the day below 10 and months 1, 2 zero-padded (PL I II.4)", () => {
    expect(formatNgay(state, "Hà Nội", { kind: "date", date: { year: 2020, month: 1, day: 5 } }, TODAY)).toBe(
      "Hà Nội, ngày 05 tháng 01 năm 2020",
    );
    expect(
      formatNgay(
        state,
        "Thành phố Hồ Chí Minh",
        { kind: "date", date: { year: 2019, month: 6, day: 29 } },
        TODAY,
      ),
    ).toBe("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
  });

  it("uses the abbreviations of Phụ lục III for every kind it has", () => {
    const kinds = Object.entries(state.kinds);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    for (const [loai, k] of kinds) {
      expect([loai, k.code]).toEqual([loai, PHU_LUC_III[loai]]);
      if (loai !== "cong-van") expect(k.title).toBe(k.title!.toLocaleUpperCase("vi"));
    }
    if (state.kinds["quy-dinh"]) expect(state.kinds["quy-dinh"].code).toBe("QyĐ");
  });

  it("has every kind of vanthu unless the state system has no such kind, and nothing else", () => {
    for (const loai of Object.keys(KINDS)) {
      const only = ONLY_IN[loai];
      expect([loai, Boolean(state.kinds[loai])]).toEqual([loai, !only || only.profile === "nha-nuoc"]);
      expect([loai, Boolean(party.kinds[loai])]).toEqual([loai, !only || only.profile === "dang"]);
    }
    for (const loai of Object.keys(state.kinds)) {
      expect([loai, Object.hasOwn(KINDS, loai), engine.resources.kinds.has(loai)]).toEqual([
        loai,
        true,
        true,
      ]);
    }
  });

  it("says in `vanthu list` which profiles have each kind", () => {
    const out: string[] = [];
    expect(listCommand({ json: true }, { out: (t) => out.push(t), err: () => undefined, isTTY: false })).toBe(
      0,
    );
    const kinds = JSON.parse(out.join("")) as { loai: string; the_thuc: string[] }[];
    const of = (loai: string) => kinds.find((k) => k.loai === loai)?.the_thuc;
    expect(of("giay-moi")).toEqual(["nha-nuoc"]);
    expect(of("cong-van")).toEqual(["dang", "nha-nuoc"]);
    expect(of("bao-cao")).toEqual(["dang", "nha-nuoc"]);
  });

  describe("from one YAML, by `the_thuc` alone", () => {
    const stateTree = engine.toTree(STATE_CONG_VAN, "x.yaml", { today: TODAY });
    const partyTree = engine.toTree(withProfile(STATE_CONG_VAN, "dang"), "x.yaml", { today: TODAY });

    it("renders both without errors", () => {
      expect(withoutDocumentRules(stateTree.diagnostics)).toEqual([]);
      expect(partyTree.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    });

    it("prints the state header: quốc hiệu, tiêu ngữ, no asterisk, Số: with a colon", () => {
      const tree = stateTree.tree!;
      expect(textOf(tree, "quoc-hieu")).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
      expect(textOf(tree, "tieu-ngu")).toEqual(["Độc lập - Tự do - Hạnh phúc"]);
      expect(textOf(tree, "sao")).toEqual([]);
      expect(textOf(tree, "so")).toEqual(["Số: 05/UBND-VX"]);
      expect(textOf(tree, "ngay")).toEqual(["Lạng Sơn, ngày 03 tháng 02 năm 2020"]);
      expect(textOf(tree, "co-quan")).toEqual(["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"]);
    });

    it('adds "V/v " before a công văn\'s trích yếu, once', () => {
      expect(textOf(stateTree.tree!, "trich-yeu-cong-van")).toEqual(["V/v thử nghiệm"]);
      const typed = engine.toTree(
        STATE_CONG_VAN.replace("trich_yeu: thử nghiệm", "trich_yeu: V/v thử nghiệm"),
        "x.yaml",
      ).tree!;
      expect(textOf(typed, "trich-yeu-cong-van")).toEqual(["V/v thử nghiệm"]);
      for (const v of ["v/v", "V/V"]) {
        const other = engine.toTree(
          STATE_CONG_VAN.replace("trich_yeu: thử nghiệm", `trich_yeu: ${v} thử nghiệm`),
          "x.yaml",
        ).tree!;
        expect(textOf(other, "trich-yeu-cong-van")).toEqual(["V/v thử nghiệm"]);
      }
      expect(textOf(partyTree.tree!, "trich-yeu-cong-van")).toEqual(["thử nghiệm"]);
    });

    it('puts "Kính gửi:" alone on its line and each recipient on its own line, ";" between and "." last', () => {
      const two = STATE_CONG_VAN.replace("  - Ban Dân vận Tỉnh ủy\n", "  - Sở Nội vụ\n  - Sở Tài chính\n");
      const tree = engine.toTree(two, "x.yaml").tree!;
      expect(textOf(tree, "kinh-gui")).toEqual(["Kính gửi:"]);
      expect(textOf(tree, "kinh-gui-muc")).toEqual(["- Sở Nội vụ;", "- Sở Tài chính."]);
      // One recipient: on the label's line.
      expect(textOf(stateTree.tree!, "kinh-gui")).toEqual(["Kính gửi: Ban Dân vận Tỉnh ủy."]);
    });

    it('ends Nơi nhận with "- Lưu: VT, …" and ";" after the other lines', () => {
      expect(textOf(stateTree.tree!, "noi-nhan-nhan")).toEqual(["Nơi nhận:"]);
      expect(textOf(stateTree.tree!, "noi-nhan")).toEqual(["- Như trên;", "- Lưu: VT, VX."]);
    });

    it('takes "- Lưu: VT, VX." unquoted in YAML as the text typed', () => {
      const source = STATE_CONG_VAN.replace("- Lưu: VT, VX.", "- Lưu: VT, VX");
      expect(source).toMatch(/^ {2}- Lưu: VT, VX$/m);
      const outcome = engine.toTree(source, "x.yaml");
      expect(withoutDocumentRules(outcome.diagnostics)).toEqual([]);
      expect(textOf(outcome.tree!, "noi-nhan").at(-1)).toBe("- Lưu: VT, VX.");
    });

    it('warns, with the state example, when the last Nơi nhận line is not "Lưu: …"', () => {
      const outcome = engine.toTree(
        STATE_CONG_VAN.replace("- Lưu: VT, VX.", "- Văn phòng UBND tỉnh"),
        "x.yaml",
      );
      const warning = outcome.diagnostics.find((d) => d.code === "NOI_NHAN_LUU")!;
      expect(warning).toMatchObject({ severity: "warning", path: "noi_nhan.1" });
      expect(warning.message).toMatch(/"Lưu: \.\.\."/);
      expect(warning.message).toMatch(/Lưu: VT, VX\./);
      expect(warning.message).not.toMatch(/Tỉnh ủy/);
    });

    it("differs from the Party document only where the profiles differ", () => {
      const party = partyTree.tree!;
      expect(textOf(party, "so")).toEqual(["Số 05-CV/UBND"]);
      expect(textOf(party, "tieu-de")).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM"]);
      expect(textOf(party, "sao")).toEqual(["*"]);
      expect(textOf(party, "kinh-gui")).toEqual(["Kính gửi: Ban Dân vận Tỉnh ủy."]);
      expect(textOf(party, "noi-dung")).toEqual(textOf(stateTree.tree!, "noi-dung"));
      expect(textOf(party, "ho-ten")).toEqual(textOf(stateTree.tree!, "ho-ten"));
    });
  });

  it('refers a phụ lục to its document as Mẫu 2.1 does: "(Kèm theo Báo cáo số 05/BC-UBND ngày …)"', () => {
    const file = sampleFiles().find((f) => /^phu_luc:/m.test(readFileSync(f, "utf8")))!;
    expect(file).toBeDefined();
    const outcome = engine.toTree(withProfile(readFileSync(file, "utf8"), "nha-nuoc"), file, {
      today: TODAY,
    });
    const name = state.kinds[outcome.input!.loai].name;
    const [line] = textOf(outcome.tree!, "phu-luc-kem-theo");
    expect(line).toMatch(
      new RegExp(
        `^\\(Kèm theo ${name} số \\d{2,}/[^ /]+ ngày \\d{2} tháng (0[12]|[3-9]|1[0-2]) năm \\d{4} của [^()]+\\)$`,
      ),
    );
    expect(textOf(outcome.tree!, "phu-luc-so")[0]).toMatch(/^Phụ lục( [IVX]+)?$/);
  });

  it("reports a giấy mời under the Party profile as KIND_NOT_IN_PROFILE", () => {
    const file = sampleFiles().find((f) => sampleName(f).startsWith("nha-nuoc/giay-moi"))!;
    const outcome = engine.toTree(withProfile(readFileSync(file, "utf8"), "dang"), file);
    expect(outcome.tree).toBeUndefined();
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ code: "KIND_NOT_IN_PROFILE", path: "loai", severity: "error" }),
    ]);
  });
});

describe("every sample under the other profile", () => {
  // Fields inherited through `ke_thua` count: the kind and profile are the resolved document's.
  const cases = sampleFiles().map((file) => {
    const source = readFileSync(file, "utf8");
    const input = engine.toTree(source, file, { today: TODAY }).input!;
    const other = input.the_thuc === "dang" ? "nha-nuoc" : "dang";
    return [sampleName(file), file, source, input.loai, other] as const;
  });

  it("includes the state samples", () => {
    expect(cases.filter(([name]) => name.startsWith("nha-nuoc/")).length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)(
    "%s renders under the other profile when it has the kind",
    async (_name, file, source, loai, other) => {
      const outcome = await engine.render(withProfile(source, other), file, { today: TODAY });
      const errors = outcome.diagnostics.filter((d) => d.severity === "error");
      if (!engine.resources.profiles.get(other)!.kinds[loai]) {
        expect([loai, ONLY_IN[loai]?.profile]).toEqual([loai, other === "dang" ? "nha-nuoc" : "dang"]);
        expect(errors.map((d) => d.code)).toEqual(["KIND_NOT_IN_PROFILE"]);
        return;
      }
      expect(errors).toEqual([]);
      expect(outcome.docx).toBeDefined();
      expect(outcome.tree!.profile).toBe(other);
    },
  );
});

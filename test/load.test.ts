/**
 * Stage 1 (load): YAML text → data, with every syntax error collected as a Vietnamese
 * diagnostic at its line and column, field paths mapped back to the text, NFC normalisation,
 * removal of the characters XML forbids, and no hang or crash on hostile input.
 */
import { load } from "../src/load";
import { CONG_VAN, engine } from "./support/samples";

const isNfc = (s: string) => s === s.normalize("NFC");
/** Letters only ASCII would give: a message in Vietnamese has at least one of these. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe("load", () => {
  describe("on YAML syntax errors", () => {
    const cases: [string, string, number, RegExp][] = [
      ["a key written twice", "loai: cong-van\nso: 1\nloai: bao-cao\n", 3, /hai lần/],
      ["a tab used for indentation", "co_quan:\n\tten: Tỉnh ủy\n", 2, /Tab/],
      ["an unclosed quote", 'loai: cong-van\ntrich_yeu: "về việc\nso: 1\n', 2, /dấu nháy/],
    ];

    it.each(cases)(
      "reports %s as YAML_SYNTAX at its line, in Vietnamese, without throwing",
      (_what, source, line, words) => {
        const loaded = load(source, "x.yaml");
        expect(loaded.data).toBeUndefined();
        expect(loaded.diagnostics.length).toBeGreaterThan(0);
        const d = loaded.diagnostics[0];
        expect(d).toMatchObject({ code: "YAML_SYNTAX", severity: "error", file: "x.yaml", stage: "load" });
        expect(d.line).toBeGreaterThanOrEqual(line);
        expect(d.line).toBeLessThanOrEqual(source.split("\n").length);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(words);
        expect(d.message).toMatch(VIETNAMESE);
        expect(isNfc(d.message)).toBe(true);
      },
    );

    it("points a duplicate key at the second occurrence, column 1", () => {
      const d = load("loai: cong-van\nso: 1\nloai: bao-cao\n", "x.yaml").diagnostics[0];
      expect([d.line, d.column]).toEqual([3, 1]);
    });

    it("points a tab at the line that has it", () => {
      const d = load("co_quan:\n  ten: A\n\tviet_tat: TU\n", "x.yaml").diagnostics[0];
      expect(d.line).toBe(3);
    });

    it("collects the errors through the engine too, as diagnostics and no tree", () => {
      const outcome = engine.toTree("loai: cong-van\nloai: cong-van\n", "x.yaml");
      expect(outcome.tree).toBeUndefined();
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(["YAML_SYNTAX"]);
    });
  });

  describe("locate", () => {
    const loaded = load(CONG_VAN, "x.yaml");
    const lines = CONG_VAN.split("\n");
    /** 1-based line and column of the first `text` at or after line `from`. */
    const find = (text: string, from = 1) => {
      const i = lines.findIndex((l, n) => n >= from - 1 && l.includes(text));
      return { line: i + 1, column: lines[i].indexOf(text) + 1 };
    };

    it("finds a top-level value", () => {
      expect(loaded.locate(["dia_danh"])).toEqual(find("Lạng Sơn", find("dia_danh:").line));
    });

    it("finds a nested field's value, and its key when asked", () => {
      expect(loaded.locate(["nguoi_ky", "ho_ten"])).toEqual(find("Nguyễn Văn A"));
      expect(loaded.locate(["nguoi_ky", "ho_ten"], "key")).toEqual(find("ho_ten:"));
    });

    it("finds a list item by its index", () => {
      expect(loaded.locate(["noi_nhan", 1])).toEqual(find("Lưu Văn phòng Tỉnh ủy"));
      expect(loaded.locate(["noi_nhan", 0])).toEqual(find("Như trên"));
    });

    it("falls back to the deepest field that exists", () => {
      expect(loaded.locate(["nguoi_ky", "khong_co"])).toEqual(find("quyen_han:"));
      expect(loaded.locate(["noi_nhan", 9])).toEqual(find("- Như trên"));
    });
  });

  describe("text hygiene", () => {
    it("normalises decomposed (NFD) input to NFC", () => {
      const nfd = "Tỉnh ủy Lạng Sơn".normalize("NFD");
      expect(nfd).not.toBe("Tỉnh ủy Lạng Sơn".normalize("NFC"));
      const loaded = load(`ten: ${nfd}\nds:\n  - ${nfd}\n`, "x.yaml");
      const data = loaded.data as { ten: string; ds: string[] };
      expect(data.ten).toBe("Tỉnh ủy Lạng Sơn".normalize("NFC"));
      expect(data.ds[0]).toBe("Tỉnh ủy Lạng Sơn".normalize("NFC"));
      expect(loaded.diagnostics).toEqual([]);
    });

    it("normalises keys too, so a decomposed key still names its field", () => {
      const data = load(`${"đ".normalize("NFD")}a: 1\n`, "x.yaml").data as Record<string, unknown>;
      expect(Object.keys(data)).toEqual(["đa"]);
    });

    it("removes characters XML forbids, with a CONTROL_CHARACTER warning naming each field", () => {
      const loaded = load(
        'trich_yeu: "về\\u0001 việc\\u000B này"\nnguoi_ky:\n  ho_ten: "Nguyễn\\uD800 Văn A"\nnoi_nhan:\n  - "Lưu\\u001F"\n',
        "x.yaml",
      );
      const data = loaded.data as { trich_yeu: string; nguoi_ky: { ho_ten: string }; noi_nhan: string[] };
      expect(data.trich_yeu).toBe("về việc này");
      expect(data.nguoi_ky.ho_ten).toBe("Nguyễn Văn A");
      expect(data.noi_nhan).toEqual(["Lưu"]);
      expect(loaded.diagnostics.map((d) => [d.code, d.severity, d.path, d.line])).toEqual([
        ["CONTROL_CHARACTER", "warning", "trich_yeu", 1],
        ["CONTROL_CHARACTER", "warning", "nguoi_ky.ho_ten", 3],
        ["CONTROL_CHARACTER", "warning", "noi_nhan.0", 5],
      ]);
      expect(loaded.diagnostics[0].message).toMatch(/^đã xóa 2 ký tự/);
    });

    it("keeps tabs, newlines and a valid surrogate pair (an emoji)", () => {
      const loaded = load('a: "x\\ty\\nz \\U0001F600"\n', "x.yaml");
      expect((loaded.data as { a: string }).a).toBe("x\ty\nz \u{1F600}");
      expect(loaded.diagnostics).toEqual([]);
    });

    it("renders a document whose fields had control characters, with the warning", async () => {
      const source = CONG_VAN.replace("ho_ten: Nguyễn Văn A", 'ho_ten: "Nguyễn\\u0007 Văn A"');
      const outcome = await engine.render(source, "x.yaml");
      expect(outcome.docx).toBeDefined();
      expect(outcome.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["CONTROL_CHARACTER", "nguoi_ky.ho_ten"],
      ]);
    });
  });

  describe("numbers", () => {
    const typed = "a: 0x1F\nb: 017\nc: 1.50\nd: .inf\ne: 1e400\nf: +5\ng: 5\nh: -3\ni: 1.5\n";

    it("keeps a document's numbers that YAML would rewrite as the text typed, and the others as numbers", () => {
      expect(load(typed, "x.yaml", { scalarsAsWritten: true }).data).toEqual({
        a: "0x1F",
        b: "017",
        c: "1.50",
        d: ".inf",
        e: "1e400",
        f: "+5",
        g: 5,
        h: -3,
        i: 1.5,
      });
    });

    it("keeps YAML's other spellings of true, false and null (TRUE, False, NULL) as typed, in values and keys", () => {
      const data = load("a: FALSE\nb: True\nc: NULL\nd: true\ne: ~\nf:\nTRUE: VP\n", "x.yaml", {
        scalarsAsWritten: true,
      }).data;
      expect(data).toEqual({ a: "FALSE", b: "True", c: "NULL", d: true, e: null, f: null, TRUE: "VP" });
    });

    it("reads a profile's numbers as numbers", () => {
      expect(load("a: 0x1F\nc: 13.0\n", "p.yaml").data).toEqual({ a: 31, c: 13 });
    });

    it("prints a nơi nhận line as typed, not as the number YAML makes of it", () => {
      const outcome = engine.toTree(CONG_VAN.replace(/  - Lưu[^\n]*/, "  - Lưu: 0x1F"), "x.yaml");
      expect(JSON.stringify(outcome.tree)).toContain("Lưu: 0x1F");
    });
  });

  describe("hostile input", () => {
    /** The "billion laughs": 9 levels of 9 aliases each, 9^9 strings if expanded. */
    const bomb = () => {
      let source = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      let prev = "a";
      for (const k of "bcdefghi") {
        source += `${k}: &${k} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
        prev = k;
      }
      return source;
    };

    it("answers an alias bomb with a diagnostic at its first alias, without expanding it", () => {
      const loaded = load(bomb(), "bomb.yaml");
      expect(loaded.data).toBeUndefined();
      expect(loaded.diagnostics).toEqual([
        expect.objectContaining({ code: "YAML_SYNTAX", severity: "error", line: 2, column: 8 }),
      ]);
      expect(loaded.diagnostics[0].message).toMatch(/quá nhiều bí danh/);
    });

    it("answers an alias to an anchor that is not set with a diagnostic at the alias", () => {
      const loaded = load("x: &x Tỉnh ủy\ny: *x\nz: *y\n", "x.yaml");
      expect(loaded.data).toBeUndefined();
      expect(loaded.diagnostics).toEqual([
        expect.objectContaining({ code: "YAML_SYNTAX", severity: "error", line: 3, column: 4 }),
      ]);
      expect(loaded.diagnostics[0].message).toMatch(/bí danh \(alias\) YAML không tồn tại/);
    });

    it("answers an alias bomb through the engine without a crash", () => {
      const outcome = engine.toTree(bomb(), "bomb.yaml");
      expect(outcome.tree).toBeUndefined();
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(["YAML_SYNTAX"]);
    });

    it("still accepts a few ordinary aliases", () => {
      const loaded = load("x: &x Tỉnh ủy\ny: *x\n", "x.yaml");
      expect(loaded.data).toEqual({ x: "Tỉnh ủy", y: "Tỉnh ủy" });
    });

    it.each([
      ["an empty file", ""],
      ["a bare scalar", "chỉ một dòng chữ"],
      ["a list at the top", "- a\n- b\n"],
      ["binary garbage", "\u0000\u0001\uFFFF{[:"],
    ])("answers %s with diagnostics, never an exception", (_what, source) => {
      const outcome = engine.toTree(source, "x.yaml");
      expect(outcome.tree).toBeUndefined();
      expect(outcome.diagnostics.some((d) => d.severity === "error")).toBe(true);
      expect(outcome.diagnostics.every((d) => d.code !== "INTERNAL_ERROR")).toBe(true);
    });
  });
});

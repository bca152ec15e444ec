/**
 * The attachment fields every kind has: `phu_luc` (appendices) and `kem_theo` (whole enclosed
 * documents, each validated by its own kind's schema, nested at most three deep). Problems
 * inside them carry their full path and the line and column of the field in the YAML file.
 */
import { CONG_VAN, engine, TODAY } from "../support/samples";

const check = (source: string) => engine.toTree(source, "x.yaml", { today: TODAY });
const errors = (source: string) => check(source).diagnostics.filter((d) => d.severity === "error");
const lineOf = (source: string, text: string, from = 0) =>
  source.split("\n").findIndex((l, i) => i >= from && l.includes(text)) + 1;
const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split("\n")
    .map((l) => by + l)
    .join("\n");

/** The minimal báo cáo as a kem_theo item (indented under "kem_theo:"), with `extra` lines added. */
const enclosure = (extra = "", loai = "bao-cao") => {
  const doc =
    CONG_VAN.replace("loai: cong-van", `loai: ${loai}`).replace(/kinh_gui:\n  - [^\n]+\n/, "") + extra;
  return indent(doc, "    ").replace(/^    /, "  - ");
};
const withEnclosures = (...items: string[]) => `${CONG_VAN}kem_theo:\n${items.join("\n")}\n`;

describe("phu_luc", () => {
  const withAppendices = (items: string) => `${CONG_VAN}phu_luc:\n${items}`;

  it("accepts one appendix without a number", () => {
    expect(errors(withAppendices("  - tieu_de: Danh sách\n    noi_dung: Nội dung.\n"))).toEqual([]);
  });

  it("needs a number on each appendix when there are several, at that appendix", () => {
    const source = withAppendices(
      "  - so: I\n    tieu_de: Một\n    noi_dung: A.\n  - tieu_de: Hai\n    noi_dung: B.\n",
    );
    const [d] = errors(source);
    expect(d).toMatchObject({
      code: "MISSING_FIELD",
      path: "phu_luc.1.so",
      line: lineOf(source, "- tieu_de: Hai"),
    });
    expect(d.message).toMatch(/thêm dòng "so: II"/);
  });

  it("reports a misspelt field of an appendix with the nearest one", () => {
    const source = withAppendices("  - tieu_de: Một\n    noi_dungg: A.\n");
    const unknown = errors(source).find((d) => d.code === "UNKNOWN_FIELD")!;
    expect(unknown).toMatchObject({ path: "phu_luc.0.noi_dungg", line: lineOf(source, "noi_dungg") });
    expect(unknown.message).toMatch(/có phải "noi_dung"/);
  });
});

describe("kem_theo", () => {
  it("accepts a complete document of another kind", () => {
    expect(errors(withEnclosures(enclosure()))).toEqual([]);
  });

  it("validates an enclosure with its own kind's schema, at kem_theo.0.… and the field's own line and column", () => {
    const source = withEnclosures(enclosure().replace("ho_ten: Nguyễn Văn A", "ho_ten: 5"));
    const [d] = errors(source);
    const line = lineOf(source, "ho_ten: 5");
    expect(d).toMatchObject({
      code: "INVALID_TYPE",
      path: "kem_theo.0.nguoi_ky.ho_ten",
      line,
      column: source.split("\n")[line - 1].indexOf("5") + 1,
    });
  });

  it("reports a missing field of the second enclosure at that enclosure's path", () => {
    const second = enclosure().replace(/\n {4}trich_yeu: [^\n]+/, "");
    const [d] = errors(withEnclosures(enclosure(), second));
    expect(d).toMatchObject({ code: "MISSING_FIELD", path: "kem_theo.1.trich_yeu" });
  });

  it("reports a field the enclosure's kind does not have, with a hint", () => {
    const source = withEnclosures(enclosure("kinh_guii:\n  - Ai đó\n"));
    const d = errors(source).find((x) => x.code === "UNKNOWN_FIELD")!;
    expect(d).toMatchObject({ path: "kem_theo.0.kinh_guii", line: lineOf(source, "kinh_guii") });
  });

  it("reports an unknown kind with the nearest one", () => {
    const source = withEnclosures(enclosure("", "bao-caoo"));
    const [d] = errors(source);
    expect(d).toMatchObject({
      code: "UNKNOWN_KIND",
      path: "kem_theo.0.loai",
      line: lineOf(source, "loai: bao-caoo"),
    });
    expect(d.message).toMatch(/có phải "bao-cao"/);
  });

  it("checks the enclosure's kind-specific fields (a công văn needs kinh_gui)", () => {
    const [d] = errors(withEnclosures(enclosure("", "cong-van")));
    expect(d).toMatchObject({ code: "MISSING_FIELD", path: "kem_theo.0.kinh_gui" });
  });

  it("allows enclosures three deep and refuses a fourth level", () => {
    const nest = (depth: number): string => {
      const inner = depth > 1 ? `kem_theo:\n${nest(depth - 1)}\n` : "";
      return enclosure(inner);
    };
    expect(errors(withEnclosures(nest(3)))).toEqual([]);
    const [d] = errors(withEnclosures(nest(4)));
    expect(d.path).toBe("kem_theo.0.kem_theo.0.kem_theo.0.kem_theo");
    expect(d.message).toMatch(/tối đa 3 cấp/);
  });

  it("must use the main document's profile", () => {
    const source = withEnclosures(enclosure("the_thuc: nha-nuoc\n"));
    const d = errors(source).find((x) => x.path === "kem_theo.0.the_thuc")!;
    expect(d).toMatchObject({ code: "INVALID_VALUE", line: lineOf(source, "the_thuc: nha-nuoc") });
  });
});

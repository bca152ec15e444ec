/**
 * The Handlebars environment: a broken template names its own file and line (a partial's own
 * file, not the kind that called it), and what the author typed is data, never markup: it
 * reaches the tree letter for letter, whatever Handlebars, XML or HTML syntax it contains.
 */
import { upperVi } from "../../src/text/upper";
import { withoutDocumentRules } from "../support/document-rules";
import { createEngine } from "../../src/engine";
import type { Diagnostic } from "../../src/diagnostic";
import { reportInto } from "../../src/report";
import { createTemplateEnv, type TemplateSource } from "../../src/template/env";
import type { Inline, Root } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const input = engine.toTree(CONG_VAN, "x.yaml").input!;

const KIND: TemplateSource = {
  name: "cong-van",
  file: "/mau/kinds/cong-van.hbs",
  source: "<document>\n<section>\n{{> phan-dau}}\n</section>\n</document>\n",
};
/** Render the công văn input with `partial` as the only partial ("phan-dau"); the failure reported, if any. */
function failureOf(partial: string): Diagnostic | undefined {
  const env = createTemplateEnv(dang, new Map([["cong-van", KIND]]), [
    { name: "phan-dau", file: "/mau/partials/phan-dau.hbs", source: partial },
  ]);
  const reported: Diagnostic[] = [];
  const markup = env.render(input, TODAY, reportInto(reported, "x.yaml", "template"));
  expect(reported).toHaveLength(markup === undefined ? 1 : 0);
  return reported[0];
}

describe("the template environment", () => {
  it("renders a partial that has no error", () => {
    expect(failureOf('<p style="so">{{so_ky_hieu}}</p>\n')).toBeUndefined();
  });

  it("names the partial's file and the line of a field that does not exist", () => {
    const failure = failureOf('<p style="so">{{so_ky_hieu}}</p>\n\n<p style="so">{{co_quan.khong_co}}</p>\n');
    expect(failure).toMatchObject({
      code: "TEMPLATE_ERROR",
      file: "/mau/partials/phan-dau.hbs",
      line: 3,
      column: 17,
      stage: "template",
    });
    expect(failure!.message).toMatch(/khong_co/);
  });

  it("names the partial's file and line of a block left open", () => {
    const failure = failureOf('<p style="so">ok</p>\n<p style="so">{{#if so}}</p>');
    expect(failure).toMatchObject({ file: "/mau/partials/phan-dau.hbs", line: 2 });
    expect(failure!.message).toMatch(/Parse error/);
  });

  it("names the kind's own file when the error is there", () => {
    const env = createTemplateEnv(
      dang,
      new Map([["cong-van", { ...KIND, source: "<document>\n{{#each}}\n</document>\n" }]]),
      [],
    );
    const reported: Diagnostic[] = [];
    expect(env.render(input, TODAY, reportInto(reported, "x.yaml", "template"))).toBeUndefined();
    expect(reported).toEqual([
      expect.objectContaining({ code: "TEMPLATE_ERROR", file: "/mau/kinds/cong-van.hbs" }),
    ]);
  });

  it("turns a failure in a bundled partial into a TEMPLATE_ERROR diagnostic at that partial", () => {
    const resources = engine.resources;
    const partials = resources.partials.map((p) =>
      p.name === "cuoi"
        ? {
            ...p,
            file: "/mau/partials/cuoi.hbs",
            source:
              '<table layout="cuoi">\n<row>\n<cell><p style="ho-ten">{{nguoi_ky.bi_danh}}</p></cell>\n</row>\n</table>\n',
          }
        : p,
    );
    const broken = createEngine({ ...resources, partials });
    const outcome = broken.toTree(CONG_VAN, "x.yaml");
    expect(outcome.tree).toBeUndefined();
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        code: "TEMPLATE_ERROR",
        file: "/mau/partials/cuoi.hbs",
        line: 3,
        column: 27,
        stage: "template",
      }),
    ]);
    expect(outcome.diagnostics[0].message).toMatch(/^lỗi mẫu: .*bi_danh/);
  });
});

describe("what a template sees of the date and the number", () => {
  /** The markup of the công văn input (`so: 5`, `ngay: 2020-02-03`, changed by `edit`) through `partial`. */
  const markup = (partial: string, edit = (yaml: string) => yaml) => {
    const env = createTemplateEnv(dang, new Map([["cong-van", KIND]]), [
      { name: "phan-dau", file: "/mau/partials/phan-dau.hbs", source: partial },
    ]);
    const reported: Diagnostic[] = [];
    const out = env.render(
      engine.toTree(edit(CONG_VAN), "x.yaml").input!,
      TODAY,
      reportInto(reported, "x.yaml", "template"),
    );
    expect(reported).toEqual([]);
    return out;
  };

  it("shows `ngay` and `so` as the YAML writes them, and prints their lines from the typed values", () => {
    const partial =
      '<p style="so">{{so}}|{{ngay}}|{{#if so}}có số{{/if}}|{{so_ky_hieu}}|{{ngay_thang}}</p>\n';
    expect(markup(partial)).toContain("5|2020-02-03|có số|Số 05-CV/TU|Lạng Sơn, ngày 03 tháng 02 năm 2020");
    const draft = (yaml: string) =>
      yaml.replace("so: 5\n", "").replace("ngay: 2020-02-03", "ngay: 03/02/2021");
    expect(markup(partial, draft)).toContain(
      "|2021-02-03||Số     -CV/TU|Lạng Sơn, ngày 03 tháng 02 năm 2021",
    );
  });
});

describe("what the author typed", () => {
  const TRICKY = [
    "{{noi_dung}}",
    '<p style="x">chèn</p>',
    "A & B",
    "]]>",
    "<![CDATA[x]]>",
    "&amp; &lt; &#65;",
    "{{> cuoi}}",
    "'nháy đơn' `nháy ngược` a=b",
    "<!-- ghi chú -->",
  ];
  const plain = (inlines: Inline[]) =>
    inlines.map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : "")).join("");
  const textsOf = (tree: Root) => {
    const out: { style: string; text: string }[] = [];
    visit(tree, {
      paragraph: (p) => {
        out.push({ style: p.style, text: plain(p.children) });
        return SKIP;
      },
    });
    return out;
  };

  it.each(TRICKY)("reaches the tree literally in every field: %s", (value) => {
    const q = JSON.stringify(value);
    const source = CONG_VAN.replace("trich_yeu: V/v thử nghiệm", `trich_yeu: ${q}`)
      .replace("  - Ban Dân vận Tỉnh ủy", `  - ${q}`)
      .replace("noi_dung: |\n  Đoạn thứ nhất.", `noi_dung: ${q}`)
      .replace("ho_ten: Nguyễn Văn A", `ho_ten: ${q}`)
      .replace("chuc_vu: BÍ THƯ", `chuc_vu: ${q}`);
    const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
    expect(withoutDocumentRules(outcome.diagnostics)).toEqual([]);
    const texts = textsOf(outcome.tree!);
    const of = (style: string) => texts.filter((t) => t.style === style).map((t) => t.text);
    expect(of("trich-yeu-cong-van")).toEqual([value]);
    expect(of("kinh-gui")).toEqual([`Kính gửi: ${value}${/[.,;:!?]$/.test(value) ? "" : "."}`]);
    expect(of("noi-dung")).toEqual([value]);
    expect(of("ho-ten")).toEqual([value]);
    // chức vụ is a capitals style (HD 36, NĐ 30): the typed characters, every one, in capitals
    expect(of("chuc-vu")).toEqual([upperVi(value)]);
  });

  it("prints quyền hạn and chức vụ typed in ordinary case in capitals, as HD 36 and NĐ 30 ask, without a warning", () => {
    const source = CONG_VAN.replace("quyen_han: T/M BAN THƯỜNG VỤ", "quyen_han: t/m Ban Thường vụ").replace(
      "chuc_vu: BÍ THƯ",
      "chuc_vu: Bí thư",
    );
    const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
    expect(outcome.diagnostics).toEqual([]);
    const texts = textsOf(outcome.tree!);
    expect(texts.filter((t) => t.style === "quyen-han").map((t) => t.text)).toEqual(["T/M BAN THƯỜNG VỤ"]);
    expect(texts.filter((t) => t.style === "chuc-vu").map((t) => t.text)).toEqual(["BÍ THƯ"]);
  });

  it("keeps an issuer name with markup characters literal, in capitals", () => {
    const source = CONG_VAN.replace("ten: Tỉnh ủy Lạng Sơn", 'ten: "Đảng ủy <b>Khối</b> & {{co}}"');
    const texts = textsOf(engine.toTree(source, "x.yaml").tree!);
    expect(texts.find((t) => t.style === "co-quan")!.text).toBe("ĐẢNG ỦY <B>KHỐI</B> & {{CO}}");
  });
});

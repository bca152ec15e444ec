/**
 * The markup a template renders → the tree, reporting through the caller's report: a fault of the
 * markup as MARKUP_INVALID with no path (the template's, placed by compose at the template file),
 * a problem in a body at its field's path and its line in the field's text.
 */
import { createEngine } from "../../src/engine";
import { toTree } from "../../src/tree/to-tree";
import { reported } from "../support/reported";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;

describe("the markup → tree stage", () => {
  it("reports a tag the markup does not know as MARKUP_INVALID, with no path, and gives no tree", () => {
    const { result, problems } = reported((report) =>
      toTree('<document><section><p style="khong-co">x</p></section></document>', dang, "cong-van", report),
    );
    expect(result).toBeUndefined();
    expect(problems).toEqual([
      {
        severity: "error",
        code: "MARKUP_INVALID",
        message: 'kiểu đoạn style="khong-co" không có trong profile.styles của thể thức "dang"',
      },
    ]);
  });

  it("reports a body's problem at its field and its 1-based line in the field's text, and keeps the tree", () => {
    const markup =
      '<document><section><markdown field="y_kien">Một.\n\n[ngắt trang]</markdown></section></document>';
    const { result, problems } = reported((report) => toTree(markup, dang, "cong-van", report));
    expect(result?.sections[0].children).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "MARKDOWN_UNSUPPORTED",
        path: ["y_kien"],
        line: 3,
      }),
    ]);
  });

  it("lands, through the engine, at the template file for a markup fault", () => {
    const partials = engine.resources.partials.map((p) =>
      p.name === "dau"
        ? { ...p, file: "/mau/partials/dau.hbs", source: `${p.source}<p style="khong-co">x</p>\n` }
        : p,
    );
    const outcome = createEngine({ ...engine.resources, partials }).toTree(CONG_VAN, "x.yaml", {
      today: TODAY,
    });
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        code: "MARKUP_INVALID",
        file: engine.resources.kinds.get("cong-van")!.file,
        stage: "tree",
      }),
    ]);
    expect(outcome.diagnostics[0]).not.toHaveProperty("line");
  });
});

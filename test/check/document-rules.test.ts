/**
 * The document rules report through the caller's report at each fact's place: a YAML path at
 * render time, a paragraph of a .docx in `vanthu check`; a fault of form is an error, any other
 * finding a warning.
 */
import { documentRules, type DocumentFacts } from "../../src/check/document-rules";
import { reported } from "../support/reported";
import { engine, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const facts = (more: Partial<DocumentFacts>): DocumentFacts => ({
  profile: dang,
  signers: [],
  today: TODAY,
  ...more,
});

describe("the document rules", () => {
  it("report a date after today at the fact's place, as a warning", () => {
    const { problems } = reported((report) =>
      documentRules(
        facts({ date: { value: { year: 2099, month: 1, day: 5 }, at: { path: ["ngay"] } } }),
        report,
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: "DATE_FUTURE", severity: "warning", path: ["ngay"] }),
    ]);
  });

  it("report a paragraph's place as given (its number, first words and field)", () => {
    const at = { paragraph: 7, excerpt: "Số: 12/XYZ", path: ["ky_hieu"] };
    const { problems } = reported((report) =>
      documentRules(facts({ kind: "cong-van", kyHieu: { value: "12", at } }), report),
    );
    expect(problems).toEqual([expect.objectContaining({ code: "KY_HIEU_MISMATCH", ...at })]);
  });
});

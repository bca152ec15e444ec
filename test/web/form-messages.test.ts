/**
 * Messages as the form shows them: a YAML-worded "thiếu trường bắt buộc …" becomes "chưa điền …"
 * without the field's help (shown above the field already); a template's fault names its file and
 * line, and says it is not the typed document's.
 */
import { diagnostic } from "../../src/diagnostic";
import { forForm, isTemplateFault } from "../../src/web/form-messages";

describe("messages worded for the form", () => {
  it("says which field is not filled in, without repeating its help", () => {
    const [d] = forForm([
      diagnostic(
        "MISSING_FIELD",
        "thiếu trường bắt buộc trich_yeu (trích yếu); nội dung tóm tắt của văn bản; xuống dòng trong giá trị là xuống dòng trong văn bản",
        {
          file: "bieu-mau.yaml",
          path: "trich_yeu",
          stage: "validate",
        },
      ),
    ]);
    expect(d.message).toBe("chưa điền trích yếu");
  });

  it("names a template's fault with its file and line, as the template's and not the document's", () => {
    const fault = diagnostic("TEMPLATE_ERROR", "lỗi mẫu: cú pháp mẫu sai [Parse error on line 12]", {
      file: "/srv/mau/partials/dau.hbs",
      line: 12,
      stage: "template",
    });
    expect(isTemplateFault(fault)).toBe(true);
    const [d] = forForm([fault]);
    expect(d.message).toMatch(/^lỗi ở tệp mẫu \/srv\/mau\/partials\/dau\.hbs, dòng 12: cú pháp mẫu sai/);
    expect(d.message).toContain("không phải của văn bản đang soạn");
    expect(d.message).not.toMatch(/kế thừa/);
    const markup = diagnostic("MARKUP_INVALID", "thẻ <p> không đóng", {
      file: "/srv/mau/kinds/cong-van.hbs",
      stage: "tree",
    });
    expect(forForm([markup])[0].message).toMatch(
      /^lỗi ở tệp mẫu \/srv\/mau\/kinds\/cong-van\.hbs: thẻ <p> không đóng/,
    );
  });

  it("leaves a document's own markup fault as it is", () => {
    const own = diagnostic("MARKUP_INVALID", "bảng thiếu dòng tiêu đề", {
      file: "bieu-mau.yaml",
      path: "noi_dung",
      stage: "tree",
    });
    expect(isTemplateFault(own)).toBe(false);
    expect(forForm([own])[0].message).toBe("bảng thiếu dòng tiêu đề");
  });
});

/**
 * The frame helpers (src/template/frame.ts): mark and draft labels, the enacting
 * line, bold article labels and recipient lists with brace groups — and how the validator
 * reports mistakes in the frame fields (one signer or a list; a line or a group).
 */
import { boldArticles, draftLabel, enactingLine, formatItems, markLabel } from "../../src/template/frame";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { engine, renderText, ROOT } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;

describe("frame helpers", () => {
  it("labels marks and drafts from the profile, and names a label the profile lacks", () => {
    expect(markLabel(dang, "do_khan", "thuong-khan")).toBe("THƯỢNG KHẨN");
    expect(markLabel(dang, "do_mat", "tuyet-mat")).toBe("TUYỆT MẬT");
    expect(() => markLabel({ ...dang, labels: { ...dang.labels, do_mat: {} } }, "do_mat", "mat")).toThrow(
      /labels\.do_mat\.mat/,
    );
    expect(draftLabel(dang, true)).toBe("DỰ THẢO");
    expect(draftLabel(dang, 3)).toBe("Dự thảo lần 3");
  });

  it("writes the enacting line from labels.ban_hanh", () => {
    expect(enactingLine(dang, "Ban Thường vụ Tỉnh ủy", "QUYẾT ĐỊNH")).toBe(
      "Ban Thường vụ Tỉnh ủy QUYẾT ĐỊNH",
    );
  });

  it("bolds an article label that starts a paragraph, makes a bold title line a level-6 heading, and leaves the rest", () => {
    const md = [
      "Điều 1. Thành lập",
      "**Điều 2. Phạm vi**",
      "**Điều 3.** Đã đậm",
      "Theo Điều 4. không đổi",
      "Điều 10a. Bổ sung",
      "Điều khoản chung",
    ].join("\n\n");
    expect(boldArticles(md, "Điều").split("\n\n")).toEqual([
      "**Điều 1.** Thành lập",
      "###### Điều 2. Phạm vi",
      "**Điều 3.** Đã đậm",
      "Theo Điều 4. không đổi",
      "**Điều 10a.** Bổ sung",
      "Điều khoản chung",
    ]);
    expect(boldArticles(md, undefined)).toBe(md);
  });

  it("leaves every line inside a fenced block (a ```bang table's cells) as typed", () => {
    const bang = [
      "```bang",
      "cot: [A]",
      "dong:",
      "  - - |",
      "      **Điều 2. Tên điều trong ô**",
      "      Điều 3. Nội dung trong ô",
      "```",
    ].join("\n");
    const md = `Điều 1. Trước bảng.\n\n${bang}\n\n~~~\nĐiều 4. Trong khối ~~~\n~~~\n\nĐiều 5. Sau bảng.`;
    expect(boldArticles(md, "Điều")).toBe(
      `**Điều 1.** Trước bảng.\n\n${bang}\n\n~~~\nĐiều 4. Trong khối ~~~\n~~~\n\n**Điều 5.** Sau bảng.`,
    );
  });

  it("leaves an article label inside a footnote's text as typed, indented or a lazy continuation", () => {
    const indented = "Điều 1. A[^1]\n\n[^1]: Ghi chú mở đầu\n    **Điều 2. Trong chú thích**";
    expect(boldArticles(indented, "Điều")).toBe(
      "**Điều 1.** A[^1]\n\n[^1]: Ghi chú mở đầu\n    **Điều 2. Trong chú thích**",
    );
    const lazy =
      "Điều 1. A[^1]\n\n[^1]: Ghi chú mở đầu\n**Điều 2. Trong chú thích**\nĐiều 3. Cũng trong chú thích";
    expect(boldArticles(lazy, "Điều")).toBe(
      `**Điều 1.** A[^1]\n\n[^1]: Ghi chú mở đầu\n**Điều 2. Trong chú thích**\nĐiều 3. Cũng trong chú thích`,
    );
  });

  it("leaves a line that continues a paragraph as typed, even when it starts with an article label", () => {
    const md = "Điều 1. Theo quy định tại khoản 2\nĐiều 5. Luật này, thi hành.";
    expect(boldArticles(md, "Điều")).toBe(
      "**Điều 1.** Theo quy định tại khoản 2\nĐiều 5. Luật này, thi hành.",
    );
  });

  it("reads the line right after an article title as the start of the article's first paragraph", () => {
    expect(boldArticles("**Điều 1. Phạm vi**\nĐiều 1a. Nội dung", "Điều")).toBe(
      "###### Điều 1. Phạm vi\n**Điều 1a.** Nội dung",
    );
  });

  it("keeps an article label written in a footnote of a quyết định in the footnote, through the engine", async () => {
    const decision = readFileSync(join(ROOT, "data/014-quyet-dinh-ban-chi-dao-qcdc-tu.yaml"), "utf8");
    for (const note of ["    **Điều 2. Trong chú thích**", "  **Điều 2. Trong chú thích**"]) {
      const body = `noi_dung: |\n  Điều 1. A[^1]\n\n  [^1]: Ghi chú mở đầu\n${note}\nnoi_nhan:`;
      const { read, diagnostics } = await renderText(
        decision.replace(/noi_dung: \|\n[\s\S]*?\nnoi_nhan:/, body),
      );
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // A note's text starts after the space Word puts after its number.
      expect(
        read!.footnotes.map((f) =>
          f.paragraphs
            .map((p) => p.text)
            .join(" ")
            .trimStart(),
        ),
      ).toEqual(["Ghi chú mở đầu Điều 2. Trong chú thích"]);
      expect(read!.paragraphs.filter((p) => p.text.startsWith("Điều")).map((p) => p.text)).toEqual([
        "Điều 1. A",
      ]);
    }
  });

  it("punctuates a brace group's lines in sequence with the other lines", () => {
    const { dong, muc } = formatItems(
      [{ nhom: ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy"], ghi_chu: "b/c" }, "Các chi bộ", "Lưu"],
      ",",
      ".",
    );
    expect(dong).toEqual(["Ban Thường vụ Tỉnh ủy,", "Thường trực Tỉnh ủy,", "Các chi bộ,", "Lưu."]);
    expect(muc).toEqual([
      { nhom: ["Ban Thường vụ Tỉnh ủy,", "Thường trực Tỉnh ủy,"], ghi_chu: "b/c" },
      { dong: "Các chi bộ," },
      { dong: "Lưu." },
    ]);
  });
});

describe("validating the frame fields", () => {
  const BASE = `loai: thong-bao
co_quan:
  ten: Tỉnh ủy Thái Nguyên
  viet_tat: TU
dia_danh: Thái Nguyên
trich_yeu: về công tác dân vận
noi_dung: Đoạn.
noi_nhan:
  - Lưu Văn phòng Tỉnh ủy
`;
  const errors = async (yaml: string) =>
    (await renderText(BASE + yaml)).diagnostics.filter((d) => d.severity === "error");

  it("reports a field missing inside the second of two signers at its path", async () => {
    const ds = await errors("nguoi_ky:\n  - chuc_vu: THƯ KÝ\n    ho_ten: A\n  - chuc_vu: CHỦ TRÌ\n");
    expect(ds.map((d) => [d.code, d.path])).toEqual([["MISSING_FIELD", "nguoi_ky.1.ho_ten"]]);
  });

  it("suggests the known field for a misspelt key inside a list of signers", async () => {
    const ds = await errors("nguoi_ky:\n  - chuc_vu: THƯ KÝ\n    ho_tn: A\n");
    expect(ds.find((d) => d.code === "UNKNOWN_FIELD")!.message).toMatch(/có phải "ho_ten"/);
  });

  it("says what a signer may be when it is neither", async () => {
    const ds = await errors("nguoi_ky: Nguyễn Văn A\n");
    expect(ds).toEqual([expect.objectContaining({ code: "INVALID_TYPE", path: "nguoi_ky" })]);
    expect(ds[0].message).toMatch(/^người ký phải là bảng các trường hoặc danh sách, không phải chữ/);
  });

  it("accepts du_thao as true or a number, and nothing else", async () => {
    expect(await errors("du_thao: 2\nnguoi_ky:\n  chuc_vu: A\n  ho_ten: B\n")).toEqual([]);
    const ds = await errors("du_thao: lần hai\nnguoi_ky:\n  chuc_vu: A\n  ho_ten: B\n");
    expect(ds.map((d) => [d.code, d.path])).toEqual([["INVALID_TYPE", "du_thao"]]);
  });

  it("requires the căn cứ and the authority of a quyết định, but not of a quy định", async () => {
    const signer = "nguoi_ky:\n  chuc_vu: A\n  ho_ten: B\n";
    expect(await errors(signer)).toEqual([]);
    const decision = (await renderText(BASE.replace("thong-bao", "quyet-dinh") + signer)).diagnostics
      .map((d) => d.path)
      .sort();
    expect(decision).toEqual(["can_cu", "tham_quyen"]);
    expect(
      (await renderText(BASE.replace("thong-bao", "quy-dinh") + signer)).diagnostics.filter(
        (d) => d.severity === "error",
      ),
    ).toEqual([]);
  });
});

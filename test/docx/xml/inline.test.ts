import { textRun } from "../../../src/docx/xml/inline";
import { rendered } from "../../support/samples";

describe("text runs", () => {
  it("set the hyphens of document symbols as non-breaking hyphens, and no other", () => {
    expect(textRun("số 25-NQ/TW, 2021-2025")).toBe(
      '<w:r><w:t xml:space="preserve">số 25</w:t><w:noBreakHyphen/><w:t xml:space="preserve">NQ/TW, 2021-2025</w:t></w:r>',
    );
  });

  it("keep 018's trích yếu symbol whole, reading back as typed", async () => {
    const { docx } = await rendered("018-ket-luan-nghi-quyet-25-tu");
    const trichYeu = docx.paragraphs.find((p) => p.style === "trich-yeu")!;
    expect(trichYeu.text).toContain("25-NQ/TW");
    expect(docx.xml("word/document.xml")).toContain(
      '25</w:t><w:noBreakHyphen/><w:t xml:space="preserve">NQ/TW',
    );
  });
});

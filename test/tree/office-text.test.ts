/**
 * Office text in the body: asterisks, underscores, backslashes, hashes, pipes, brackets and
 * angle brackets typed by people who do not write Markdown ("chỉ tiêu A (*)", "Ngày __/__/20__",
 * "3*4*5", "C:\Users\*") reach the .docx character for character; only emphasis that hugs words
 * is read as markup.
 */
import { withoutDocumentRules } from "../support/document-rules";
import fc from "fast-check";
import { runs } from "../support/hostile";
import { CONG_VAN, renderText } from "../support/samples";

/** What office text is made of: none of it hugs a word with asterisks. */
const FRAGMENTS = [
  "chỉ tiêu A (*)",
  "đạt 90%",
  "(**)",
  "*",
  "**",
  "***",
  "* ",
  "3*4*5",
  "2 * 3",
  "Ngày __/__/20__",
  "số ___/QĐ-UBND",
  "ten_tep_moi.docx",
  "__init__",
  "_nhấn_",
  "C:\\Users\\*",
  "D:\\Hồ sơ\\",
  "\\\\may-chu\\thu_muc",
  "a\\b",
  "\\",
  "#",
  "#1",
  "số #12",
  "a | b",
  "|",
  "[1]",
  "[",
  "]",
  "[x](y)",
  "> 5",
  "x > y",
  "<br>",
  "<b>đậm</b>",
  "tổng cộng",
  "Điều 1",
  "*)",
  "(*",
  "a*",
  "*.docx",
  "5*",
  "**:",
];

const officeText = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", ", ", " - ", "; "), { minLength: parts.length, maxLength: parts.length })
      .map(
        (seps) => `Ghi chú: ${parts.map((p, i) => `${p}${i < parts.length - 1 ? seps[i] : ""}`).join("")}`,
      ),
  );

describe("office text in the body", () => {
  it("keeps every character, read back from the .docx", async () => {
    await fc.assert(
      fc.asyncProperty(officeText, async (text) => {
        const yaml = CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.", `noi_dung: ${JSON.stringify(text)}`);
        const { diagnostics, read } = await renderText(yaml);
        expect(withoutDocumentRules(diagnostics)).toEqual([]);
        const body = read!.paragraphs.filter((p) => p.style === "noi-dung").map((p) => p.text);
        expect(body).toEqual([text.trim()]);
        for (const p of read!.paragraphs.filter((x) => x.style === "noi-dung"))
          expect(p.runs.some((r) => r.bold || r.italic)).toBe(false);
      }),
      runs(40),
    );
  });
});

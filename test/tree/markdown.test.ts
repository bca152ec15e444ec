/**
 * The body text (`noi_dung`) in Markdown → tree paragraphs: blank lines separate paragraphs; a
 * single newline is a space unless the next line starts a point ("1.", "1-", "a)", "- ", "II.",
 * "**1-**"); the author's numbers are kept as typed; "#" headings map to the profile's heading
 * styles; bold/italic marks; footnotes. Everything else Markdown would interpret stays text.
 */
import { markdownOf } from "../support/reported";
import type { Block, Footnote, Inline, Paragraph } from "../../src/tree/types";
import { CONG_VAN, engine, renderText, TODAY } from "../support/samples";

const dang = engine.resources.profiles.get("dang")!;
const STYLES = { body: dang.body_style, footnote: dang.footnote_style, headings: dang.headings };
const md = (source: string) => markdownOf(source, STYLES);
const para = (b: Block) => b as Paragraph;
const plain = (inlines: Inline[]): string =>
  inlines
    .map((c) =>
      c.type === "text" ? c.value : c.type === "break" ? "\n" : c.type === "footnote" ? "[*]" : "",
    )
    .join("");
/** The paragraphs' plain texts. */
const texts = (source: string) => md(source).blocks.map((b) => plain(para(b).children));
const styles = (source: string) => md(source).blocks.map((b) => para(b).style);

describe("the Markdown body", () => {
  describe("paragraphs", () => {
    it("splits paragraphs on blank lines", () => {
      expect(texts("Đoạn một.\n\nĐoạn hai.\n\n\n\nĐoạn ba.")).toEqual(["Đoạn một.", "Đoạn hai.", "Đoạn ba."]);
      expect(styles("Đoạn một.\n\nĐoạn hai.")).toEqual(["noi-dung", "noi-dung"]);
    });

    it("joins a line wrapped with a single newline, with a space", () => {
      expect(texts("Qua 5 năm thực hiện Kết luận\nsố 114-KL/TW, ngày 14/7/2015\ncủa Ban Bí thư.")).toEqual([
        "Qua 5 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư.",
      ]);
    });

    it("never leaves a raw newline inside a text run", () => {
      const all = JSON.stringify(
        md("một\nhai *ba\nbốn* năm\n**sáu\nbảy**\n\nx[^1]\n\n[^1]: chú\nthích").blocks,
      );
      expect(all).not.toContain("\\n");
    });

    it.each([
      ["1. ", "1. Tiếp tục"],
      ["1- ", "1- Tiếp tục"],
      ["2.1. ", "2.1. Tiếp tục"],
      ["a) ", "a) Tiếp tục"],
      ["đ) ", "đ) Tiếp tục"],
      ["- ", "- Tiếp tục"],
      ["+ ", "+ Tiếp tục"],
      ["* ", "* Tiếp tục"],
      ["II. ", "II. PHƯƠNG HƯỚNG"],
      ["IV- ", "IV- NHIỆM VỤ"],
    ])("starts a new paragraph at a single newline before %p", (_marker, line) => {
      expect(texts(`Các nhiệm vụ sau:\n${line}`)).toEqual(["Các nhiệm vụ sau:", line]);
    });

    it("starts a new paragraph before a bold point number **1-**", () => {
      const blocks = md("Theo đó:\n**1-** Tiếp tục đổi mới\nnội dung.").blocks;
      expect(blocks.map((b) => plain(para(b).children))).toEqual([
        "Theo đó:",
        "1- Tiếp tục đổi mới nội dung.",
      ]);
      expect(para(blocks[1]).children[0]).toEqual({ type: "text", value: "1-", marks: ["bold"] });
    });

    it.each([
      ["a number inside a sentence", "tăng\n15% so với", "tăng 15% so với"],
      ["a lower-case word", "công tác\ndân vận", "công tác dân vận"],
      ["a capital word", "của\nBan Thường vụ", "của Ban Thường vụ"],
      ["a year with no space after its dot", "năm\n2020.", "năm 2020."],
    ])("keeps one paragraph at a single newline before %s", (_what, source, joined) => {
      expect(texts(source)).toEqual([joined]);
    });

    it("never renumbers the author's numbers", () => {
      expect(texts("1. Một\n\n1. Một nữa\n\n3. Ba")).toEqual(["1. Một", "1. Một nữa", "3. Ba"]);
      expect(texts("5. Năm\n7. Bảy\n1. Một")).toEqual(["5. Năm", "7. Bảy", "1. Một"]);
      expect(texts("- a\n- b\n\n* c")).toEqual(["- a", "- b", "* c"]);
      expect(styles("1. Một\n\n- Hai")).toEqual(["noi-dung", "noi-dung"]);
    });
  });

  describe("headings", () => {
    it("maps # to ##### to the profile's heading styles, in order", () => {
      expect(
        md("# Phần\n\n## I. Mục\n\n### 1. Điểm\n\n#### 1.1. Tiểu điểm\n\n##### a) Ý").blocks.map((b) => [
          para(b).style,
          plain(para(b).children),
        ]),
      ).toEqual([
        ["muc-1", "Phần"],
        ["muc-2", "I. Mục"],
        ["muc-3", "1. Điểm"],
        ["muc-4", "1.1. Tiểu điểm"],
        ["muc-5", "a) Ý"],
      ]);
      expect(dang.headings.slice(0, 5)).toEqual(["muc-1", "muc-2", "muc-3", "muc-4", "muc-5"]);
    });

    it("gives a heading deeper than the profile has its deepest heading style", () => {
      const three = { ...STYLES, headings: ["h1", "h2", "h3"] };
      expect(markdownOf("#### bốn\n\n###### sáu", three).blocks.map((b) => para(b).style)).toEqual([
        "h3",
        "h3",
      ]);
    });

    it("returns to the body style after a heading", () => {
      expect(styles("## I. Mục\nĐoạn ngay sau.\n\nĐoạn nữa.")).toEqual(["muc-2", "noi-dung", "noi-dung"]);
    });

    it("needs the space after #", () => {
      expect(styles("#không phải tiêu đề")).toEqual(["noi-dung"]);
    });
  });

  describe("marks", () => {
    it("reads **bold**, *italic* and ***both***", () => {
      expect(md("Thường **đậm** *nghiêng* ***cả hai*** hết.").blocks[0]).toEqual({
        type: "paragraph",
        style: "noi-dung",
        children: [
          { type: "text", value: "Thường " },
          { type: "text", value: "đậm", marks: ["bold"] },
          { type: "text", value: " " },
          { type: "text", value: "nghiêng", marks: ["italic"] },
          { type: "text", value: " " },
          { type: "text", value: "cả hai", marks: ["bold", "italic"] },
          { type: "text", value: " hết." },
        ],
      });
    });

    it("keeps a quoted italic phrase inside its quotation marks", () => {
      expect(md("nội dung “*Năm dân vận chính quyền*”, tạo").blocks[0]).toMatchObject({
        children: [
          { value: "nội dung “" },
          { value: "Năm dân vận chính quyền", marks: ["italic"] },
          { value: "”, tạo" },
        ],
      });
    });

    it("keeps a lone asterisk as text, and one a backslash makes text", () => {
      expect(texts("5 * 3 và \\*không nghiêng*")).toEqual(["5 * 3 và *không nghiêng*"]);
    });

    it("keeps a backslash before what is not markup, and halves backslashes before markup", () => {
      expect(texts("C:\\Users\\* và \\\\may\\thu_muc\\")).toEqual(["C:\\Users\\* và \\\\may\\thu_muc\\"]);
      expect(texts("\\\\*nghiêng*")).toEqual(["\\nghiêng"]);
      expect(texts("\\# không phải đề mục, \\[^1] và Điều 1\\.")).toEqual([
        "# không phải đề mục, [^1] và Điều 1.",
      ]);
    });

    it.each([
      ["footnote marks", "chỉ tiêu A (*) đạt 90%, chỉ tiêu B (*) đạt 80%"],
      ["blanks", "Ngày __/__/20__, số ___/QĐ-UBND"],
      ["products", "3*4*5 = 60 và *4* và a*b*c"],
      ["paths", "C:\\Users\\* và D:\\ten_tep_moi.docx"],
      ["underscores", "_không nghiêng_ và __không đậm__"],
      ["long runs", "a **** b ****c****"],
      ["a lone heading mark", "#"],
    ])("keeps office text with %s as typed", (_, text) => {
      expect(md(text).blocks).toEqual([
        { type: "paragraph", style: "noi-dung", children: [{ type: "text", value: text }] },
      ]);
    });

    it("reads emphasis only where it hugs words with a letter in them", () => {
      expect(md("**1. Mục đích** và *Điều 1.*, “*trích*”").blocks[0]).toMatchObject({
        children: [
          { value: "1. Mục đích", marks: ["bold"] },
          { value: " và " },
          { value: "Điều 1.", marks: ["italic"] },
          { value: ", “" },
          { value: "trích", marks: ["italic"] },
          { value: "”" },
        ],
      });
    });
  });

  describe("footnotes", () => {
    const source =
      "Về công tác dân vận[^1], tạo chuyển biến.\n\nĐoạn hai[^ghi-chu].\n\n[^1]: Trọng tâm là Nghị quyết số 25-NQ/TW.\n\n[^ghi-chu]: **Chú ý**: thứ hai.";

    it("turns a reference into a footnote node holding its paragraphs in the footnote style", () => {
      const { blocks, problems } = md(source);
      expect(problems).toEqual([]);
      expect(blocks).toHaveLength(2);
      const first = para(blocks[0]).children;
      expect(first.map((c) => c.type)).toEqual(["text", "footnote", "text"]);
      expect((first[1] as Footnote).children).toEqual([
        {
          type: "paragraph",
          style: "chu-thich",
          children: [{ type: "text", value: "Trọng tâm là Nghị quyết số 25-NQ/TW." }],
        },
      ]);
      const second = para(blocks[1]).children[1] as Footnote;
      expect(second.children[0]).toMatchObject({
        style: "chu-thich",
        children: [{ value: "Chú ý", marks: ["bold"] }, { value: ": thứ hai." }],
      });
    });

    it("leaves no trace of the definitions in the body", () => {
      expect(texts(source)).toEqual(["Về công tác dân vận[*], tạo chuyển biến.", "Đoạn hai[*]."]);
    });

    it("numbers footnotes per document, 1, 2, … in the order of their references", async () => {
      const body = "noi_dung: |\n  Một[^b].\n\n  Hai[^a].\n\n  [^a]: Chú thích A.\n\n  [^b]: Chú thích B.\n";
      const { read } = await renderText(CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", body));
      const refs = read!.paragraphs.flatMap((p) => p.runs).filter((r) => r.footnoteRef);
      expect(refs.map((r) => r.footnoteId)).toEqual([1, 2]);
      // Each note's text follows a space after its number.
      expect(
        read!.footnotes.map((f) => [
          f.id,
          f.paragraphs
            .map((p) => p.text)
            .join(" ")
            .trimStart(),
        ]),
      ).toEqual([
        [1, "Chú thích B."],
        [2, "Chú thích A."],
      ]);
    });

    it("warns through the engine about a reference without a definition, at the line of the reference", () => {
      const source = CONG_VAN.replace("Đoạn thứ nhất.", "Đoạn thứ nhất,\n  tiếp theo[^2].");
      const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
      expect(outcome.tree).toBeDefined();
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({ code: "MARKDOWN_UNSUPPORTED", severity: "warning", path: "noi_dung" }),
      ]);
      expect(outcome.diagnostics[0].message).toMatch(/\[\^2\] chưa có nội dung/);
      expect(source.split("\n")[outcome.diagnostics[0].line! - 1]).toBe("  tiếp theo[^2].");
    });

    it("warns through the engine about a definition never referenced, at the line of the definition", () => {
      const source = CONG_VAN.replace("Đoạn thứ nhất.", "Đoạn thứ nhất.\n\n  [^3]: Không ai dẫn tới.");
      const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
      expect(outcome.tree).toBeDefined();
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({ code: "MARKDOWN_UNSUPPORTED", severity: "warning", path: "noi_dung" }),
      ]);
      expect(outcome.diagnostics[0].message).toMatch(/\[\^3\] có nội dung nhưng không được dẫn chiếu/);
      expect(source.split("\n")[outcome.diagnostics[0].line! - 1]).toBe("  [^3]: Không ai dẫn tới.");
    });

    it("points at the field's own line when its text is not a literal block", () => {
      const source = CONG_VAN.replace(
        "noi_dung: |\n  Đoạn thứ nhất.",
        'noi_dung: "Đoạn thứ nhất.\\n\\n[^3]: Không ai dẫn tới."',
      );
      const outcome = engine.toTree(source, "x.yaml", { today: TODAY });
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({ code: "MARKDOWN_UNSUPPORTED", path: "noi_dung" }),
      ]);
      expect(source.split("\n")[outcome.diagnostics[0].line! - 1]).toMatch(/^noi_dung: "/);
    });

    it("gives the line of each reference and definition inside the text: paragraph lines, table rows, ```bang cells", () => {
      const source = [
        "Đoạn",
        "dòng hai[^9] và[^1].",
        "",
        "| a | b |",
        "|---|---|",
        "| 1 | x[^8] |",
        "",
        "```bang",
        "cot: [A]",
        "dong:",
        '  - ["y[^7]"]',
        "```",
        "",
        "[^1]: một",
        "[^6]: sáu",
      ].join("\n");
      const table = { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" };
      const problems = markdownOf(source, { ...STYLES, table }).problems;
      expect(problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
        [2, "chú thích [^9] chưa có nội dung; thêm mộ"],
        [6, "chú thích [^8] chưa có nội dung; thêm mộ"],
        [11, "chú thích [^7] chưa có nội dung; thêm mộ"],
        [15, "chú thích [^6] có nội dung nhưng không đ"],
      ]);
    });

    it("keeps a reference inside a note's text as typed, says notes cannot nest, and counts it as no reference", () => {
      const { blocks, problems } = md(
        "Đoạn một[^a].\n\n[^a]: Chú thích a dẫn tới[^x] và kết.\n[^x]: Nội dung x chỉ được dẫn trong chú thích.",
      );
      const note = para(blocks[0]).children[1] as Footnote;
      expect(note.children.map((p) => plain(p.children))).toEqual(["Chú thích a dẫn tới[^x] và kết."]);
      expect(problems).toEqual([
        expect.objectContaining({ severity: "warning", code: "MARKDOWN_UNSUPPORTED", line: 3 }),
        expect.objectContaining({ severity: "warning", code: "MARKDOWN_UNSUPPORTED", line: 4 }),
      ]);
      expect(problems[0].message).toBe(
        'chú thích không lồng vào nhau được: [^x] nằm trong chú thích [^a] nên được in nguyên văn là "[^x]"; hãy dẫn chiếu [^x] từ thân bài, hoặc viết thẳng nội dung của nó vào [^a]',
      );
      expect(problems[1].message).toMatch(/^chú thích \[\^x\] có nội dung nhưng không được dẫn chiếu/);
    });

    it("prints an inline note inside an inline note as typed, and names each note right in the warning", () => {
      const { blocks, problems } = md("B^[một ^[hai]]");
      expect(plain((para(blocks[0]).children[1] as Footnote).children[0].children)).toBe("một ^[hai]");
      expect(problems.map((p) => p.message)).toEqual([
        'chú thích không lồng vào nhau được: ^[hai] nằm trong chú thích ^[một ^[hai]] nên được in nguyên văn là "^[hai]"; hãy viết ^[hai] ở thân bài, hoặc viết thẳng nội dung của nó vào ^[một ^[hai]]',
      ]);
    });

    it("warns once about notes nested three deep: only the printed note's text is read", () => {
      const { blocks, problems } = md("B^[a ^[b ^[c]]] và C^[d]");
      const notes = para(blocks[0]).children.filter((c): c is Footnote => c.type === "footnote");
      expect(notes.map((n) => plain(n.children[0].children))).toEqual(["a ^[b ^[c]]", "d"]);
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(
          /^chú thích không lồng vào nhau được: \^\[b \^\[c\]\] nằm trong chú thích \^\[a /,
        ),
      ]);
    });

    it("keeps a note's reference to a label never written as typed too, as nested, not as missing", () => {
      const { blocks, problems } = md("Đoạn[^a].\n\n[^a]: Xem[^zz].");
      expect(plain((para(blocks[0]).children[1] as Footnote).children[0].children)).toBe("Xem[^zz].");
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(/^chú thích không lồng vào nhau được: \[\^zz\] nằm trong chú thích \[\^a\]/),
      ]);
    });

    it("says an inline note in a ```bang cell cannot be placed there, and how to write it instead", () => {
      const table = { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" };
      const source = [
        "Đoạn.",
        "",
        "```bang",
        "cot: [A]",
        "dong:",
        '  - ["x^[ghi chú] y[^k]"]',
        "```",
        "",
        "[^k]: K",
      ].join("\n");
      const { problems } = markdownOf(source, { ...STYLES, table });
      expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([
        [
          "TABLE_INVALID",
          6,
          'chú thích viết thẳng trong ô (^[ghi chú]) không dùng được trong khối bang; đặt chú thích ở đoạn văn ngay sau bảng, hoặc dùng chú thích có nhãn: [^1] trong ô, một đoạn "[^1]: …" ở cuối nội dung, và dẫn chiếu [^1] cả ở một đoạn văn ngoài bảng',
        ],
        [
          "TABLE_INVALID",
          6,
          "chú thích [^k] trong khối bang phải được dẫn chiếu cả ở một đoạn văn ngoài bảng; hoặc đặt chú thích ở đoạn văn ngay sau bảng",
        ],
      ]);
    });

    it("prints the first of two definitions of a label, and warns at the second, quoting the one used", () => {
      const { blocks, problems } = md("Đoạn[^1].\n\n[^1]: thứ nhất.\n[^1]: thứ hai.");
      expect(plain((para(blocks[0]).children[1] as Footnote).children[0].children)).toBe("thứ nhất.");
      expect(problems).toEqual([
        expect.objectContaining({ severity: "warning", code: "MARKDOWN_UNSUPPORTED", line: 4 }),
      ]);
      expect(problems[0].message).toMatch(
        /^chú thích \[\^1\] đã được viết ở trên; văn bản chỉ dùng nội dung viết lần đầu \("thứ nhất\."\) và bỏ qua đoạn này; xóa đoạn này/,
      );
    });

    it("says a note that is empty and never referenced is empty, and to delete it", () => {
      expect(md("Đoạn.\n\n[^e]:").problems).toEqual([
        {
          severity: "warning",
          code: "MARKDOWN_UNSUPPORTED",
          message: "chú thích [^e] để trống và không được dẫn chiếu; xóa dòng này",
          line: 3,
        },
      ]);
      expect(md("Đoạn[^e].\n\n[^e]:").problems).toEqual([
        expect.objectContaining({
          line: 3,
          message: expect.stringMatching(
            /^chú thích \[\^e\] để trống: Word sẽ in số chú thích mà không có chữ/,
          ),
        }),
      ]);
    });
  });

  describe("footnote scanning", () => {
    // Speed is never asserted by the clock. The old scan went from every "[^" to the end of the
    // text and back (quadratic: these 1 MB inputs took far longer than the test timeout, many
    // minutes); a linear one reads them in well under a second. The test yields to the event loop
    // after the work so that jest's own timeout, not a threshold here, fails a slow scan.
    it.each([
      ['"[^" repeated', "[^".repeat(500_000)],
      ['"[^" repeated, with a note written', "[^".repeat(500_000) + "\n\n[^1]: Chú thích."],
      ['"[^a" repeated, with a note written', "[^a".repeat(330_000) + "\n\n[^1]: Chú thích."],
    ])("reads %s (1 MB) in linear time, keeping it as typed", async (_what, source) => {
      const { blocks } = md(source);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(plain(para(blocks[0]).children)).toBe(source.split("\n")[0]);
    });
  });

  describe("what stays literal text", () => {
    it.each([
      ["a thematic break", "---"],
      ["a block quote", "> trích dẫn"],
      ["HTML", "<b>đậm</b> và <br>"],
      ["a link", "[liên kết](http://x.vn)"],
      ["an image", "![ảnh](a.png)"],
      ["code", "`mã` và ``mã``"],
      ["an entity", "&amp; &lt; &#65; &nbsp;"],
      ["an autolink", "<http://x.vn>"],
      ["a setext underline", "Dòng\n==="],
      ["a fenced block marker", "```"],
    ])("keeps %s as typed", (_what, source) => {
      expect(texts(source).join("\n")).toBe(source.replace("\n===", " ==="));
      expect(styles(source).every((s) => s === "noi-dung")).toBe(true);
    });

    it("keeps indented text as a body paragraph, not code", () => {
      expect(
        md("Đoạn.\n\n    thụt lề bốn dấu cách").blocks.map((b) => [para(b).style, plain(para(b).children)]),
      ).toEqual([
        ["noi-dung", "Đoạn."],
        ["noi-dung", "thụt lề bốn dấu cách"],
      ]);
    });
  });
});

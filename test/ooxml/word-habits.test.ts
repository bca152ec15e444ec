/**
 * Documents as Word users make them, written without vanthu's writer (test/support/word-docx.ts):
 * the reader resolves their formatting and numbering as Word shows them, and keeps all their text
 * once, wherever Word keeps it (text boxes, fields, content controls, tracked changes, tables).
 */
import { readDocx } from "../../src/ooxml/read-docx";
import type { ReadRoot, ReadTable } from "../../src/ooxml/types";
import { bodyParagraphs, plain, texts } from "../support/read-tree";
import { A4, p, r, wordDocx, type WordParts } from "../support/word-docx";

function read(parts: WordParts): ReadRoot {
  const out = readDocx(wordDocx(parts), { file: "word.docx" });
  expect(out.diagnostics).toEqual([]);
  return out.tree!;
}

const NORMAL =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';

describe("styles", () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    NORMAL +
    '<w:style w:type="paragraph" w:styleId="ThnVB"><w:name w:val="Thân văn bản"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:basedOn w:val="ThnVB"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Nhn"><w:name w:val="Nhấn"/><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Dam"><w:name w:val="Đậm"/><w:rPr><w:b/></w:rPr></w:style>';

  it("resolve attribute by attribute through basedOn chains over the document defaults and the theme", () => {
    const tree = read({
      styles,
      theme: { minor: "Times New Roman", major: "Arial" },
      body: p("1. Mục đích", '<w:pStyle w:val="Muc"/><w:ind w:firstLine="0"/>') + A4,
    });
    const [para] = bodyParagraphs(tree);
    expect(para.style).toBe("Muc");
    expect(para.look).toMatchObject({
      styleId: "Muc",
      styleName: "Mục",
      align: "justify",
      indent: { left: 0, right: 0, firstLine: 0 },
      spacing: { before: 6, after: 0, line: { exact: 18 } },
      keepNext: true,
      outlineLevel: 1,
    });
    const run = para.children[0];
    expect(run.type === "text" && run.look).toMatchObject({ font: "Times New Roman", size: 14, bold: true });
    // Bold comes from the style, so it is no mark of the run itself.
    expect(run.type === "text" && run.marks).toBeUndefined();
  });

  it("give the document defaults to a paragraph with no style, and Word's own defaults where nothing is said", () => {
    const tree = read({ styles, body: p("Chữ thường") + A4 });
    const [para] = bodyParagraphs(tree);
    expect(para.look).toMatchObject({ styleId: "Normal", align: "left", spacing: { before: 0, after: 8 } });
    expect(para.look.spacing.line).toEqual({ multiple: 1.08 });
    const bare = bodyParagraphs(read({ body: p("Không có kiểu") + A4 }))[0];
    expect(bare.look.mark).toMatchObject({ font: "Times New Roman", size: 10 });
  });

  it("toggle bold off where a character style repeats the paragraph style's bold, and mark direct formatting", () => {
    const tree = read({
      styles,
      body:
        `<w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr>${r("đậm", '<w:rStyle w:val="Dam"/>')}${r("nghiêng", '<w:rStyle w:val="Nhn"/>')}${r("gạch", '<w:u w:val="double"/><w:caps/>')}</w:p>` +
        A4,
    });
    const runs = bodyParagraphs(tree)[0].children.flatMap((c) => (c.type === "text" ? [c] : []));
    expect(runs.map((t) => [t.value, t.look.bold, t.look.italic, t.look.underline, t.look.caps])).toEqual([
      ["đậm", false, false, undefined, false],
      ["nghiêng", true, true, undefined, false],
      ["gạch", true, false, "double", true],
    ]);
    expect(runs.map((t) => t.marks)).toEqual([["bold"], ["italic"], ["underline"]]);
    expect(runs[1].look).toMatchObject({ color: "C00000", styleId: "Nhn", styleName: "Nhấn" });
  });

  it("survive a basedOn loop and a style that does not exist", () => {
    const loop =
      NORMAL +
      '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr></w:style>';
    const tree = read({
      styles: loop,
      body: p("vòng", '<w:pStyle w:val="A"/>') + p("không có", '<w:pStyle w:val="X"/>') + A4,
    });
    const [a, x] = bodyParagraphs(tree);
    expect(a.look).toMatchObject({ align: "center", mark: { bold: true } });
    expect([x.style, x.look.styleId]).toEqual(["X", "Normal"]);
  });
});

describe("a header laid out by a Word user", () => {
  it("reads a borderless two-column table cell by cell, with no side drawn", () => {
    const cell = (w: number, paras: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${paras}</w:tc>`;
    const none = ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map((s) => `<w:${s} w:val="nil"/>`)
      .join("");
    const tree = read({
      body:
        `<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3969"/><w:gridCol w:w="5386"/></w:tblGrid>` +
        `<w:tr>${cell(3969, p("UBND TỈNH LẠNG SƠN") + p("SỞ NỘI VỤ", "", "<w:b/>"))}${cell(5386, p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "<w:b/>") + p("Độc lập - Tự do - Hạnh phúc", '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))}</w:tr>` +
        `<w:tr>${cell(3969, p("Số: 25/BC-SNV"))}${cell(5386, p("Lạng Sơn, ngày 05 tháng 3 năm 2024", "", "<w:i/>"))}</w:tr></w:tbl>` +
        p("BÁO CÁO") +
        A4,
    });
    const table = tree.sections[0].children[0] as ReadTable;
    expect(table.type).toBe("table");
    expect(table.look).toMatchObject({ grid: [70, 95], nested: false });
    expect(table.look.borders).toBeUndefined();
    expect(
      table.rows.map((row) =>
        row.cells.map((c) => c.children.map((b) => b.type === "paragraph" && plain(b.children))),
      ),
    ).toEqual([
      [
        ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      ],
      [["Số: 25/BC-SNV"], ["Lạng Sơn, ngày 05 tháng 3 năm 2024"]],
    ]);
    expect(table.rows.flatMap((row) => row.cells.map((c) => c.borders))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const motto = bodyParagraphs(tree)[3];
    expect(motto.look.borders?.bottom).toEqual({ style: "single", width: 0.75, space: 1 });
    expect(bodyParagraphs(tree).map((x) => x.source)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("reads a header laid out with tab stops as text, tabs and the stops' positions in mm", () => {
    const tabs = '<w:tabs><w:tab w:val="center" w:pos="2268"/><w:tab w:val="center" w:pos="6804"/></w:tabs>';
    const tree = read({
      body:
        `<w:p><w:pPr>${tabs}</w:pPr>${r("")}<w:r><w:tab/><w:t>TỈNH ỦY LẠNG SƠN</w:t><w:tab/><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p>` +
        `<w:p><w:pPr>${tabs}</w:pPr><w:r><w:tab/><w:t>*</w:t><w:tab/></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:tab/></w:r></w:p>` +
        A4,
    });
    const [first, second] = bodyParagraphs(tree);
    expect(plain(first.children)).toBe("\tTỈNH ỦY LẠNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM");
    expect(first.look.tabs).toEqual([
      { position: 40, kind: "center" },
      { position: 120, kind: "center" },
    ]);
    // An underlined tab is a drawn line: its look says so.
    const lastTab = second.children[second.children.length - 1];
    expect(lastTab.type === "tab" && lastTab.look.underline).toBe("single");
  });
});

describe("numbering", () => {
  const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "lowerLetter", "%3)")}${lvl(3, "decimal", "%2.%4.")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "\uF0B7")}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>';
  const styles =
    NORMAL +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>';
  const item = (text: string, ilvl: number, numId = 1) =>
    p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

  it('prints "I.", "1.", "a)" as Word does: counters per level, deeper levels restart, a startOverride restarts a list', () => {
    const tree = read({
      styles,
      numbering,
      body:
        p("MỤC ĐÍCH", '<w:pStyle w:val="Heading1"/>') +
        item("Mục đích", 1) +
        item("Một", 2) +
        item("Hai", 2) +
        item("Chi tiết", 3) +
        item("Yêu cầu", 1) +
        item("Ba", 2) +
        p("NHIỆM VỤ", '<w:pStyle w:val="Heading1"/>') +
        item("Nhiệm vụ", 1) +
        item("Lại từ đầu", 1, 2) +
        item("Gạch đầu dòng", 0, 3) +
        p("Không số", '<w:numPr><w:numId w:val="0"/></w:numPr><w:pStyle w:val="Heading1"/>') +
        A4,
    });
    expect(bodyParagraphs(tree).map((x) => [plain(x.children), x.look.numbering?.label])).toEqual([
      ["MỤC ĐÍCH", "I."],
      ["Mục đích", "1."],
      ["Một", "a)"],
      ["Hai", "b)"],
      ["Chi tiết", "1.1."],
      ["Yêu cầu", "2."],
      ["Ba", "a)"],
      ["NHIỆM VỤ", "II."],
      ["Nhiệm vụ", "1."],
      ["Lại từ đầu", "1."],
      ["Gạch đầu dòng", "•"],
      ["Không số", undefined],
    ]);
    const heading = bodyParagraphs(tree)[0].look;
    expect(heading.numbering).toEqual({
      label: "I.",
      format: "upperRoman",
      level: 0,
      list: "1",
      suffix: "tab",
    });
    // The numbering level's indent sits between the style and direct formatting.
    expect(bodyParagraphs(tree)[1].look.indent).toEqual({ left: 12.7, right: 0, firstLine: -6.4 });
  });
});

describe("notes and fields", () => {
  it("reads footnotes with their text, and PAGE fields as page numbers both as fldSimple and as fldChar runs", () => {
    const fldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const tree = read({
      footnotes:
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
        r(" Nghị quyết số 25-NQ/TW.") +
        "</w:p></w:footnote>",
      stories: {
        rIdH1: {
          kind: "header",
          xml: `<w:p>${fldChar("begin")}<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>${fldChar("separate")}${r("7")}${fldChar("end")}</w:p>`,
        },
        rIdF1: {
          kind: "footer",
          xml: `<w:p><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">${r("3")}</w:fldSimple>${r(" / ")}<w:fldSimple w:instr="NUMPAGES">${r("9")}</w:fldSimple></w:p>`,
        },
      },
      body:
        `<w:p>${r("Căn cứ Nghị quyết")}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${r(" của Ban Chấp hành.")}</w:p>` +
        `<w:p>${r("Ngày ")}${fldChar("begin")}<w:r><w:instrText>DATE \\@ "dd/MM/yyyy"</w:instrText></w:r>${fldChar("separate")}${r("05/03/2024")}${fldChar("end")}</w:p>` +
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    });
    expect(texts(tree)).toEqual([
      "Căn cứ Nghị quyết[^ Nghị quyết số 25-NQ/TW.] của Ban Chấp hành.",
      "Ngày 05/03/2024",
    ]);
    const date = bodyParagraphs(tree)[1].children[1];
    expect(date.type === "text" && date.field).toBe("DATE");
    const section = tree.sections[0];
    expect(section.headers.default!.map((b) => b.type === "paragraph" && plain(b.children))).toEqual(["#"]);
    expect(section.footers.default!.map((b) => b.type === "paragraph" && plain(b.children))).toEqual([
      "# / 9",
    ]);
    // Header and footer paragraphs are not body paragraphs: no "đoạn" number.
    expect(section.headers.default![0]).not.toHaveProperty("source");
  });

  it("keeps a field's result and drops its instruction, nested fields included", () => {
    const f = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const tree = read({
      body:
        `<w:p>${f("begin")}<w:r><w:instrText>IF </w:instrText></w:r>${f("begin")}<w:r><w:instrText>MERGEFIELD Gioi</w:instrText></w:r>${f("separate")}${r("Nam")}${f("end")}<w:r><w:instrText> = "Nam" "Ông" "Bà"</w:instrText></w:r>${f("separate")}${r("Ông")}${f("end")}${r(" Nguyễn Văn A")}</w:p>` +
        A4,
    });
    expect(texts(tree)).toEqual(["Ông Nguyễn Văn A"]);
  });
});

describe("tables", () => {
  it("resolve gridSpan and vMerge into colSpan and rowSpan, nested tables inside cells, and drawn borders", () => {
    const single = (s: string) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
    const borders = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(single).join("")}</w:tblBorders>`;
    const tc = (body: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${body}</w:tc>`;
    const nested = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid><w:tr>${tc(p("trong"))}</w:tr></w:tbl><w:p/>`;
    const tree = read({
      body:
        `<w:tbl><w:tblPr>${borders}</w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("TT"), '<w:vMerge w:val="restart"/>')}${tc(p("Nội dung"), '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc("<w:p/>", "<w:vMerge/>")}${tc(p("a"))}${tc(nested)}</w:tr></w:tbl>` +
        A4,
    });
    const table = tree.sections[0].children[0] as ReadTable;
    expect(table.headerRows).toBe(1);
    expect(table.rows.map((row) => row.cells.map((c) => [c.colSpan ?? 1, c.rowSpan ?? 1]))).toEqual([
      [
        [1, 2],
        [2, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(table.rows[0].cells[0].borders).toEqual(["top", "right", "bottom", "left"]);
    const inner = table.rows[1].cells[1].children[0] as ReadTable;
    expect(inner.look.nested).toBe(true);
    expect(texts(tree)).toEqual(["TT", "Nội dung", "a", "trong", ""]);
  });
});

describe("what Word keeps outside plain runs", () => {
  const box = (text: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="2160000" cy="360000"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape style="width:170pt;height:28pt"><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

  it("reads a text box inside mc:AlternateContent once, after its anchor, marked as a text box", () => {
    const tree = read({ body: `<w:p>${r("Neo")}${box("ĐẢNG CỘNG SẢN VIỆT NAM")}</w:p>` + A4 });
    const paras = bodyParagraphs(tree);
    expect(paras.map((x) => [plain(x.children), x.look.container, x.source])).toEqual([
      ["Neo", undefined, 1],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "textBox", 2],
    ]);
    expect(paras[0].look.drawings).toEqual([{ kind: "textBox", width: 60, height: 10 }]);
  });

  it("finds drawn lines: a VML line, a DrawingML line shape and a horizontal rule", () => {
    const dml = `<w:r><w:drawing><wp:inline><wp:extent cx="1800000" cy="0"/><a:graphic><a:graphicData uri="wps"><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const tree = read({
      body:
        `<w:p><w:r><w:pict><v:line from="0,0" to="141.75pt,0"/></w:pict></w:r></w:p><w:p>${dml}</w:p>` +
        '<w:p><w:r><w:pict><v:rect style="width:0;height:1.5pt" o:hr="t"/></w:pict></w:r></w:p>' +
        A4,
    });
    expect(bodyParagraphs(tree).map((x) => x.look.drawings)).toEqual([
      [{ kind: "line", width: 50 }],
      [{ kind: "line", width: 50, height: 0 }],
      [{ kind: "line", width: 0, height: 0.5 }],
    ]);
  });

  it("reads tracked changes as the current text: insertions kept, deletions and moved-away text dropped", () => {
    const tree = read({
      body:
        `<w:p>${r("Giữ ")}<w:ins w:id="1" w:author="A">${r("thêm ")}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>xóa </w:delText></w:r></w:del>` +
        `<w:moveFrom w:id="3">${r("đi ")}</w:moveFrom><w:moveTo w:id="4">${r("đến")}</w:moveTo></w:p>` +
        A4,
    });
    expect(texts(tree)).toEqual(["Giữ thêm đến"]);
  });

  it("reads content controls, smart tags, hyperlinks and custom XML through, at block and run level", () => {
    const tree = read({
      body:
        `<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent>${p("Về việc thử")}</w:sdtContent></w:sdt>` +
        `<w:p><w:sdt><w:sdtContent>${r("Kính ")}</w:sdtContent></w:sdt><w:smartTag w:element="place">${r("gửi")}</w:smartTag><w:hyperlink r:id="rId9">${r(": ")}</w:hyperlink><w:customXml w:element="x">${r("Sở")}</w:customXml></w:p>` +
        A4,
    });
    expect(texts(tree)).toEqual(["Về việc thử", "Kính gửi: Sở"]);
  });

  it("reads symbols, non-breaking and soft hyphens, carriage returns and page breaks", () => {
    const tree = read({
      body:
        `<w:p><w:r><w:t>25</w:t><w:noBreakHyphen/><w:t>NQ</w:t><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:cr/><w:t>x</w:t></w:r></w:p>` +
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
        p("Trang hai") +
        p("Trang ba", "<w:pageBreakBefore/>") +
        A4,
    });
    const blocks = tree.sections[0].children;
    expect(blocks.map((b) => b.type)).toEqual([
      "paragraph",
      "pageBreak",
      "paragraph",
      "pageBreak",
      "paragraph",
    ]);
    expect(texts(tree)).toEqual(["25\u2011NQ\u00ad\uf0fc\nx", "Trang hai", "Trang ba"]);
  });
});

describe("sections", () => {
  it("reads each section's page, orientation, first-page and odd/even headers, inheriting headers Word inherits", () => {
    const tree = read({
      settings: "<w:evenAndOddHeaders/>",
      stories: {
        rIdH: { kind: "header", xml: p("Đầu trang") },
        rIdHF: { kind: "header", xml: "<w:p/>" },
      },
      body:
        p("Trang dọc") +
        `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:headerReference w:type="first" r:id="rIdHF"/><w:titlePg/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:pgNumType w:start="1"/></w:sectPr></w:pPr></w:p>` +
        p("Trang ngang") +
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1701" w:right="1134" w:bottom="850" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>',
    });
    expect(
      tree.sections.map((s) => [
        s.page.orientation,
        s.page.width,
        s.page.titlePage,
        s.page.evenAndOdd,
        s.page.pageNumberStart,
      ]),
    ).toEqual([
      ["portrait", 210, true, true, 1],
      ["landscape", 297, false, true, undefined],
    ]);
    expect(tree.sections[0].page.margins).toEqual({
      top: 20,
      bottom: 20,
      left: 30,
      right: 15,
      header: 10,
      footer: 10,
      gutter: 0,
    });
    expect(tree.sections[1].headers.default).toEqual(tree.sections[0].headers.default);
    expect(tree.sections.map((s) => paragraphsTexts(s.children))).toEqual([
      ["Trang dọc", ""],
      ["Trang ngang"],
    ]);
  });
});

const paragraphsTexts = (blocks: ReadRoot["sections"][number]["children"]) =>
  blocks.flatMap((b) => (b.type === "paragraph" ? [plain(b.children)] : []));

describe("producers", () => {
  it("reads WordprocessingML under any namespace prefix, and the ISO Strict namespace", () => {
    const doc = wordDocx({ body: p("Chữ") + A4 });
    const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate") as typeof import("fflate");
    const files = unzipSync(doc);
    const xml = strFromU8(files["word/document.xml"]);
    const renamed = xml
      .replace(/xmlns:w="[^"]+"/, 'xmlns:ns0="http://purl.oclc.org/ooxml/wordprocessingml/main"')
      .replace(/<(\/?)w:/g, "<$1ns0:")
      .replace(/ w:/g, " ns0:");
    files["word/document.xml"] = strToU8(renamed);
    const out = readDocx(zipSync(files), { file: "strict.docx" });
    expect(out.diagnostics).toEqual([]);
    expect(texts(out.tree!)).toEqual(["Chữ"]);
    expect(out.tree!.sections[0].page.width).toBe(210);
  });

  it("names the application that saved the document", () => {
    expect(read({ body: p("x") + A4, application: "WPS Office" }).application).toBe("WPS Office");
  });
});

/**
 * Any file, however broken, gets a tree or one clear Vietnamese error, never an exception: not a
 * zip, an old .doc or a password-protected file (both OLE compound files), a zip without a Word
 * document, invalid or absurdly deep XML, zip bombs (declared, real and lying about their size),
 * too many entries, encrypted entries; and fast-check damage and truncation of real .docx files.
 */
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../src/ooxml/read-docx";
import { READ_LIMITS } from "../../src/ooxml/limits";
import type { ReadOutcome } from "../../src/ooxml/types";
import { runs } from "../support/hostile";
import { rendered } from "../support/samples";
import { A4, p, wordDocx } from "../support/word-docx";

const read = (bytes: Uint8Array) => readDocx(bytes, { file: "x.docx" });

/** The one error a broken file gets. */
function oneError(out: ReadOutcome) {
  expect(out.tree).toBeUndefined();
  expect(out.diagnostics).toHaveLength(1);
  const [d] = out.diagnostics;
  expect(d).toMatchObject({ severity: "error", file: "x.docx", stage: "read" });
  expect(d.message).not.toMatch(/\bat .*\.(ts|js)|Error:|undefined|NaN/);
  return d;
}

/** A zip's entries with their document.xml (or any part) replaced. */
function withPart(bytes: Uint8Array, name: string, text: string | undefined): Uint8Array {
  const files = unzipSync(bytes);
  if (text === undefined) delete files[name];
  else files[name] = strToU8(text);
  return zipSync(files);
}

/** Central directory fields of the entry named `name`: set a 2- or 4-byte little-endian value. */
function patchCentral(zip: Uint8Array, name: string, offset: number, value: number, size: 2 | 4) {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    if (strFromU8(out.subarray(i + 46, i + 46 + len)) !== name) continue;
    if (size === 2) view.setUint16(i + offset, value, true);
    else view.setUint32(i + offset, value, true);
    return out;
  }
  throw new Error(`no ${name}`);
}

const doc = () => wordDocx({ body: p("Nội dung") + A4 });

describe("a file that is not a .docx", () => {
  it.each([
    ["an empty file", new Uint8Array(0)],
    ["a YAML file", strToU8("loai: cong-van\nso: 5\n")],
    ["a PDF", strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")],
    ["a PK header and nothing else", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])],
  ])("%s is one DOCX_UNREADABLE error", (_, bytes) => {
    expect(oneError(read(bytes)).code).toBe("DOCX_UNREADABLE");
  });

  it("an OLE compound file (a password-protected .docx or an old .doc) says it is protected or an old .doc", () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const d = oneError(read(ole));
    expect(d.code).toBe("DOCX_PROTECTED");
    expect(d.message).toContain("mật khẩu");
    expect(d.message).toContain(".doc");
  });

  it("a zip whose entries are encrypted says it is protected", () => {
    const zip = patchCentral(doc(), "word/document.xml", 10, 99, 2);
    expect(oneError(read(zip)).code).toBe("DOCX_PROTECTED");
  });

  it("a zip without a Word document says what is missing", () => {
    const d = oneError(read(zipSync({ "a.txt": strToU8("x") })));
    expect([d.code, d.message]).toEqual(["DOCX_UNREADABLE", expect.stringContaining("word/document.xml")]);
    expect(oneError(read(withPart(doc(), "word/document.xml", undefined))).code).toBe("DOCX_UNREADABLE");
  });
});

describe("a .docx with broken parts", () => {
  it("invalid XML in the main document is one DOCX_UNREADABLE error", () => {
    for (const xml of [
      "<w:document><w:body><w:p>",
      "not xml at all <<<",
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    ])
      expect(oneError(read(withPart(doc(), "word/document.xml", xml))).code).toBe("DOCX_UNREADABLE");
  });

  it("a document with no body is one error", () => {
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    expect(oneError(read(withPart(doc(), "word/document.xml", xml))).code).toBe("DOCX_UNREADABLE");
  });

  it("XML nested deeper than the limit is DOCX_TOO_LARGE, not a stack overflow", () => {
    const depth = 200; // 400 deep
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}${"</w:sdtContent></w:sdt>".repeat(depth)}</w:body></w:document>`;
    const d = oneError(read(withPart(doc(), "word/document.xml", xml)));
    expect([d.code, d.message]).toEqual([
      "DOCX_TOO_LARGE",
      expect.stringContaining(`${READ_LIMITS.depth} tầng`),
    ]);
    // 100,000 deep compresses so well that it is refused as a bomb before it is parsed.
    const deeper = xml
      .replace(/(<w:sdt><w:sdtContent>)+/, "<w:sdt><w:sdtContent>".repeat(100_000))
      .replace(/(<\/w:sdtContent><\/w:sdt>)+/, "</w:sdtContent></w:sdt>".repeat(100_000));
    expect(oneError(read(withPart(doc(), "word/document.xml", deeper))).code).toBe("DOCX_TOO_LARGE");
  });

  it("nesting just under the limit still reads", () => {
    const depth = 100; // 2 elements per level: 200 deep, under 256
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>sâu</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}</w:body></w:document>`;
    const out = read(withPart(doc(), "word/document.xml", xml));
    expect(out.diagnostics).toEqual([]);
  });

  it("a broken styles, numbering or footnotes part is a warning that names it, and the text is still read", () => {
    const bytes = wordDocx({
      body: p("Vẫn đọc được", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') + A4,
      numbering: "",
    });
    const out = read(withPart(bytes, "word/numbering.xml", "<w:numbering><w:abstractNum>"));
    expect(out.tree).toBeDefined();
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "DOCX_PART_UNREADABLE",
        message: expect.stringContaining("word/numbering.xml"),
      }),
    ]);
  });

  it("content embedded as an altChunk (HTML, RTF, another .docx) is one warning, not silently lost", () => {
    const out = read(
      wordDocx({
        body: p("Trước") + '<w:altChunk r:id="rId9"/>' + '<w:altChunk r:id="rId10"/>' + p("Sau") + A4,
      }),
    );
    expect(out.tree).toBeDefined();
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "DOCX_PART_UNREADABLE",
        message: expect.stringContaining("altChunk"),
      }),
    ]);
  });

  it("a numbering that starts past Word's range prints as a number, not a string as long as the number", () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="999999999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="999999999"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const item = (l: number) => p("x", `<w:numPr><w:ilvl w:val="${l}"/><w:numId w:val="1"/></w:numPr>`);
    const out = read(wordDocx({ numbering, body: item(0) + item(1) + A4 }));
    const labels = out.tree!.sections[0].children.map(
      (b) => b.type === "paragraph" && b.look.numbering?.label,
    );
    expect(labels).toEqual(["999999999.", "999999999)"]);
  });
});

describe("zip bombs and sizes", () => {
  it("a part declaring 300 MB is refused from its header, before anything is inflated", () => {
    const zip = patchCentral(doc(), "word/document.xml", 24, 300 * 1024 * 1024, 4);
    const d = oneError(read(zip));
    expect([d.code, d.message]).toEqual(["DOCX_TOO_LARGE", expect.stringContaining("300 MB")]);
  });

  it("a real bomb (20 MB of one character in a few kilobytes) is refused", () => {
    const files = unzipSync(doc());
    files["word/document.xml"] = new Uint8Array(20 * 1024 * 1024).fill(0x20);
    const zip = zipSync(files, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(oneError(read(zip)).code).toBe("DOCX_TOO_LARGE");
  });

  it("a bomb under the size limit is refused by its compression ratio", () => {
    const files = unzipSync(doc());
    files["word/styles.xml"] = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const d = oneError(read(zipSync(files, { level: 9 })));
    expect([d.code, d.message]).toEqual(["DOCX_TOO_LARGE", expect.stringContaining("bom zip")]);
  });

  it("a part lying about its size inflates only as far as it declared (bounded memory) and reads as broken", () => {
    const files = unzipSync(doc());
    const xml = strFromU8(files["word/document.xml"]);
    files["word/document.xml"] = strToU8(xml.replace("</w:body>", `${" ".repeat(4 * 1024 * 1024)}</w:body>`));
    const zip = patchCentral(zipSync(files, { level: 9 }), "word/document.xml", 24, 1000, 4);
    expect(oneError(read(zip)).code).toBe("DOCX_UNREADABLE");
  });

  it("a zip of more entries than the limit is refused", () => {
    const files = unzipSync(doc());
    for (let i = 0; i <= READ_LIMITS.entries; i++) files[`word/media/x${i}.png`] = new Uint8Array(1);
    expect(oneError(read(zipSync(files, { level: 0 }))).code).toBe("DOCX_TOO_LARGE");
  });
});

describe("damaged real documents (fast-check)", () => {
  const sample = () => rendered("010-bao-cao-co-bang-phu-luc").then((r) => new Uint8Array(r.bytes));

  /** Either a tree, or errors that are all DOCX_ codes in Vietnamese; never an exception. */
  function answered(out: ReadOutcome) {
    if (out.tree) expect(out.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    else expect(out.diagnostics.length).toBeGreaterThan(0);
    for (const d of out.diagnostics) {
      expect(d.code).toMatch(/^DOCX_/);
      expect(d.stage).toBe("read");
      expect(d.message).toMatch(/[ăâđêôơưạảãáàệếềểễọỏõóòộốồổỗ]/);
    }
  }

  it("truncated anywhere: an answer, never an exception", async () => {
    const bytes = await sample();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (n) => answered(read(bytes.subarray(0, n)))),
      runs(60),
    );
  });

  it("bytes overwritten anywhere: an answer, never an exception", async () => {
    const bytes = await sample();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (edits) => {
          const damaged = bytes.slice();
          for (const [at, v] of edits) damaged[at] = v;
          answered(read(damaged));
        },
      ),
      runs(60),
    );
  });

  it("XML of the main document cut or spliced anywhere: an answer, never an exception", async () => {
    const bytes = await sample();
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: xml.length }),
        fc.integer({ min: 0, max: xml.length }),
        fc.constantFrom(
          "",
          "<",
          ">",
          "</w:p>",
          "<w:tbl>",
          '<w:fldChar w:fldCharType="end"/>',
          "&",
          "<w:r><w:t>",
          "\u0000",
        ),
        (a, b, insert) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          answered(read(withPart(bytes, "word/document.xml", xml.slice(0, from) + insert + xml.slice(to))));
        },
      ),
      runs(60),
    );
  });
});

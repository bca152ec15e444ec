/**
 * Any .docx, however broken, gets findings or one clear error from `vanthu check`, never an
 * exception or a stack trace: a rendered sample cut short or with bytes overwritten at random
 * places (fast-check), and files that are no .docx at all.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { check } from "../../src/check/check";
import { engine, rendered, TODAY } from "../support/samples";

const STACK = /^\s+at .+[:(]/m;

function judged(bytes: Uint8Array) {
  const r = check(bytes, engine.resources, { file: "hong.docx", today: TODAY });
  for (const d of r.diagnostics) {
    expect(d.message).not.toMatch(STACK);
    expect(d.code).not.toBe("INTERNAL_ERROR");
  }
  // Unread: one clear error. Read: findings (a damaged file may still hold a whole document).
  if (r.the_thuc === undefined) expect(r.diagnostics.filter((d) => d.severity === "error")).toHaveLength(1);
  return r;
}

describe("vanthu check on broken files", () => {
  let sample: Uint8Array;
  beforeAll(async () => {
    sample = (await rendered("002-cong-van-1866-cv-tu")).bytes;
  });

  it("answers a file cut short anywhere", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        judged(sample.subarray(0, n % sample.length));
      }),
      { numRuns: 30 },
    );
  });

  it("answers a file with bytes overwritten anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        (edits) => {
          const bytes = new Uint8Array(sample);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          judged(bytes);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("answers files that are no Word document: empty, text, a zip without a document, a document of no XML", () => {
    for (const bytes of [
      new Uint8Array(),
      strToU8("Kính gửi: đây không phải tệp Word"),
      zipSync({ "a.txt": strToU8("x") }),
      zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p>") }),
    ])
      expect(judged(bytes).diagnostics.length).toBeGreaterThan(0);
  });

  it("answers a readable document with no official part as findings that name each missing part", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const doc = `<w:document ${W}><w:body><w:p><w:r><w:t>Chỉ một dòng.</w:t></w:r></w:p></w:body></w:document>`;
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    const r = judged(
      zipSync({
        "[Content_Types].xml": strToU8(types),
        "_rels/.rels": strToU8(rels),
        "word/document.xml": strToU8(doc),
      }),
    );
    expect(r.diagnostics.filter((d) => d.code === "PART_MISSING").map((d) => d.path)).toContain("tieu_de");
  });
});

/**
 * The package writer (src/docx/xml/, the fast path of every render) writes, part for part and
 * byte for byte, what docx's Packer writes from the reference handlers: for every sample in
 * data/ that it takes (each row asserts that it does, so no row compares Packer with itself) and
 * for a tree that uses every node and mark it knows. Trees it does not know go to docx itself:
 * the samples it leaves are named, and each is asserted to be left.
 */
import { readFileSync } from "node:fs";
import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { prepareProfile } from "../../src/docx/prepared";
import { toDocument } from "../../src/docx/to-docx";
import { toDocx } from "../../src/docx/write-docx";
import { writePackage } from "../../src/docx/xml/package";
import { writable } from "../../src/docx/xml/writable";
import { layOut } from "../../src/layout/lay-out";
import type { Block, Root } from "../../src/tree/types";
import { engine, sampleFiles, sampleName, TODAY } from "../support/samples";

const prepared = prepareProfile(engine.resources.profiles.get("dang")!);
const DATES = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, b]) => [name, strFromU8(b).replace(DATES, "<date>")]),
  );
}

async function expectSameAsDocx(tree: Root, profile = prepared) {
  const reference = await parts(await Packer.toBuffer(toDocument(tree, profile)));
  const written = await parts(await toDocx(tree, profile));
  expect(Object.keys(written)).toEqual(Object.keys(reference));
  for (const name of Object.keys(reference)) expect([name, written[name]]).toEqual([name, reference[name]]);
}

const text = (value: string, marks?: ("bold" | "italic" | "underline")[]) => ({
  type: "text" as const,
  value,
  ...(marks && { marks }),
});
const para = (style: string, children: unknown[], keepNext?: boolean) =>
  ({ type: "paragraph", style, children, ...(keepNext && { keepNext }) }) as Block;
const note = (...paragraphs: Block[]) => ({ type: "footnote", children: paragraphs });

/** Every node, mark and edge the writer knows: escaping, empty runs and notes, nested tables, notes in cells. */
const EVERYTHING: Root = {
  type: "document",
  profile: "dang",
  kind: "thong-bao",
  sections: [
    {
      type: "section",
      children: [
        para("noi-dung", []),
        para(
          "noi-dung",
          [
            text(`a & b < c > d " ' \u0001 e`),
            text("Nghị quyết 25-NQ/TW và 12/KH-UBND", ["bold"]),
            text("B", ["bold"]),
            text("I", ["italic"]),
            text("U", ["underline"]),
            text("BIU", ["bold", "italic", "underline"]),
            { type: "break" },
            { type: "tab" },
            text(""),
          ],
          true,
        ),
        para("tieu-de", [text("ĐẢNG CỘNG SẢN"), { type: "break" }, text("VIỆT NAM")], true),
        para("kinh-gui", [text("Kính gửi:"), { type: "tab" }, text("- Ban Dân vận")]),
        para("noi-dung", [
          text("chú thích"),
          note(
            para("chu-thich", [text("một", ["italic"]), note(para("chu-thich", [text("lồng")]))]),
            para("chu-thich", [text("hai & ba")]),
          ),
          text(" và "),
          note(para("chu-thich", [])),
          note(),
        ]),
        {
          type: "layoutTable",
          layout: "dau",
          rows: [
            {
              type: "row",
              cells: [
                { type: "cell", children: [] },
                {
                  type: "cell",
                  children: [
                    {
                      type: "layoutTable",
                      layout: "cuoi",
                      rows: [
                        {
                          type: "row",
                          cells: [{ type: "cell", children: [para("tieu-de", [text("ĐẢNG")])] }],
                        },
                      ],
                    },
                    para("so", [note(para("chu-thich", [text("trong ô")]))]),
                  ],
                },
              ],
            },
            { type: "row", cells: [] },
          ],
        },
        {
          // A loose row (a long Nơi nhận list's line): no paragraph keeps with the next, nested ones too.
          type: "layoutTable",
          layout: "cuoi",
          keepNext: true,
          rows: [
            {
              type: "row",
              cells: [
                { type: "cell", children: [para("noi-nhan-nhan", [text("Nơi nhận:")])] },
                { type: "cell", children: [para("chuc-vu", [text("BÍ THƯ")])] },
              ],
            },
            {
              type: "row",
              loose: true,
              cells: [
                {
                  type: "cell",
                  children: [
                    para("noi-nhan", [text("- Sở Tư pháp,")]),
                    para("tieu-de", [text("KẺ DƯỚI")]),
                    para("noi-dung", [text("giữ")], true),
                    {
                      type: "layoutTable",
                      layout: "cuoi",
                      rows: [
                        {
                          type: "row",
                          cells: [{ type: "cell", children: [para("noi-nhan", [text("- Lồng")])] }],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        para("so-trang", [{ type: "pageNumber" }]),
      ],
    },
  ],
} as Root;

/**
 * The samples the package writer leaves to docx: several sections (a văn bản kèm theo, phụ lục),
 * a data table, bordered cells (the draft box) or fields it does not write.
 */
const LEFT_TO_DOCX = [
  "001-cong-van-84-cv-du",
  "010-bao-cao-co-bang-phu-luc",
  "011-ke-hoach-dan-van-kheo-bdvtu",
  "022-de-an-du-thao-dan-van-chinh-quyen-hu",
  "030-cong-van-dang-bo-khoi-ten-dai",
  "031-nghi-quyet-bch-ten-dai",
  "bang-tinh/bao-cao-tong-hop",
];

/** A sample's tree (with the workbooks its ```bang blocks name) and its own profile, prepared. */
async function sample(file: string) {
  const text = readFileSync(file, "utf8");
  const workbooks = await engine.readWorkbooks(text, file);
  const { tree, diagnostics } = engine.toTree(text, file, { today: TODAY, workbooks });
  if (!tree) throw new Error(`${file} did not render: ${JSON.stringify(diagnostics)}`);
  return { tree, profile: prepareProfile(engine.resources.profiles.get(tree.profile)!) };
}

/** The package writer's bytes for `tree`, or undefined when it leaves the tree to docx. */
const written = (tree: Root, profile: typeof prepared) =>
  writePackage(layOut(tree, profile), profile, (t) => Packer.toBuffer(toDocument(t, profile)));

const taken = sampleFiles().filter((f) => !LEFT_TO_DOCX.includes(sampleName(f)));
const left = sampleFiles().filter((f) => LEFT_TO_DOCX.includes(sampleName(f)));

describe("the package writer", () => {
  it("names every sample it leaves to docx, and only samples there are", () => {
    expect(left.map(sampleName)).toEqual(LEFT_TO_DOCX);
    expect(taken.length).toBeGreaterThan(LEFT_TO_DOCX.length);
  });

  it.each(taken.map((f) => [sampleName(f), f]))(
    "takes %s and writes it as docx would",
    async (_name, file) => {
      const { tree, profile } = await sample(file);
      expect(await written(tree, profile)).toBeDefined();
      await expectSameAsDocx(tree, profile);
    },
  );

  it.each(left.map((f) => [sampleName(f), f]))("leaves %s to docx", async (_name, file) => {
    const { tree, profile } = await sample(file);
    expect(await written(tree, profile)).toBeUndefined();
  });

  it("writes every node and mark it knows as docx would", async () => {
    expect(writable(EVERYTHING)).toBe(true);
    await expectSameAsDocx(EVERYTHING);
  });

  it("leaves a tree with anything else to docx", async () => {
    const unknown = {
      ...EVERYTHING,
      sections: [
        { type: "section", children: [{ type: "paragraph", style: "noi-dung", children: [], future: 1 }] },
      ],
    } as unknown as Root;
    expect(writable(unknown)).toBe(false);
    expect(writable({ ...EVERYTHING, sections: [EVERYTHING.sections[0], EVERYTHING.sections[0]] })).toBe(
      false,
    );
    await expectSameAsDocx({ ...EVERYTHING, sections: [EVERYTHING.sections[0], EVERYTHING.sections[0]] });
  });

  it("writes a package every part of which unzips", async () => {
    const files = unzipSync(await toDocx(EVERYTHING, prepared));
    expect(Object.keys(files)).toContain("word/document.xml");
    expect(strFromU8(files["word/document.xml"])).toMatch(/<\/w:document>$/);
  });
});

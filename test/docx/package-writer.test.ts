/**
 * The package writer (src/docx/xml/, the fast path of every render) writes, part for part and
 * byte for byte, what docx's Packer writes from the reference handlers: for every sample in
 * data/ that it takes (each row asserts that it does, so no row compares Packer with itself), for
 * a tree that uses every node and mark it knows, and for generated documents mixing nodes it has
 * handlers for with nodes it has none for. A document with any node its handlers do not take goes
 * to docx as a whole: the samples it leaves are named, and each is asserted to be left.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { prepareProfile } from "../../src/docx/prepared";
import { toDocument } from "../../src/docx/to-docx";
import { toDocx } from "../../src/docx/write-docx";
import { writePackage } from "../../src/docx/xml/package";
import { HANDLERS } from "../../src/docx/xml/handlers";
import { writable } from "../../src/docx/xml/package";
import { CHILDREN, visit, type NodeType } from "../../src/tree/visit";
import { layOut } from "../../src/layout/lay-out";
import type { Block, Cell, Inline, Paragraph, Root, Row } from "../../src/tree/types";
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

/**
 * Generated documents: paragraphs in body styles with marks, breaks, tabs, escaped characters and
 * notes; layout tables, nested, kept and loose; and what the writer has no handler for: data
 * tables, page breaks, cells with borders or a vertical alignment.
 */
const textArb = fc
  .record({
    value: fc.string({
      unit: fc.constantFrom("a", "Đ", "ệ", " ", "&", "<", '"', "-", "/", "2"),
      maxLength: 10,
    }),
    marks: fc.subarray(["bold", "italic", "underline"] as const),
  })
  .map(({ value, marks }): Inline => text(value, marks.length ? [...marks] : undefined));
const runArb = fc.oneof(
  textArb,
  fc.constant<Inline>({ type: "break" }),
  fc.constant<Inline>({ type: "tab" }),
);
const noteArb = fc
  .array(fc.array(runArb, { maxLength: 3 }), { maxLength: 2 })
  .map((ps): Inline => ({ type: "footnote", children: ps.map((c) => para("chu-thich", c) as Paragraph) }));
const paragraphArb = fc
  .record({
    style: fc.constantFrom("noi-dung", "tieu-de", "kinh-gui", "so", "noi-nhan", "chuc-vu"),
    children: fc.array(fc.oneof(runArb, noteArb), { maxLength: 4 }),
    keepNext: fc.boolean(),
  })
  .map(({ style, children, keepNext }) => para(style, children, keepNext));
const dataTableArb = fc
  .record({
    columns: fc.integer({ min: 1, max: 3 }),
    rows: fc.integer({ min: 1, max: 3 }),
    header: fc.boolean(),
  })
  .map(({ columns, rows, header }): Block => ({
    type: "dataTable",
    layout: "bang",
    columns: Array.from({ length: columns }, (_, c) => (c ? { align: "right" } : {})),
    headerRows: header ? 1 : 0,
    rows: Array.from({ length: rows }, (_, r) => ({
      type: "row",
      cells: Array.from({ length: columns }, (_, c) => ({
        type: "cell",
        children: [para(r === 0 && header ? "bang-dau" : "bang-o", [text(`${r}.${c}`)])],
      })),
    })),
  }));
/** Documents of the nodes the writer has handlers for, and (`unhandled`) of any others too. */
function documentArb(unhandled: boolean): fc.Arbitrary<Root> {
  const { block } = fc.letrec<{ block: Block; cell: Cell; row: Row }>((tie) => ({
    block: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      paragraphArb,
      fc
        .record({
          layout: fc.constantFrom("dau", "cuoi"),
          keepNext: fc.boolean(),
          rows: fc.array(tie("row"), { maxLength: 2 }),
        })
        .map(({ layout, keepNext, rows }): Block => ({
          type: "layoutTable",
          layout,
          rows,
          ...(keepNext && { keepNext }),
        })),
      fc.constant<Block>({ type: "pageBreak" }),
      ...(unhandled ? [dataTableArb] : []),
    ),
    row: fc
      .record({ cells: fc.array(tie("cell"), { maxLength: 3 }), loose: fc.boolean() })
      .map(({ cells, loose }): Row => ({ type: "row", cells, ...(loose && { loose }) })),
    cell: fc
      .record({
        children: fc.array(tie("block"), { maxLength: 3 }),
        frame: unhandled ? fc.constantFrom("none", "border", "valign") : fc.constant("none"),
      })
      .map(({ children, frame }): Cell => ({
        type: "cell",
        children,
        ...(frame === "border" && { borders: ["right" as const] }),
        ...(frame === "valign" && { valign: "center" as const }),
      })),
  }));
  return fc.array(block, { minLength: 1, maxLength: 5 }).map((children): Root => ({
    type: "document",
    profile: "dang",
    kind: "thong-bao",
    sections: [{ type: "section", children }],
  }));
}

/** Whether a tree holds a node the writer has no handler for (a data table), or a cell field it does not write. */
function hasUnhandled(tree: Root): boolean {
  let found = false;
  visit(tree, {
    dataTable: () => void (found = true),
    cell: (c) => void (found ||= !!c.borders || !!c.valign),
  });
  return found;
}

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
    expect(writable(EVERYTHING, prepared)).toBe(true);
    await expectSameAsDocx(EVERYTHING);
  });

  it("leaves a tree with anything else to docx", async () => {
    const unknown = {
      ...EVERYTHING,
      sections: [
        { type: "section", children: [{ type: "paragraph", style: "noi-dung", children: [], future: 1 }] },
      ],
    } as unknown as Root;
    expect(writable(unknown, prepared)).toBe(false);
    expect(
      writable({ ...EVERYTHING, sections: [EVERYTHING.sections[0], EVERYTHING.sections[0]] }, prepared),
    ).toBe(false);
    await expectSameAsDocx({ ...EVERYTHING, sections: [EVERYTHING.sections[0], EVERYTHING.sections[0]] });
  });

  it("has a handler for what it writes, and leaves a document with a node of any other type to docx", async () => {
    const without = (Object.keys(CHILDREN) as NodeType[]).filter((t) => !Object.hasOwn(HANDLERS, t));
    expect(without).toEqual(["dataTable"]);
    const body = EVERYTHING.sections[0].children;
    const mixed = (b: Block): Root => ({
      ...EVERYTHING,
      sections: [{ type: "section", children: [...body, b] }],
    });
    const dataTable: Block = {
      type: "dataTable",
      layout: "bang",
      columns: [{}],
      headerRows: 1,
      rows: [{ type: "row", cells: [{ type: "cell", children: [para("bang-o", [text("1")])] }] }],
    };
    expect(writable(mixed(dataTable), prepared)).toBe(false);
    expect(await written(mixed(dataTable), prepared)).toBeUndefined();
    await expectSameAsDocx(mixed(dataTable));
  });

  it("writes page breaks as docx does: the next block's first paragraph starts the page, in a table's first cell too, and a last one is dropped", async () => {
    const body = EVERYTHING.sections[0].children;
    const breaks: Block[] = [
      { type: "pageBreak" },
      body[1],
      { type: "pageBreak" },
      { type: "pageBreak" },
      body[6],
    ];
    const tree: Root = {
      ...EVERYTHING,
      sections: [{ type: "section", children: [...breaks, { type: "pageBreak" }] }],
    };
    expect(writable(tree, prepared)).toBe(true);
    const xml = (await parts((await written(tree, prepared))!))["word/document.xml"];
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    await expectSameAsDocx(tree);
  });

  it("keeps a page break before a layout table whose first cell is empty: that cell's paragraph starts the page", async () => {
    const table = EVERYTHING.sections[0].children.find((b) => b.type === "layoutTable")!;
    expect(table.type).toBe("layoutTable");
    if (table.type !== "layoutTable") return;
    const [first, ...rest] = table.rows;
    const emptyFirst: Block = {
      ...table,
      rows: [{ ...first, cells: [{ type: "cell", children: [] }, ...first.cells.slice(1)] }, ...rest],
    };
    const tree: Root = {
      ...EVERYTHING,
      sections: [
        {
          type: "section",
          children: [para("noi-dung", [text("Trang một.")]), { type: "pageBreak" }, emptyFirst],
        },
      ],
    };
    expect(writable(tree, prepared)).toBe(true);
    const xml = (await parts((await written(tree, prepared))!))["word/document.xml"];
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    await expectSameAsDocx(tree);
  });

  it("writes any document mixing nodes it has handlers for with nodes it has none for as docx would (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(documentArb(false), documentArb(true)), async (tree) => {
        expect(writable(tree, prepared)).toBe(!hasUnhandled(tree));
        await expectSameAsDocx(tree);
      }),
      { numRuns: 60 },
    );
  });

  it("writes a package every part of which unzips", async () => {
    const files = unzipSync(await toDocx(EVERYTHING, prepared));
    expect(Object.keys(files)).toContain("word/document.xml");
    expect(strFromU8(files["word/document.xml"])).toMatch(/<\/w:document>$/);
  });
});

/**
 * The walker: every node in document order, a node before its children, into the children the
 * tree contract gives each type; SKIP and EXIT; values that are no node of the tree go to
 * `unknown`; and every node type the samples' trees hold has its place in CHILDREN.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Block, Inline, Node, Paragraph, Root, Row } from "../../src/tree/types";
import { CHILDREN, childrenOf, EXIT, SKIP, visit, type NodeType } from "../../src/tree/visit";
import { runs } from "../support/hostile";
import { ROOT } from "../support/samples";

const text = (value: string): Inline => ({ type: "text", value });
const para = (...children: Inline[]): Paragraph => ({ type: "paragraph", style: "noi-dung", children });

const TREE: Root = {
  type: "document",
  profile: "dang",
  kind: "bao-cao",
  sections: [
    {
      type: "section",
      children: [
        para(text("a"), { type: "footnote", children: [para(text("b"))] }),
        { type: "pageBreak" },
        {
          type: "layoutTable",
          layout: "dau",
          rows: [{ type: "row", cells: [{ type: "cell", children: [para(text("c"), { type: "tab" })] }] }],
        },
      ],
    },
  ],
};

/** The types met, in the order met. */
function order(
  root: Node | readonly Node[],
  control: (n: Node) => "skip" | "exit" | undefined = () => undefined,
) {
  const met: string[] = [];
  const handler = (n: Node) => {
    met.push(n.type === "text" ? `text:${n.value}` : n.type);
    return control(n);
  };
  const ended = !visit(root, Object.fromEntries(Object.keys(CHILDREN).map((t) => [t, handler])));
  return { met, ended };
}

describe("visit", () => {
  it("meets every node in document order, a node before its children, footnotes where they are referenced", () => {
    expect(order(TREE).met).toEqual([
      "document",
      "section",
      "paragraph",
      "text:a",
      "footnote",
      "paragraph",
      "text:b",
      "pageBreak",
      "layoutTable",
      "row",
      "cell",
      "paragraph",
      "text:c",
      "tab",
    ]);
  });

  it("does not go into the children of a node whose handler says SKIP", () => {
    const { met } = order(TREE, (n) =>
      n.type === "footnote" || n.type === "layoutTable" ? SKIP : undefined,
    );
    expect(met).toEqual([
      "document",
      "section",
      "paragraph",
      "text:a",
      "footnote",
      "pageBreak",
      "layoutTable",
    ]);
  });

  it("stops at EXIT and says that it stopped", () => {
    const { met, ended } = order(TREE, (n) => (n.type === "pageBreak" ? EXIT : undefined));
    expect(ended).toBe(true);
    expect(met.at(-1)).toBe("pageBreak");
    expect(order(TREE).ended).toBe(false);
  });

  it("walks a list of blocks as it walks a section's", () => {
    expect(order(TREE.sections[0].children).met).toEqual(order(TREE).met.slice(2));
  });

  it("reads a node's children after its handler, so a handler may replace them", () => {
    const tree = structuredClone(TREE);
    const met: string[] = [];
    visit(tree, {
      paragraph: (p) => void (p.children = p.children.filter((c) => c.type !== "footnote")),
      text: (t) => void met.push(t.value),
    });
    expect(met).toEqual(["a", "c"]);
  });

  it("hands anything that is no node of the tree to `unknown`, with its parent", () => {
    const odd = { type: "future" };
    const block = para(text("x"), odd as unknown as Inline, 7 as unknown as Inline);
    const unknown: unknown[] = [];
    visit(block, { unknown: (value, parent) => void unknown.push([value, parent?.type]) });
    expect(unknown).toEqual([
      [odd, "paragraph"],
      [7, "paragraph"],
    ]);
    expect(visit([block], { unknown: () => EXIT })).toBe(false);
  });

  it("leaves a node whose children are not a list as a leaf", () => {
    const broken = { type: "paragraph", style: "x", children: "abc" } as unknown as Block;
    expect(childrenOf(broken)).toEqual([]);
    expect(order([broken]).met).toEqual(["paragraph"]);
  });

  it("knows every node type the samples' trees hold", () => {
    const types = new Set<string>();
    const dir = join(ROOT, "test/fixtures/golden");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")))
      JSON.stringify(JSON.parse(readFileSync(join(dir, file), "utf8")), (k, v: unknown) => {
        if (k === "type" && typeof v === "string") types.add(v);
        return v;
      });
    expect([...types].filter((t) => !Object.hasOwn(CHILDREN, t))).toEqual([]);
    expect(types.size).toBeGreaterThan(8);
  });

  it("meets each node once and in the order of a plain recursive walk, on any tree (fast-check)", () => {
    const rowsOf = (rows: Block[][][]): Row[] =>
      rows.map((cells) => ({ type: "row", cells: cells.map((children) => ({ type: "cell", children })) }));
    const leaf = fc
      .constantFrom<Inline>(text("t"), { type: "break" }, { type: "tab" }, { type: "pageNumber" })
      .map((node) => ({ ...node }));
    const { block } = fc.letrec<{ block: Block; inline: Inline; paragraph: Paragraph }>((tie) => ({
      inline: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc
          .array(tie("paragraph"), { maxLength: 2 })
          .map((children): Inline => ({ type: "footnote", children })),
      ),
      paragraph: fc
        .array(tie("inline"), { maxLength: 3 })
        .map((children): Paragraph => ({ type: "paragraph", style: "s", children })),
      block: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        tie("paragraph"),
        fc.constant(null).map((): Block => ({ type: "pageBreak" })),
        fc
          .array(fc.array(fc.array(tie("block"), { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 })
          .chain((rows) =>
            fc
              .boolean()
              .map((data): Block =>
                data
                  ? { type: "dataTable", layout: "d", columns: [], headerRows: 0, rows: rowsOf(rows) }
                  : { type: "layoutTable", layout: "l", rows: rowsOf(rows) },
              ),
          ),
      ),
    }));
    const plain = (n: Node, out: Node[]): Node[] => {
      out.push(n);
      const field = CHILDREN[n.type as NodeType];
      for (const c of field ? ((n as unknown as Record<string, Node[]>)[field] ?? []) : []) plain(c, out);
      return out;
    };
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (blocks) => {
        const root: Root = {
          type: "document",
          profile: "p",
          kind: "k",
          sections: [{ type: "section", children: blocks }],
        };
        const met: Node[] = [];
        visit(root, Object.fromEntries(Object.keys(CHILDREN).map((t) => [t, (n: Node) => void met.push(n)])));
        expect(met).toEqual(plain(root, []));
        expect(new Set(met).size).toBe(met.length);
      }),
      runs(200),
    );
  });
});

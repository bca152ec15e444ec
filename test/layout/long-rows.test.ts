/**
 * A signature block beside a long Nơi nhận list, in the layout pass: a row too tall to keep on
 * one page with the text above it becomes the signature with the list's first lines, then one
 * loose row per further recipient (the table may break before each); a short block stays one
 * row. Generated over recipient counts and name lengths, for a Party and a state công văn. (What
 * LibreOffice prints from it: test/e2e/long-closing.test.ts.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { columnWidths } from "../../src/docx/columns";
import { prepareProfile } from "../../src/docx/prepared";
import { blockHeight, cellHeights } from "../../src/layout/block-height";
import { layOut } from "../../src/layout/lay-out";
import { LONG_ROW, textHeight } from "../../src/layout/long-rows";
import type { Block, LayoutTable, Paragraph, Root } from "../../src/tree/types";
import { CONG_VAN, engine, ROOT, sampleFiles, TODAY } from "../support/samples";

const STATE = readFileSync(join(ROOT, "data/nha-nuoc/cong-van-12-ubnd-vx.yaml"), "utf8");
const withRecipients = (yaml: string, items: string[]) =>
  yaml.replace(
    /^noi_nhan:\n(?: {2}- .*\n)+/m,
    `noi_nhan:\n${items.map((t) => `  - ${JSON.stringify(t)}\n`).join("")}`,
  );

const treeOf = (yaml: string): Root => {
  const { tree, diagnostics } = engine.toTree(yaml, "test.yaml", { today: TODAY });
  if (!tree) throw new Error(JSON.stringify(diagnostics));
  return tree;
};
const contextOf = (tree: Root) => prepareProfile(engine.resources.profiles.get(tree.profile)!);
const signatureTable = (root: Root) =>
  root.sections[0].children.find((b): b is LayoutTable => b.type === "layoutTable" && b.layout === "cuoi")!;
const text = (b: Block): string =>
  b.type === "paragraph"
    ? (b as Paragraph).children.map((c) => (c.type === "text" ? c.value : " ")).join("")
    : b.type === "layoutTable" || b.type === "dataTable"
      ? b.rows.map((r) => r.cells.map((c) => c.children.map(text).join("|")).join("‖")).join("¶")
      : "";

const recipients = fc.array(
  fc.oneof(
    fc.constantFrom("Như trên", "Sở Tư pháp", "Lưu: VT"),
    fc.nat({ max: 999 }).map((n) => `Ủy ban nhân dân xã số ${n} thuộc huyện Văn Lãng, tỉnh Lạng Sơn`),
    fc.nat({ max: 99 }).map((n) => `Đảng ủy xã ${n}`),
  ),
  { minLength: 1, maxLength: 120 },
);

describe.each([
  ["a Party công văn", CONG_VAN],
  ["a state công văn", STATE],
])("the signature block of %s", (_, yaml) => {
  it("is split only when taller than a third of the page, into the signature with the list's first lines and a loose row per further recipient, nothing lost or moved", () => {
    fc.assert(
      fc.property(recipients, (items) => {
        const tree = treeOf(withRecipients(yaml, items));
        const context = contextOf(tree);
        const before = signatureTable(tree);
        const after = signatureTable(layOut(tree, context));
        const width = context.textWidth;
        const tall = Math.max(...cellHeights(before, before.rows[0], 0, width, context));
        if (tall <= textHeight(context) * LONG_ROW) {
          expect(after.rows).toHaveLength(1);
          return;
        }
        expect(after.rows.length).toBeGreaterThan(1);
        expect(after.rows.map((r) => !!r.loose)).toEqual(after.rows.map((_, k) => k > 0));
        for (const row of after.rows.slice(1))
          expect(row.cells.map((c) => c.children.length)).toEqual([1, 0]);
        // Each column reads as before, first row then second.
        before.rows[0].cells.forEach((cell, i) =>
          expect(after.rows.flatMap((r) => r.cells[i].children).map(text)).toEqual(cell.children.map(text)),
        );
        const [list, signature] = after.rows[0].cells;
        // The whole signature in the first row, beside "Nơi nhận:" and at least one recipient.
        expect(signature.children.map(text)).toEqual(before.rows[0].cells[1].children.map(text));
        expect(list.children.length).toBeGreaterThanOrEqual(2);
        // The list's part reaches the signature's foot, so no gap opens between the two rows.
        const height = (blocks: Block[], w: number) =>
          blocks.reduce((s, b) => s + blockHeight(b, w, context), 0);
        const [left, right] = cellHeights(after, after.rows[0], 0, width, context);
        expect(left).toBeGreaterThanOrEqual(right);
        // … and no further than one block more (past the first two).
        const listWidth = columnWidths(context.profile, "cuoi", width, after.widths)![0];
        if (list.children.length > 2)
          expect(height(list.children.slice(0, -1), listWidth)).toBeLessThan(right);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the samples", () => {
  it.each(sampleFiles().map((f) => [f.slice(ROOT.length + 6), f]))(
    "%s keeps its short signature block as one row",
    async (_, file) => {
      const text = readFileSync(file, "utf8");
      const workbooks = await engine.readWorkbooks(text, file);
      const tree = engine.toTree(text, file, { today: TODAY, workbooks }).tree!;
      const laid = layOut(tree, contextOf(tree));
      const rows = laid.sections.flatMap((s) =>
        s.children.flatMap((b) => (b.type === "layoutTable" ? b.rows : [])),
      );
      expect(rows.filter((r) => r.loose)).toEqual([]);
    },
  );
});

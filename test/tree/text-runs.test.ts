/**
 * A tab typed in a value or in the body — common in text pasted from Word ("1.\tNội dung") —
 * becomes a tab node, written by both renderers as a real Word tab (<w:tab/>), never as a raw
 * "\t" inside <w:t>; in a field, in a body paragraph, a footnote and a table cell alike.
 */
import { strFromU8, unzipSync } from "fflate";
import type { Paragraph, Root } from "../../src/tree/types";
import { visit } from "../../src/tree/visit";
import { CONG_VAN, engine, TODAY } from "../support/samples";

const source = (body: string) =>
  CONG_VAN.replace("trich_yeu: V/v thử nghiệm", 'trich_yeu: "V/v\\tthử\\t\\tnghiệm"').replace(
    "  Đoạn thứ nhất.\n",
    body.replace(/^/gm, "  ") + "\n",
  );

const paragraphs = (tree: Root): Paragraph[] => {
  const out: Paragraph[] = [];
  visit(tree, { paragraph: (p) => void out.push(p) });
  return out;
};

describe("tabs", () => {
  const plain = source("1.\tTiếp tục\ttăng cường[^1].\n\n[^1]: Chú\tthích.");
  const withTable = source(
    "1.\tTiếp tục\ttăng cường[^1].\n\n| Đơn\tvị | Số |\n|---|---|\n| Xã\tA | 1 |\n\n[^1]: Chú\tthích.",
  );

  it("are tab nodes in the tree, in fields, body, footnotes and cells", () => {
    const tree = engine.toTree(withTable, "x.yaml", { today: TODAY }).tree!;
    const all = paragraphs(tree);
    expect(all.flatMap((p) => p.children).filter((c) => c.type === "text" && c.value.includes("\t"))).toEqual(
      [],
    );
    const shape = (style: string) =>
      all
        .filter((p) => p.style === style)
        .map((p) =>
          p.children
            .map((c) => (c.type === "tab" ? "⇥" : c.type === "text" ? c.value : `<${c.type}>`))
            .join(""),
        );
    expect(shape("trich-yeu-cong-van")).toEqual(["V/v⇥thử⇥⇥nghiệm"]);
    expect(shape("noi-dung")).toEqual(["1.⇥Tiếp tục⇥tăng cường<footnote>."]);
    expect(shape("chu-thich")).toEqual(["Chú⇥thích."]);
    expect(shape("bang-dau").concat(shape("bang-o"))).toEqual(["Đơn⇥vị", "Số", "Xã⇥A", "1"]);
  });

  it.each([
    ["the fast package writer", plain],
    ["docx's renderer (a data table)", withTable],
  ])("are written as <w:tab/> by %s, never as a raw tab in <w:t>", async (_how, yaml) => {
    const outcome = await engine.render(yaml, "x.yaml", { today: TODAY });
    const files = unzipSync(outcome.docx!);
    for (const part of ["word/document.xml", "word/footnotes.xml"]) {
      const xml = strFromU8(files[part]);
      expect(xml).not.toMatch(/<w:t[ >][^<]*\t/);
      expect(xml).toContain("<w:tab/>");
    }
  });
});

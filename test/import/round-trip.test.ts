/**
 * Round trip through Word: every sample in data/ rendered to .docx, imported back to YAML, and
 * rendered again gives a document with the same paragraphs of text, in the same order (body,
 * header and signature tables, footnotes, table cells), its YAML loads without an error, and
 * `vanthu check` finds in the new copy what it finds in vanthu's own render: nothing, but for the
 * document rules a sample's content breaks.
 */
import { readFileSync } from "node:fs";
import { check } from "../../src/check/check";
import { hasErrors } from "../../src/diagnostic";
import { importDocx } from "../../src/import/import-docx";
import type { Inline, Root } from "../../src/tree/types";
import { visit } from "../../src/tree/visit";
import { engine, sampleFiles, sampleName, TODAY } from "../support/samples";

/** Every paragraph's text in reading order; footnotes after the paragraph that cites them. */
export function paragraphTexts(tree: Root): string[] {
  const out: string[] = [];
  const plain = (xs: Inline[]): string =>
    xs
      .map((x) => (x.type === "text" ? x.value : x.type === "break" ? "\n" : x.type === "tab" ? "\t" : ""))
      .join("");
  // A paragraph before its children, so the notes it cites come after it.
  visit(tree, {
    paragraph: (p) => void out.push(plain(p.children).replace(/\s+/g, " ").trim()),
    pageBreak: () => void out.push("[ngắt trang]"),
  });
  return out.filter(Boolean);
}

describe.each(sampleFiles().map((f) => [sampleName(f), f]))("%s", (_, file) => {
  it("imports to YAML that renders the same paragraphs of text", async () => {
    const source = readFileSync(file, "utf8");
    const first = await engine.render(source, file, { today: TODAY });
    expect(first.docx).toBeDefined();
    const imported = importDocx(first.docx!, engine.resources.profiles, { file: "ban.docx" });
    expect(imported.yaml).toBeDefined();
    const again = engine.toTree(imported.yaml!, "ban.yaml", { today: TODAY });
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(hasErrors(again.diagnostics)).toBe(false);
    expect(paragraphTexts(again.tree!)).toEqual(paragraphTexts(first.tree!));
    const copy = await engine.render(imported.yaml!, "ban.yaml", { today: TODAY });
    // What vanthu check says of the copy is what it says of vanthu's own render of the sample
    // (nothing, or the document rules the sample's content breaks, such as an unusual ký hiệu).
    const findings = (bytes: Buffer) =>
      check(bytes, engine.resources, { file: "ban.docx", today: TODAY }).diagnostics.map(
        (d) => `${d.code} ${d.path} ${d.message}`,
      );
    expect(findings(copy.docx!)).toEqual(findings(first.docx!));
  });
});

/**
 * Property tests (fast-check): random documents — any kind of either profile, random numbers of
 * paragraphs, soft-wrapped lines, hand-numbered points, headings of every level, footnotes,
 * Markdown tables, ```bang tables, page breaks, phụ lục, a văn bản kèm theo, one or two signers,
 * nơi nhận with brace groups, urgency, secrecy and draft marks — and now and then a hostile line.
 * Each renders without an exception or any error, and nothing is lost: the body paragraphs,
 * footnotes, table cells and captions of the tree are exactly the input's, in order (after
 * test/support/normalise.ts); a subset is written as .docx, whose XML is well-formed and whose
 * text is the tree's.
 */
import fc from "fast-check";
import { engine, laidOut, TODAY } from "../support/samples";
import { runs } from "../support/hostile";
import { documentArb, expectContent, OURS } from "../support/random-document";
import { malformedParts, textsOfDocx, textsOfTree } from "../support/texts";

describe("random document structures", () => {
  it("render to a tree that holds every paragraph, footnote, cell and caption of the input", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const outcome = engine.toTree(doc.yaml, "random.yaml", { today: TODAY });
        expect(outcome.diagnostics.filter((d) => d.severity === "error" || OURS.includes(d.code))).toEqual(
          [],
        );
        expectContent(textsOfTree(outcome.tree!), doc);
      }),
      runs(1000),
    );
  });

  it("write a .docx whose XML is well-formed and whose text is the tree's", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const outcome = await engine.render(doc.yaml, "random.yaml", { today: TODAY });
        expect(outcome.diagnostics.filter((d) => d.severity === "error" || OURS.includes(d.code))).toEqual(
          [],
        );
        expect(malformedParts(outcome.docx!)).toEqual([]);
        const texts = textsOfDocx(outcome.docx!);
        // The layout pass only adds line breaks (long names, balanced trích yếu and kèm theo lines).
        expect(texts).toEqual(textsOfTree(laidOut(outcome.tree!)));
        expectContent(textsOfTree(outcome.tree!), doc);
      }),
      runs(100),
    );
  });
});

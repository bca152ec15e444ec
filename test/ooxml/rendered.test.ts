/**
 * The reader against vanthu's own output: every sample in data/, rendered, reads back as the tree
 * it was rendered from (after the layout pass that the writers apply) (text, styles, marks, tables, notes,
 * page breaks, sections), and its look
 * is the profile's.
 */
import { prepareProfile } from "../../src/docx/prepared";
import { layOut } from "../../src/layout/lay-out";
import { readDocx } from "../../src/ooxml/read-docx";
import type { ReadParagraph, ReadRoot } from "../../src/ooxml/types";
import { loadResources } from "../../src/resources";
import type { Root } from "../../src/tree/types";
import { rendered, sampleFiles, sampleName } from "../support/samples";
import { treeShape } from "../support/tree-shape";

const samples = sampleFiles();
const profiles = loadResources().profiles;

/** The tree as the writers receive it: after the layout pass (column widths, balanced line breaks). */
const laidOut = (tree: Root) => layOut(tree, prepareProfile(profiles.get(tree.profile)!));

async function read(name: string) {
  const r = await rendered(name);
  const out = readDocx(r.bytes, { file: `${sampleName(name)}.docx` });
  return { ...r, read: out };
}

function paragraphs(tree: ReadRoot): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test walks blocks of every type
  const walk = (blocks: any[]) => {
    for (const b of blocks) {
      if (b.type === "paragraph") out.push(b);
      else if (b.type === "table") for (const r of b.rows) for (const c of r.cells) walk(c.children);
    }
  };
  for (const s of tree.sections) walk(s.children);
  return out;
}

describe("reading vanthu's own .docx", () => {
  it.each(samples.map((f) => [sampleName(f), f]))(
    "%s reads back as the tree it was rendered from",
    async (_, file) => {
      const { tree, read: out } = await read(file);
      expect(out.diagnostics).toEqual([]);
      expect(treeShape(out.tree!, "Normal")).toEqual(treeShape(laidOut(tree as Root), "Normal"));
    },
  );

  it("numbers body paragraphs 1, 2, 3 … in document order, table cells included", async () => {
    const { read: out } = await read(samples[0]);
    const sources = paragraphs(out.tree!).map((p) => p.source);
    expect(sources).toEqual(sources.map((_, i) => i + 1));
    expect(out.tree!.paragraphs).toBe(sources.length);
  });
});

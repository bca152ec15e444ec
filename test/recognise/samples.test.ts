/**
 * The recogniser on vanthu's own output: every rendered sample is recognised as the profile and
 * kind it was written in, with one document per main and enclosed document, and every line named
 * by the style vanthu gave it — both when the styles are there and when they are stripped (as in
 * a Word user's document, where only formatting and words tell the parts apart).
 */
import { readFileSync } from "node:fs";
import { recognise } from "../../src/recognise/recognise";
import type { DocumentInput } from "../../src/schema/kinds";
import { engine, sampleFiles, sampleName, TODAY } from "../support/samples";
import { readSample, stylesBySource, withoutStyles } from "./support";

const profiles = engine.resources.profiles;

describe.each(sampleFiles().map((f) => [sampleName(f), f]))("%s", (_name, file) => {
  const input = engine.toTree(readFileSync(file, "utf8"), file, { today: TODAY }).input as DocumentInput;

  it.each([
    ["with its styles", false],
    ["without any style name", true],
  ])(
    "is recognised %s: profile, kind, documents, and each line as the style it was rendered in",
    async (_how, strip) => {
      const { tree } = await readSample(file);
      const styles = stylesBySource(tree);
      const r = recognise(strip ? withoutStyles(tree) : tree, profiles);
      expect([r.profile, r.profileFrom, r.kind]).toEqual([input.the_thuc, "document", input.loai]);
      expect(r.documents).toHaveLength(1 + (input.kem_theo?.length ?? 0));
      expect(r.documents[0].appendices).toBe(input.phu_luc?.length ?? 0);
      const wrong: string[] = [];
      const seen = new Set<number>();
      for (const line of r.documents.flatMap((d) => d.lines)) {
        if (line.source === undefined) continue;
        seen.add(line.source);
        const style = styles.get(line.source)!.style;
        if (style !== line.role)
          wrong.push(`đoạn ${line.source} «${line.text.slice(0, 40)}»: ${line.role}, not ${style}`);
      }
      expect(wrong).toEqual([]);
      const unplaced = [...styles].filter(([source, s]) => !s.empty && !seen.has(source)).map(([s]) => s);
      expect(unplaced).toEqual([]);
    },
  );
});

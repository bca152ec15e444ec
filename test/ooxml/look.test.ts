/**
 * The resolved look of vanthu's own output is the profile's numbers: for every paragraph of a
 * Party and a state sample in a profile style, the size, bold, italic, alignment, indents,
 * spacing and line spacing the reader resolves (docDefaults → style chain → direct) are what
 * templates/profiles/*.yaml sets for that style; and each section's page is the profile's page.
 */
import { resolveStyle } from "../../src/profile/resolve-style";
import { readDocx } from "../../src/ooxml/read-docx";
import type { ReadBlock, ReadParagraph } from "../../src/ooxml/types";
import { loadResources } from "../../src/resources";
import { join } from "node:path";
import { ROOT, rendered as renderedFile } from "../support/samples";

const rendered = (name: string) => renderedFile(join(ROOT, "data", `${name}.yaml`));

const profiles = loadResources().profiles;

function paragraphs(blocks: ReadBlock[], out: ReadParagraph[] = []): ReadParagraph[] {
  for (const b of blocks) {
    if (b.type === "paragraph") out.push(b);
    else if (b.type === "table") for (const r of b.rows) for (const c of r.cells) paragraphs(c.children, out);
  }
  return out;
}

describe.each([
  ["dang", "010-bao-cao-co-bang-phu-luc"],
  ["dang", "014-quyet-dinh-ban-chi-dao-qcdc-tu"],
  ["nha-nuoc", "nha-nuoc/cong-van-12-ubnd-vx"],
  ["nha-nuoc", "nha-nuoc/quyet-dinh-15-qd-ubnd"],
])("the look of %s sample %s", (profileId, sample) => {
  const profile = profiles.get(profileId)!;

  it("is the profile's style for every paragraph in a profile style", async () => {
    const { bytes } = await rendered(sample);
    const tree = readDocx(bytes, { file: "x.docx" }).tree!;
    const checked = new Set<string>();
    for (const p of tree.sections.flatMap((s) => paragraphs(s.children))) {
      if (!profile.styles[p.style]) continue;
      checked.add(p.style);
      const s = resolveStyle(profile, p.style);
      const expected = {
        size: s.size,
        bold: !!s.bold,
        italic: !!s.italic,
        firstLine: s.indent?.hanging !== undefined ? -s.indent.hanging : (s.indent?.first_line ?? 0),
        left: s.indent?.left ?? 0,
        before: s.spacing?.before ?? 0,
        after: s.spacing?.after ?? 0,
        line:
          s.spacing?.line_exact !== undefined
            ? { exact: s.spacing.line_exact }
            : s.spacing?.line_at_least !== undefined
              ? { atLeast: s.spacing.line_at_least }
              : s.spacing?.line !== undefined && s.spacing.line !== 1
                ? { multiple: s.spacing.line }
                : undefined,
      };
      const { look } = p;
      expect({ style: p.style, ...expected }).toEqual({
        style: p.style,
        size: look.mark.size,
        bold: look.mark.bold,
        italic: look.mark.italic,
        firstLine: look.indent.firstLine,
        left: look.indent.left,
        before: look.spacing.before,
        after: look.spacing.after,
        line: look.spacing.line,
      });
      if (s.align && !p.look.numbering) expect([p.style, look.align]).toEqual([p.style, s.align]);
      for (const t of p.children)
        if (t.type === "text")
          expect([p.style, t.look.size, t.look.font]).toEqual([p.style, s.size, profile.font]);
    }
    expect(checked.size).toBeGreaterThan(10);
  });

  it("has the profile's page in every section, numbered from 1 with no number on the first page", async () => {
    const { bytes } = await rendered(sample);
    const tree = readDocx(bytes, { file: "x.docx" }).tree!;
    for (const s of tree.sections) {
      expect(s.page).toMatchObject({
        width: profile.page.width,
        height: profile.page.height,
        margins: { ...profile.page.margins, header: profile.page.header, footer: profile.page.footer },
        titlePage: !profile.page_number.first_page,
        pageNumberStart: 1,
      });
      const number = s.headers.default!.flatMap((b) => (b.type === "paragraph" ? b.children : []));
      expect(number.map((i) => i.type)).toEqual(["pageNumber"]);
    }
  });
});

describe("the rule under the title", () => {
  it("is the bordered paragraph after it, as thick as the profile says", async () => {
    const { bytes } = await rendered("010-bao-cao-co-bang-phu-luc");
    const all = paragraphs(readDocx(bytes, { file: "x.docx" }).tree!.sections[0].children);
    const i = all.findIndex((p) => p.style === "tieu-de");
    const rule = profiles.get("dang")!.styles["tieu-de"].rule_below!;
    expect(all[i + 1].look.borders?.bottom).toMatchObject({ style: "single", width: rule.thickness });
  });
});

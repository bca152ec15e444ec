/**
 * The page as a Văn phòng chief reads it: every sample (Party and state) printed by LibreOffice,
 * its words and lines read back with `pdftotext -bbox-layout`, and checked for what no XML rule
 * sees: an agency name broken inside a word group, a document symbol split at its hyphen, a
 * heading last on a page, a signature alone on a page, text outside the margins. Page 1 and the
 * last page of each sample are kept as small images (test/fixtures/pages/) and compared with a
 * tolerance, so a change that moves the layout shows in review; `UPDATE=1 npx jest
 * test/e2e/page-layout.test.ts` rewrites them (look at the new images before committing).
 *
 * All samples go through one soffice call (its start is most of the cost), with a private user
 * profile. Needs soffice, poppler-utils and fonts-liberation2; skipped without soffice locally
 * (with a warning), failing in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnWidths } from "../../src/docx/columns";
import { prepareProfile } from "../../src/docx/prepared";
import { layOut } from "../../src/layout/lay-out";
import { groupStarts, lineStarts, loneHeadEnd } from "../../src/layout/name-groups";
import type { Profile } from "../../src/profile/schema";
import { isSymbol } from "../../src/text/symbols";
import type { Block, LayoutTable, Paragraph, Root, Section } from "../../src/tree/types";
import { SKIP, visit } from "../../src/tree/visit";
import { difference, pageImage } from "../support/page-image";
import { hasSoffice, toPdf } from "../support/pdf";
import {
  findSpread,
  findWords,
  readLayout,
  wordsOf,
  type PdfLayout,
  type PdfWord,
} from "../support/pdf-layout";
import { longPartyNameCases, sampleCases, type PageCase } from "../support/page-cases";
import { engine, ROOT, TODAY } from "../support/samples";

if (!hasSoffice && !process.env.CI)
  console.warn("soffice (LibreOffice) is not installed: the page layout tests are skipped");

const UPDATE = process.env.UPDATE === "1";
const PAGES = join(ROOT, "test/fixtures/pages");
/** Page images at 30 dpi: an A4 page is 248 × 351 pixels, a few kB as a grey PNG. */
const DPI = 30;
/** At most this share of a page's pixels may differ from its image (a moved line of text is about 1 %). */
const TOLERANCE = 0.006;
const PT_PER_MM = 72 / 25.4;

const SAMPLES = sampleCases();
/** Party documents under other long names, and names their author broke: every rule but the page images. */
const VARIANTS = longPartyNameCases();
const CASES = [...SAMPLES, ...VARIANTS];
const fileName = (c: PageCase) => c.name.replace(/\//g, "__");

/** The tree as the writers see it: after the layout pass. */
async function laidTree({ source, file }: PageCase): Promise<{ tree: Root; profile: Profile }> {
  const workbooks = await engine.readWorkbooks(source, file);
  const tree = engine.toTree(source, file, { today: TODAY, workbooks }).tree!;
  const profile = engine.resources.profiles.get(tree.profile)!;
  return { tree: layOut(tree, prepareProfile(profile)), profile };
}

async function docxOf({ source, file }: PageCase): Promise<Uint8Array> {
  const outcome = await engine.render(source, file, { today: TODAY });
  if (!outcome.docx) throw new Error(`${file} did not render: ${JSON.stringify(outcome.diagnostics)}`);
  return outcome.docx;
}

/**
 * The agency names (paragraphs of a `wrap: groups` style) of a section's layout tables, each with
 * the x range of its column on the page (points): the header's columns share lines, so a name's
 * words are read among the words of its own column only.
 */
function namesOf(
  section: Section,
  profile: Profile,
): { name: Paragraph; x: [number, number]; room: number }[] {
  const textWidth = prepareProfile(profile).textWidth;
  const left = profile.page.margins.left * PT_PER_MM;
  return section.children.flatMap((b) => {
    if (b.type === "paragraph")
      return profile.styles[b.style]?.wrap === "groups"
        ? [{ name: b, x: [0, Infinity] as [number, number], room: 0 }]
        : [];
    if (b.type !== "layoutTable") return [];
    const widths = (columnWidths(profile, b.layout, textWidth, b.widths) ?? [textWidth]).map((w) => w / 20);
    const room = (profile.tables[b.layout]?.fit?.room ?? 0) * PT_PER_MM;
    return b.rows.flatMap((r) =>
      r.cells.flatMap((c, i) => {
        const x0 = left + widths.slice(0, i).reduce((a, w) => a + w, 0);
        return paragraphsOf(c.children)
          .filter((p) => profile.styles[p.style]?.wrap === "groups")
          .map((name) => ({ name, x: [x0, x0 + (widths[i] ?? 0)] as [number, number], room }));
      }),
    );
  });
}

/** The width of printed words set on one line, `space` points between two words. */
const widthOnOneLine = (ws: readonly { xMin: number; xMax: number }[], space: number) =>
  ws.reduce((sum, w) => sum + w.xMax - w.xMin, 0) + space * (ws.length - 1);
const plain = (p: Paragraph) => p.children.map((c) => (c.type === "text" ? c.value : " ")).join("");
/** Word indices (from 0) where the paragraph's own line breaks start a line. */
function plannedStarts(p: Paragraph): number[] {
  const starts: number[] = [];
  let count = 0;
  for (const c of p.children) {
    if (c.type === "break") starts.push(count);
    else if (c.type === "text") count += wordsOf(c.value).length;
  }
  return starts.filter((s) => s > 0);
}

function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  visit(blocks, {
    paragraph: (p) => {
      out.push(p);
      return SKIP;
    },
  });
  return out;
}

const isSignature = (b: Block): b is LayoutTable =>
  b.type === "layoutTable" && (b.layout === "cuoi" || b.layout === "chu-ky-doi");

let dir: string;
const layouts = new Map<string, PdfLayout>();
const pdfOf = (c: PageCase) => join(dir, "pdf", `${fileName(c)}.pdf`);
const layoutOf = (c: PageCase) =>
  layouts.get(c.name) ?? layouts.set(c.name, readLayout(pdfOf(c))).get(c.name)!;

(hasSoffice || process.env.CI ? describe : describe.skip)("every sample as printed by LibreOffice", () => {
  beforeAll(async () => {
    if (!hasSoffice)
      throw new Error(
        "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2",
      );
    dir = mkdtempSync(join(tmpdir(), "vanthu-page-"));
    mkdirSync(join(dir, "docx"));
    mkdirSync(join(dir, "pdf"));
    const inputs: string[] = [];
    for (const c of CASES) {
      const path = join(dir, "docx", `${fileName(c)}.docx`);
      writeFileSync(path, await docxOf(c));
      inputs.push(path);
    }
    toPdf(inputs, join(dir, "pdf"));
  }, 300000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("has the long-name samples, Party and state", () => {
    expect(SAMPLES.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "030-cong-van-dang-bo-khoi-ten-dai",
        "031-nghi-quyet-bch-ten-dai",
        "nha-nuoc/ke-hoach-07-kh-mttq-ten-dai",
        "nha-nuoc/quyet-dinh-28-qd-ubnd-ten-dai",
      ]),
    );
  });

  describe.each(CASES.map((c) => [c.name, c]))("%s", (_name, doc) => {
    let tree: Root;
    let profile: Profile;
    beforeAll(async () => ({ tree, profile } = await laidTree(doc)));

    it("breaks no agency name inside a word group, and prints it on the lines planned", () => {
      const { words } = layoutOf(doc);
      const names = tree.sections.flatMap((s) => namesOf(s, profile));
      expect(names.length).toBeGreaterThan(0);
      let from = 0;
      const printedNames: string[] = [];
      for (const { name, x, room } of names) {
        const wanted = wordsOf(plain(name));
        // The header's columns share lines (pdftotext may even read the right one first): the name is
        // looked for among the words of its own column.
        const column = words.flatMap((w, i) =>
          i >= from && w.xMin >= x[0] - 1 && w.xMax <= x[1] + 1 ? [i] : [],
        );
        const spread = findSpread(
          column.map((i) => words[i]),
          wanted,
        );
        const found = spread?.map((k) => column[k]);
        expect([plain(name), found !== undefined]).toEqual([plain(name), true]);
        const printed = found!.map((i) => words[i]);
        from = found!.at(-1)! + 1;
        const starts = printed.flatMap((w, k) => (k > 0 && w.line !== printed[k - 1].line ? [k] : []));
        expect([plain(name), starts]).toEqual([plain(name), plannedStarts(name)]);
        printedNames.push(printed.map((w, k) => (starts.includes(k) ? `/ ${w.text}` : w.text)).join(" "));
        // No organ stands alone on the name's first line ("ĐẢNG ỦY / CÔNG TY …") unless the organ and
        // the group after it, set on one line, would not fit the column ("ĐẢNG BỘ / TỈNH BÀ RỊA - VŨNG TÀU").
        /** Where a line starts early, the words up to the next group, set on one line, overflow the column. */
        const expectTooWideUpTo = (start: number, what: string) => {
          const after = groupStarts(wanted).indexOf(true, start);
          const head = printed.slice(0, after < 0 ? printed.length : after);
          expect([plain(name), what, widthOnOneLine(head, 3.5) > x[1] - x[0] - room]).toEqual([
            plain(name),
            what,
            true,
          ]);
        };
        const lone = loneHeadEnd(wanted);
        if (starts.includes(lone)) expectTooWideUpTo(lone + 1, "một mình trên dòng đầu");
        // A line may start inside a group only when the group is wider than every printed line.
        const groups = groupStarts(wanted);
        const widest = Math.max(
          ...[0, ...starts].map((s, i) => {
            const line = printed.slice(s, [...starts, printed.length][i]);
            return line.at(-1)!.xMax - line[0].xMin;
          }),
        );
        // A line never starts inside a kind or unit type ("TRUNG HỌC / PHỔ THÔNG"); a place name starts
        // a line after its level only where the organ, its level and the place would not fit the column.
        const kinds = lineStarts(wanted);
        expect([plain(name), starts.filter((s) => kinds[s] === "whole")]).toEqual([plain(name), []]);
        for (const s of starts) {
          if (groups[s]) continue;
          if (kinds[s] === "place") {
            expectTooWideUpTo(s, "tên địa danh xuống dòng");
            continue;
          }
          let a = s;
          while (a > 0 && !groups[a]) a--;
          let b = s + 1;
          while (b < wanted.length && !groups[b]) b++;
          const group = printed.slice(a, b);
          const width = widthOnOneLine(group, 3);
          expect([`${wanted.slice(0, s).join(" ")} / ${wanted.slice(s).join(" ")}`, width > widest]).toEqual([
            `${wanted.slice(0, s).join(" ")} / ${wanted.slice(s).join(" ")}`,
            true,
          ]);
        }
      }
      if (doc.names) expect(printedNames).toEqual(doc.names);
    });

    it("splits no document symbol at a line's end", () => {
      const { words } = layoutOf(doc);
      const split: string[] = [];
      for (let i = 0; i + 1 < words.length; i++) {
        const [a, b] = [words[i], words[i + 1]];
        if (a.line === b.line || !/[-/]$/.test(a.text)) continue;
        const joined = (a.text + b.text).replace(/^[(“"]+/, "").replace(/[.,;:)”"]+$/, "");
        if (isSymbol(joined)) split.push(`${a.text} / ${b.text} (trang ${a.page})`);
      }
      expect(split).toEqual([]);
    });

    it("ends no page with a heading: each heading shares its page with the start of what follows", () => {
      const { words } = layoutOf(doc);
      const stranded: string[] = [];
      let from = 0;
      for (const section of tree.sections) {
        const blocks = section.children;
        blocks.forEach((b, i) => {
          if (b.type !== "paragraph" || !profile.headings.includes(b.style)) return;
          const heading = wordsOf(plain(b));
          const at = findWords(words, heading, from);
          if (at < 0) return stranded.push(`${plain(b)}: không thấy trên trang in`);
          from = at + heading.length;
          const next = paragraphsOf(blocks.slice(i + 1, i + 2))[0];
          if (!next) return;
          const start = findWords(words, wordsOf(plain(next)).slice(0, 3), from);
          if (start < 0) return stranded.push(`${plain(b)}: không thấy đoạn sau`);
          if (words[start].page !== words[from - 1].page)
            stranded.push(`${plain(b)} (cuối trang ${words[from - 1].page})`);
        });
      }
      expect(stranded).toEqual([]);
    });

    it("puts no signature alone on a page: the signer's name shares a page with the text above it", () => {
      const { words } = layoutOf(doc);
      const alone: string[] = [];
      let from = 0;
      tree.sections.forEach((section: Section, s) => {
        const i = section.children.findIndex(isSignature);
        if (i <= 0) return;
        const table = section.children[i] as LayoutTable;
        const signer = paragraphsOf([table]).filter((p) => p.style === "ho-ten")[0];
        const above = paragraphsOf(section.children.slice(0, i)).at(-1)!;
        const name = findWords(words, wordsOf(plain(signer)), from);
        const last = wordsOf(plain(above)).slice(-3);
        let end = -1;
        for (let k = name - 1; k >= 0 && end < 0; k--) if (findWords(words, last, k) === k) end = k;
        if (name < 0 || end < 0) return alone.push(`phần ${s + 1}: không thấy trên trang in`);
        if (words[name].page !== words[end].page) alone.push(`phần ${s + 1}: ${plain(signer)}`);
        from = name + 1;
      });
      expect(alone).toEqual([]);
    });

    it("prints nothing outside the margins (the page number in the top margin aside)", () => {
      const { pages, words } = layoutOf(doc);
      const m = profile.page.margins;
      const outside = words.filter((w: PdfWord) => {
        const { width, height } = pages[w.page - 1];
        const top = m.top * PT_PER_MM;
        // A word's box is the font's, a little taller than its line: a last footnote line at 12 pt reaches
        // 1.6 pt past it.
        const slack = 3;
        const number = /^\d+$/.test(w.text) && w.yMax <= top + slack;
        return (
          w.xMin < m.left * PT_PER_MM - slack ||
          w.xMax > width - m.right * PT_PER_MM + slack ||
          w.yMax > height - m.bottom * PT_PER_MM + slack ||
          (w.yMin < top - slack && !number)
        );
      });
      expect(outside.map((w) => `${w.text} (trang ${w.page})`)).toEqual([]);
    });

    // Page images are kept for the samples; a variant differs from its sample only in the header.
    (SAMPLES.includes(doc) ? it : it.skip)("looks as its page images: page 1 and the last page", () => {
      const last = layoutOf(doc).pages.length;
      const differing: string[] = [];
      for (const [page, label] of [
        [1, "p1"],
        [last, "last"],
      ] as const) {
        const golden = join(PAGES, `${fileName(doc)}.${label}.png`);
        const image = pageImage(pdfOf(doc), page, DPI, dir);
        if (UPDATE) {
          mkdirSync(PAGES, { recursive: true });
          writeFileSync(golden, image);
          continue;
        }
        if (!existsSync(golden))
          throw new Error(
            `no page image ${golden}; run \`UPDATE=1 npx jest test/e2e/page-layout.test.ts\` and look at it`,
          );
        const share = difference(image, readFileSync(golden));
        if (share > TOLERANCE) {
          const seen = join(tmpdir(), `vanthu-${fileName(doc)}.${label}.png`);
          writeFileSync(seen, image);
          differing.push(`${label}: ${(share * 100).toFixed(2)} % khác ${golden} (bản in mới: ${seen})`);
        }
      }
      expect(differing).toEqual([]);
    });
  });
});

/**
 * A long Nơi nhận list as LibreOffice prints it: the signature stays on the page of the last
 * body paragraph with the start of the list, the list fills that page to its foot and runs on
 * over the next pages, every recipient printed once and in order. Generated over recipient
 * counts and body lengths (so the body ends higher or lower on its page), Party and state.
 * Before the fix, 80 recipients left the last paragraph alone on a page and the block started on
 * the next one.
 *
 * Needs soffice, poppler-utils and fonts-liberation2; skipped locally without soffice, fails in CI.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasSoffice, toPdf } from "../support/pdf";
import { findSpread, findWords, readLayout, wordsOf, type PdfLayout } from "../support/pdf-layout";
import { CONG_VAN, engine, ROOT, TODAY } from "../support/samples";

const PT_PER_MM = 72 / 25.4;
const STATE = readFileSync(join(ROOT, "data/nha-nuoc/cong-van-12-ubnd-vx.yaml"), "utf8");
const FILLER =
  "Đoạn văn dài để lấp trang, nội dung công tác dân vận được triển khai sâu rộng tới các cơ sở đảng trực thuộc trong toàn Đảng bộ.";
const LAST = "Đoạn cuối cùng của nội dung, ngay trên chữ ký và nơi nhận./.";
const PLACES = ["Văn Lãng", "Tràng Định", "Cao Lộc, tỉnh Lạng Sơn", "Bắc Sơn"];

/** Recipient `i`: a number that makes it unique, and a length that varies (one line or two). */
const recipient = (i: number) => `Ủy ban nhân dân xã số ${i + 1} huyện ${PLACES[i % PLACES.length]}`;

function document(state: boolean, count: number, paragraphs: number): string {
  const body = [...Array<string>(paragraphs).fill(FILLER), LAST].join("\n\n").replace(/^/gm, "  ");
  const items = [...Array.from({ length: count - 1 }, (_, i) => recipient(i)), "Lưu: VT."];
  const list = `noi_nhan:\n${items.map((t) => `  - ${t}\n`).join("")}`;
  const yaml = (state ? STATE : CONG_VAN).replace(/^noi_nhan:\n(?: {2}- .*\n)+/m, list);
  return yaml.replace(/^noi_dung: \|\n(?: {2}.*\n|\n)+/m, `noi_dung: |\n${body}\n`);
}

/** Recipient counts and body lengths (in filler paragraphs), Party and state. */
const CASES = [
  ...[
    [6, 1],
    [12, 9],
    [20, 6],
    [30, 3],
    [45, 10],
    [80, 1],
    [80, 7],
  ].map(([count, paragraphs]) => ({ state: false, count, paragraphs })),
  ...[
    [25, 5],
    [80, 2],
  ].map(([count, paragraphs]) => ({ state: true, count, paragraphs })),
].map((c) => ({ ...c, name: `${c.state ? "nha-nuoc" : "dang"}-${c.count}-${c.paragraphs}` }));

let dir: string;
const printed = new Map<string, PdfLayout>();

(hasSoffice || process.env.CI ? describe : describe.skip)(
  "a long Nơi nhận list printed by LibreOffice",
  () => {
    beforeAll(async () => {
      if (!hasSoffice)
        throw new Error(
          "soffice (LibreOffice) is not installed; .ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2",
        );
      dir = mkdtempSync(join(tmpdir(), "vanthu-closing-"));
      const files: string[] = [];
      for (const c of CASES) {
        const outcome = await engine.render(document(c.state, c.count, c.paragraphs), `${c.name}.yaml`, {
          today: TODAY,
        });
        if (!outcome.docx) throw new Error(`${c.name}: ${JSON.stringify(outcome.diagnostics)}`);
        const file = join(dir, `${c.name}.docx`);
        writeFileSync(file, outcome.docx);
        files.push(file);
      }
      toPdf(files, dir).forEach((pdf, i) => printed.set(CASES[i].name, readLayout(pdf)));
    }, 300000);
    afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

    describe.each(CASES.map((c) => [c.name, c] as const))("%s", (name, c) => {
      const profile = engine.resources.profiles.get(c.state ? "nha-nuoc" : "dang")!;
      const signer = wordsOf(c.state ? "Nguyễn Văn Bình" : "Nguyễn Văn A");
      const label = wordsOf(profile.labels.noi_nhan);

      /** Where the last body paragraph ends, and where the signer's name and the list's label are. */
      const places = () => {
        const { words } = printed.get(name)!;
        const last = wordsOf(LAST);
        const end = findWords(words, last) + last.length - 1;
        const sign = findSpread(words, signer, end + 1)?.[0] ?? -1;
        const list = findSpread(words, label, end + 1)?.[0] ?? -1;
        return { words, end, sign, list };
      };

      it("prints the signature and the start of the list on the page of the last body paragraph", () => {
        const { words, end, sign, list } = places();
        expect([end, sign, list].every((i) => i >= 0)).toBe(true);
        expect([words[sign].page, words[list].page]).toEqual([words[end].page, words[end].page]);
      });

      it("prints every recipient once, in order, each on one page", () => {
        const { words, list } = places();
        // Words without their closing punctuation (the list's "," and "." are added when rendering).
        const bare = (text: string) => text.replace(/[,.;:]+$/, "");
        const plain = words.map((w) => ({ ...w, text: bare(w.text) }));
        const missing: string[] = [];
        let from = list;
        for (const item of [...Array.from({ length: c.count - 1 }, (_, i) => recipient(i)), "Lưu: VT"]) {
          // Unique by its number; all its words on one page (findSpread), other-column words in between allowed.
          const at = findSpread(plain, wordsOf(`- ${item}`).map(bare), from);
          if (!at) missing.push(item);
          else from = at.at(-1)! + 1;
        }
        expect(missing).toEqual([]);
        expect(
          words
            .map((w) => w.text)
            .join(" ")
            .split("xã số 1 huyện").length - 1,
        ).toBe(1);
      });

      it("fills each page the list runs over to its foot before going on", () => {
        const { words, end } = places();
        const { pages } = printed.get(name)!;
        const bottom = (page: number) => pages[page - 1].height - profile.page.margins.bottom * PT_PER_MM;
        const lowest = (page: number) => Math.max(...words.filter((w) => w.page === page).map((w) => w.yMax));
        const short: string[] = [];
        // A page the list goes on from ends within three lines of a list item (12 pt) of the foot.
        for (let page = words[end].page; page < pages.length; page++)
          if (bottom(page) - lowest(page) > 3 * 14)
            short.push(`trang ${page}: trống ${bottom(page) - lowest(page)} pt`);
        expect(short).toEqual([]);
      });
    });
  },
);

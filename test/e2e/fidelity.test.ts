/**
 * Fidelity to the reference texts: the body of each sample, read back from its .docx (the
 * paragraphs outside the header and signature tables, with each footnote's text put at its
 * reference), equals the body of its seed in test/fixtures/seeds/ (copies of shared/seeds/) — paragraph by
 * paragraph, word by
 * word — after whitespace normalisation, without the seed's header, title, separator, Nơi nhận
 * and signature lines, and with ONLY the repairs of extraction damage listed below (each
 * sample's YAML top comment documents the same repairs) and what the profile writes one way
 * throughout (`consistency`: tone marks, quotation marks, the body's closing "./."). A lost, added, split or
 * merged word or
 * paragraph fails here, with the place of the first difference.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { DocxInfo } from "../support/docx-reader";
import { unifyEnding, unifyQuotes, unifyTone } from "../../src/text/consistency";
import { engine, rendered, ROOT, sampleFiles, sampleName } from "../support/samples";

const SEEDS = join(ROOT, "test/fixtures/seeds");

type Repair =
  /**
   * The seed's `mark` (a superscript) is a footnote reference; its text is the stray paragraph starting
   * `paragraph`, without `drop`.
   */
  | { kind: "footnote"; mark: string; paragraph: string; drop: string }
  /** Text broken by the extraction, replaced by what the author wrote. */
  | { kind: "replace"; from: string; to: string }
  /** A heading whose case conversion was broken, upper-cased whole. */
  | { kind: "upper-case"; paragraph: string }
  /** A paragraph split by a page break: the one ending with `end` continues with the next. */
  | { kind: "join"; end: string }
  /**
   * Paragraphs missing from the seed that the sample supplies (marked in its YAML), before the one starting
   * `before`.
   */
  | { kind: "supplied"; before: string; paragraphs: string[] };

interface SeedBody {
  /** The first line of the body (after the header, title and separator). */
  from: string;
  /** The line after the body (Nơi nhận), or undefined when the seed stops with the body. */
  until?: string;
  /** Further parts of the body, in order (a seed holding an enclosed document after the main one). */
  more?: { from: string; until?: string }[];
  repairs: Repair[];
}

/** Per seed: where its body is, and the repairs its sample documents. Nothing else may differ. */
const SEED_BODIES: Record<string, SeedBody> = {
  "000_a04175e9659d6ff2.txt": {
    from: "Quán triệt quan điểm, chủ trương của Đảng",
    until: "Nơi nhận:",
    repairs: [],
  },
  "001_805e6ce0319a12de.txt": {
    // The công văn's body, then the enclosed Chương trình's (the công văn's Nơi nhận and signature between).
    from: "Ngày 04/6/2014, Đảng ủy Sở Tư pháp",
    until: "Nơi nhận:",
    more: [{ from: "2. Yêu cầu", until: "Nơi nhận:" }],
    repairs: [
      {
        kind: "replace",
        from: "<http://stp.dongnai.gov.vn/vanbanphapquy>",
        to: "http://stp.dongnai.gov.vn/vanbanphapquy",
      },
      {
        kind: "supplied",
        before: "2. Yêu cầu",
        paragraphs: [
          "I. MỤC ĐÍCH, YÊU CẦU",
          "1. Mục đích",
          "Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức và hành động của các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong Đảng bộ khối về quan điểm, mục tiêu, nhiệm vụ và giải pháp tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới theo Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) và Kế hoạch số 164-KH/TU của Ban Chấp hành Đảng bộ tỉnh.",
        ],
      },
      { kind: "join", end: "giữ gìn phẩm chất đạo" },
      { kind: "join", end: "nắm chắc tình hình, diễn biến về tâm tư, nguyện vọng" },
      { kind: "join", end: "chương trình công tác kiểm tra hằng" },
      { kind: "join", end: "tại các cơ quan, đơn vị; định" },
    ],
  },
  "002_ce52692cb697c4d3.txt": {
    from: "Qua 5 năm thực hiện Kết luận",
    until: "Nơi nhận:",
    repairs: [
      { kind: "footnote", mark: "¹", paragraph: "1. Trọng tâm là Nghị quyết số 25-NQ/TW", drop: "1. " },
    ],
  },
  "003_3d9d61d59f0c5d83.txt": {
    from: "Qua 5 năm triển khai thực hiện Chỉ thị",
    repairs: [
      { kind: "replace", from: "CHỈ THỊ 12-ct/tu", to: "CHỈ THỊ 12-CT/TU" },
      { kind: "upper-case", paragraph: "II. Phương hưỚng, nhiỆm vỤ" },
    ],
  },
  "004_7c684ceed61a0eac.txt": {
    from: "Ngày 02/4/2014, đồng chí Huỳnh Văn Tí",
    until: "Nơi nhận:",
    repairs: [{ kind: "join", end: "nội dung sinh" }],
  },
};

/** Paragraph styles outside the tables that are not body text: tên loại, trích yếu, "-----", Kính gửi. */
const NOT_BODY = new Set(["ten-loai", "trich-yeu", "phan-cach", "kinh-gui", "kinh-gui-muc"]);

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
/** What the Party profile writes one way throughout (tone marks, quotation marks, the body's end). */
const CONSISTENCY = engine.resources.profiles.get("dang")!.consistency;
/** A seed paragraph as the profile makes it consistent (each change is a TEXT_UNIFIED warning). */
const unified = (p: string) => {
  const toned = CONSISTENCY?.tone ? unifyTone(p, CONSISTENCY.tone).text : p;
  return CONSISTENCY?.quotes ? unifyQuotes(toned, CONSISTENCY.quotes).text : toned;
};
/** Markdown marks of the seed text (headings, bold, italic) are formatting, not words. */
const unmark = (s: string) => s.replace(/^#+\s+/, "").replace(/\*+/g, "");

/** The seed for a sample, from the "Source:" line of its YAML top comment. */
function seedOf(file: string): string | undefined {
  const source = /^#\s*Source:\s*(\S+)/m.exec(readFileSync(file, "utf8"));
  return source ? basename(source[1]) : undefined;
}

/** The seed's body paragraphs (one per non-empty line), repaired, whitespace-normalised. */
function seedParagraphs(seed: string, body: SeedBody): string[] {
  const lines = readFileSync(join(SEEDS, seed), "utf8")
    .split("\n")
    .map((l) => squash(unmark(l)));
  let paragraphs: string[] = [];
  let from = 0;
  for (const part of [body, ...(body.more ?? [])]) {
    const start = lines.findIndex((l, i) => i >= from && l.startsWith(part.from));
    if (start < 0) throw new Error(`${seed}: no line starts with "${part.from}"`);
    const end = part.until ? lines.findIndex((l, i) => i > start && l.startsWith(part.until!)) : lines.length;
    if (end < 0) throw new Error(`${seed}: no line "${part.until}" after the body`);
    const own = lines.slice(start, end).filter((l) => l !== "");
    // The profile closes a body with its own mark ("./." in dang: consistency.ending).
    if (own.length && CONSISTENCY?.ending) own.push(unifyEnding(own.pop()!, CONSISTENCY.ending).text);
    paragraphs.push(...own);
    from = end;
  }
  const find = (what: string, test: (p: string) => boolean) => {
    const i = paragraphs.findIndex(test);
    if (i < 0)
      throw new Error(`${seed}: the repair for "${what}" finds nothing to repair; update the repair list`);
    return i;
  };
  for (const r of body.repairs) {
    if (r.kind === "footnote") {
      const i = find(r.paragraph, (p) => p.startsWith(r.paragraph));
      const note = paragraphs[i].slice(r.drop.length);
      paragraphs = paragraphs.filter((_, k) => k !== i);
      const j = find(r.mark, (p) => p.includes(r.mark));
      paragraphs[j] = squash(paragraphs[j].replace(r.mark, ` ${note} `));
    } else if (r.kind === "replace") {
      const i = find(r.from, (p) => p.includes(r.from));
      paragraphs[i] = paragraphs[i].replace(r.from, r.to);
    } else if (r.kind === "supplied") {
      const i = find(r.before, (p) => p.startsWith(r.before));
      paragraphs.splice(i, 0, ...r.paragraphs.map(squash));
    } else if (r.kind === "upper-case") {
      const i = find(r.paragraph, (p) => p.startsWith(r.paragraph));
      paragraphs[i] = paragraphs[i].toLocaleUpperCase("vi");
    } else {
      const i = find(r.end, (p) => p.endsWith(r.end));
      paragraphs.splice(i, 2, `${paragraphs[i]} ${paragraphs[i + 1]}`);
    }
  }
  return paragraphs;
}

/** The .docx body paragraphs outside the tables, each footnote's text in place of its reference. */
function docxParagraphs(docx: DocxInfo): string[] {
  const notes = new Map(docx.footnotes.map((f) => [f.id, f.paragraphs.map((p) => p.text).join(" ")]));
  return docx.paragraphs
    .filter((p) => p.table === undefined && !NOT_BODY.has(p.style ?? ""))
    .map((p) =>
      squash(
        p.runs
          .map((r) => (r.footnoteRef ? ` ${notes.get(r.footnoteId!) ?? "[chú thích không có]"} ` : r.text))
          .join(""),
      ),
    )
    .filter((t) => t !== "");
}

/** "" when equal; otherwise where the word sequences (¶ between paragraphs) first differ, with context. */
function wordDiff(expected: string[], actual: string[]): string {
  const words = (ps: string[]) => ps.flatMap((p) => [...p.split(" "), "¶"]);
  const [a, b] = [words(expected), words(actual)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return "";
  let end = 0; // common words at the end, to show how far the difference goes
  while (end < a.length - i && end < b.length - i && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const paragraph = a.slice(0, i).filter((w) => w === "¶").length + 1;
  const show = (ws: string[]) =>
    `${ws.slice(Math.max(0, i - 12), i).join(" ")} ⟦${ws.slice(i, Math.min(ws.length - end, i + 40)).join(" ")}⟧ ${ws.slice(ws.length - end, ws.length - end + 8).join(" ")}`;
  return [
    `first difference at word ${i + 1}, in paragraph ${paragraph} of the seed (${expected.length} paragraphs in the seed, ${actual.length} in the .docx):`,
    `  seed: …${show(a)}…`,
    `  docx: …${show(b)}…`,
  ].join("\n");
}

const samples = sampleFiles().filter((f) => seedOf(f) !== undefined);

describe("fidelity to the seed texts", () => {
  beforeAll(() => {
    if (!existsSync(SEEDS))
      throw new Error(
        `the seed texts are not at ${SEEDS}: the fidelity tests keep their reference texts in test/fixtures/seeds`,
      );
  });

  it("has seed-based samples to compare", () => {
    expect(samples.map(sampleName)).toEqual(
      expect.arrayContaining(["002-cong-van-1866-cv-tu", "003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"]),
    );
  });

  it.each(samples.map((f) => [sampleName(f), f]))(
    "%s has exactly its seed's body text",
    async (_name, file) => {
      const seed = seedOf(file)!;
      const body = SEED_BODIES[seed];
      if (!body)
        throw new Error(
          `${file} comes from ${seed}, which has no entry in SEED_BODIES; add where its body is and its repairs`,
        );
      const { docx } = await rendered(file);
      expect(wordDiff(seedParagraphs(seed, body).map(unified), docxParagraphs(docx))).toBe("");
    },
  );

  describe("the comparison itself", () => {
    it("finds a word lost from a paragraph", () => {
      expect(wordDiff(["một hai ba", "bốn"], ["một ba", "bốn"])).toMatch(
        /first difference at word 2, in paragraph 1/,
      );
    });

    it("finds two paragraphs merged into one", () => {
      expect(wordDiff(["một hai", "ba"], ["một hai ba"])).toMatch(/paragraph 1 .*\n {2}seed: …một hai ⟦¶⟧/);
    });

    it("repairs only what is listed: the seed 004 page break is joined once", () => {
      const paragraphs = seedParagraphs("004_7c684ceed61a0eac.txt", SEED_BODIES["004_7c684ceed61a0eac.txt"]);
      expect(paragraphs.filter((p) => p.includes("nội dung sinh hoạt không ít nơi"))).toHaveLength(1);
      const unrepaired = seedParagraphs("004_7c684ceed61a0eac.txt", {
        ...SEED_BODIES["004_7c684ceed61a0eac.txt"],
        repairs: [],
      });
      expect(unrepaired).toHaveLength(paragraphs.length + 1);
    });

    it("fails when a listed repair finds nothing to repair", () => {
      expect(() =>
        seedParagraphs("004_7c684ceed61a0eac.txt", {
          ...SEED_BODIES["004_7c684ceed61a0eac.txt"],
          repairs: [{ kind: "replace", from: "không có trong văn bản", to: "x" }],
        }),
      ).toThrow(/finds nothing/);
    });
  });
});

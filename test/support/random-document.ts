/**
 * Random documents (test/property/structures.test.ts and the sample checked by the OOXML
 * validator and LibreOffice): any kind of either profile with random Markdown — paragraphs,
 * soft-wrapped lines, hand-numbered points, headings, footnotes, tables, ```bang blocks, page
 * breaks — phụ lục, a văn bản kèm theo, signers and nơi nhận; and what each must print.
 */
import fc from "fast-check";
import { hostileLine, markdownSource, yamlOf } from "./hostile";
import { asAnyProfile, cellText, clean, escapeMarkdown, paragraphText } from "./normalise";
import { inStyles, type Texts } from "./texts";

export const OURS = ["INTERNAL_ERROR", "MARKUP_INVALID", "TEMPLATE_ERROR"];
export const BODY = ["noi-dung", "muc-1", "muc-2", "muc-3", "muc-4", "muc-5", "dieu"];

/** What a piece of Markdown must come out as. */
export interface Expected {
  body: string[];
  notes: string[];
  cells: string[];
  captions: string[];
}
export interface Piece extends Partial<Expected> {
  source: string;
  /** Footnote definitions, appended at the end of the field. */
  defs?: string[];
}

export const word = fc.stringMatching(
  /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,8}$/,
);
export const Word = word.map((w) => w[0].toLocaleUpperCase("vi") + w.slice(1));

/** A sentence: words, some in **bold** or *italic*; `source` is Markdown, `text` what prints. */
export const sentence = fc
  .array(fc.tuple(word, fc.constantFrom("", "", "", "**", "*")), { minLength: 1, maxLength: 10 })
  .chain((ws) => fc.tuple(Word, fc.constant(ws)))
  .map(([first, ws]) => ({
    source: [first, ...ws.map(([w, m]) => `${m}${w}${m}`)].join(" "),
    text: [first, ...ws.map(([w]) => w)].join(" "),
  }));

/** Markdown source that prints a hostile line as typed (see hostile-text.test.ts). */
export const literal = (s: string) => escapeMarkdown(clean(s));

export const piece: fc.Arbitrary<(n: () => number) => Piece> = fc.oneof(
  // A paragraph, maybe wrapped by the author's editor over several lines.
  {
    weight: 6,
    arbitrary: fc.tuple(sentence, fc.boolean()).map(([s, wrap]) => () => ({
      source: wrap ? s.source.replace(/ (?=[^ ]+ [^ ]+$)/, "\n") : s.source,
      body: [s.text],
    })),
  },
  // A hostile line of text.
  {
    weight: 2,
    arbitrary: hostileLine.map((h) => () => ({
      source: literal(h),
      body: paragraphText(h) ? [paragraphText(h)] : [],
    })),
  },
  // Hand-numbered points on consecutive lines: each its own paragraph.
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom("- ", "+ ", "1. ", "2.1. ", "1- ", "a) ", "đ) ", "II. "), sentence), {
        minLength: 2,
        maxLength: 4,
      })
      .map((items) => () => ({
        source: items.map(([m, s]) => m + s.source).join("\n"),
        body: items.map(([m, s]) => m + s.text),
      })),
  },
  // A heading, any level.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), sentence)
      .map(([level, s]) => () => ({ source: `${"#".repeat(level)} ${s.source}`, body: [s.text] })),
  },
  // A paragraph with footnotes.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        sentence,
        fc.array(
          fc.oneof(
            sentence.map((s) => ({ source: s.source, text: s.text })),
            hostileLine.map((h) => ({ source: literal(h), text: paragraphText(h) })),
          ),
          { minLength: 1, maxLength: 2 },
        ),
      )
      .map(([s, notes]) => (n: () => number) => {
        const ids = notes.map(() => n());
        return {
          source: s.source + ids.map((id) => `[^${id}]`).join(" ") + ".",
          body: [s.text + " ".repeat(Math.max(0, ids.length - 1)) + "."],
          notes: notes.map((x) => x.text),
          defs: notes.map((x, i) => `[^${ids[i]}]: ${x.source}`),
        };
      }),
  },
  // A Markdown table.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([cols, rows]) =>
        fc
          .array(fc.array(fc.oneof(word, hostileLine), { minLength: cols, maxLength: cols }), {
            minLength: rows + 1,
            maxLength: rows + 1,
          })
          .map((grid) => () => ({
            source: [grid[0], grid[0].map(() => "---"), ...grid.slice(1)]
              .map((r, i) => `| ${r.map((c) => (i === 1 ? c : literal(c))).join(" | ")} |`)
              .join("\n"),
            cells: grid.flatMap((r) => r.map((c) => paragraphText(c).replace(/<br\s*\/?>/gi, "\n"))),
          })),
      ),
  },
  // A ```bang table, with or without a caption; its cells double-quoted YAML, so a hostile one
  // arrives as escapes ("\u0001", "\uFFFE") that only the block's own YAML turns into characters.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(
          fc.oneof(
            sentence.map((s) => s.text),
            hostileLine,
          ),
        ),
      )
      .chain(([cols, rows, caption]) =>
        // The first column has a name: a block whose names are all empty has no header row.
        fc
          .tuple(
            word,
            fc.array(fc.array(fc.oneof(word, hostileLine), { minLength: cols, maxLength: cols }), {
              minLength: rows + 1,
              maxLength: rows + 1,
            }),
          )
          .map(([name, cells]) => () => {
            const grid = [[name, ...cells[0].slice(1)], ...cells.slice(1)];
            const quoted = (c: string) => JSON.stringify(markdownSource(c));
            const title = caption === null ? "" : cellText(caption);
            return {
              source: [
                "```bang",
                ...(caption === null ? [] : [`tieu_de: ${quoted(caption)}`]),
                `cot: [${grid[0].map(quoted).join(", ")}]`,
                "dong:",
                ...grid.slice(1).map((r) => `  - [${r.map(quoted).join(", ")}]`),
                "```",
              ].join("\n"),
              cells: grid.flat().map(cellText),
              captions: title ? [title] : [],
            };
          }),
      ),
  },
  { weight: 1, arbitrary: fc.constant(() => ({ source: "[ngắt trang]" })) },
);

/** A Markdown field: its source and what it must print. */
export interface Markdown {
  source: string;
  expected: Expected;
}
export const markdown = (min: number) =>
  fc.array(piece, { minLength: min, maxLength: 7 }).map((pieces) => (n: () => number): Markdown => {
    const made = pieces.map((p) => p(n));
    const source = [...made.map((p) => p.source), ...made.flatMap((p) => p.defs ?? [])].join("\n\n");
    const expected: Expected = {
      body: made.flatMap((p) => p.body ?? []),
      notes: made.flatMap((p) => p.notes ?? []),
      cells: made.flatMap((p) => p.cells ?? []),
      captions: made.flatMap((p) => p.captions ?? []),
    };
    // A blank body (spaces and invisible characters only) is refused (INVALID_VALUE); pieces that print
    // nothing get a paragraph instead.
    if (!/[^\s\p{Cf}]/u.test(source))
      return { source: "Nội dung.", expected: { ...expected, body: ["Nội dung."] } };
    return { source, expected };
  });

export const KINDS: Record<string, string[]> = {
  dang: [
    "cong-van",
    "bao-cao",
    "thong-bao",
    "chi-thi",
    "ke-hoach",
    "chuong-trinh",
    "nghi-quyet",
    "quyet-dinh",
    "quy-dinh",
    "quy-che",
    "huong-dan",
    "ket-luan",
    "to-trinh",
    "thong-tri",
    "bien-ban",
    "de-an",
  ],
  "nha-nuoc": [
    "cong-van",
    "bao-cao",
    "thong-bao",
    "giay-moi",
    "chi-thi",
    "ke-hoach",
    "chuong-trinh",
    "nghi-quyet",
    "quyet-dinh",
    "quy-dinh",
    "quy-che",
    "huong-dan",
    "to-trinh",
    "bien-ban",
    "de-an",
  ],
};

export const signer = fc.record({
  quyen_han: fc.option(
    sentence.map((s) => `T/M ${s.text}`),
    { nil: undefined },
  ),
  chuc_vu: sentence.map((s) => s.text),
  ho_ten: sentence.map((s) => s.text),
});
export const lines = (min: number) =>
  fc.array(
    sentence.map((s) => s.text),
    { minLength: min, maxLength: 4 },
  );
export const recipients = fc.array(
  fc.oneof(
    sentence.map((s) => s.text),
    fc.record({ nhom: lines(1), ghi_chu: fc.constantFrom("b/c", "t/h", "để biết") }),
  ),
  { minLength: 0, maxLength: 4 },
);

export const frame = fc.record({
  signers: fc.array(signer, { minLength: 1, maxLength: 2 }),
  noi_nhan: recipients,
  do_khan: fc.option(fc.constantFrom("khan", "thuong-khan", "hoa-toc"), { nil: undefined }),
  do_mat: fc.option(fc.constantFrom("mat", "toi-mat", "tuyet-mat"), { nil: undefined }),
  du_thao: fc.option(fc.oneof(fc.constant(true), fc.integer({ min: 1, max: 5 })), { nil: undefined }),
  so: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
  ngay: fc.option(fc.constantFrom("2024-02-29", "2023-12-31", "2025-01-05", "2024"), { nil: undefined }),
  extra: lines(1),
});

export const documentArb = fc
  .record({
    profile: fc.constantFrom("dang", "nha-nuoc"),
    kindIndex: fc.nat(),
    frame,
    body: markdown(1),
    appendices: fc.array(fc.tuple(sentence, markdown(1)), { maxLength: 2 }),
    enclosure: fc.option(
      fc.tuple(fc.constantFrom("bao-cao", "ke-hoach", "chuong-trinh"), frame, markdown(1)),
      { nil: undefined },
    ),
  })
  .map((r) => {
    let id = 0;
    const n = () => ++id;
    const kinds = KINDS[r.profile];
    const kind = kinds[r.kindIndex % kinds.length];
    const expected: Expected = { body: [], notes: [], cells: [], captions: [] };
    const add = (e: Expected) => {
      for (const k of ["body", "notes", "cells", "captions"] as const) expected[k].push(...e[k]);
    };
    const one = (
      loai: string,
      f: typeof r.frame,
      md: Markdown,
      appendices: typeof r.appendices,
    ): Record<string, unknown> => {
      add(md.expected);
      const phuLuc = appendices.map(([title, a], i) => {
        const m = a(n);
        add(m.expected);
        return {
          ...(appendices.length > 1 && { so: ["I", "II", "III"][i] }),
          tieu_de: title.text,
          noi_dung: m.source,
        };
      });
      const own: Record<string, unknown> =
        {
          "cong-van": { kinh_gui: f.extra },
          "to-trinh": { kinh_trinh: f.extra },
          "quyet-dinh": { can_cu: f.extra, tham_quyen: "Ban Thường vụ Tỉnh ủy" },
          "quy-dinh": { can_cu: f.extra },
          "giay-moi": {
            kinh_moi: f.extra,
            toi_du: "Hội nghị sơ kết",
            thoi_gian: "8 giờ, ngày 05/3/2024",
            dia_diem: "Hội trường A",
          },
        }[loai] ?? {};
      return {
        loai,
        co_quan: {
          cap_tren: "Tỉnh ủy Lạng Sơn",
          ten: "Ban Dân vận",
          viet_tat: "BDVTU",
          ...(r.profile === "nha-nuoc" && { don_vi: "VX" }),
        },
        so: f.so,
        dia_danh: "Lạng Sơn",
        ngay: f.ngay,
        trich_yeu: "Về việc thử nghiệm",
        ...own,
        noi_dung: md.source,
        noi_nhan: loai === "bien-ban" && !f.noi_nhan.length ? undefined : [...f.noi_nhan, "Lưu VT"],
        nguoi_ky: f.signers.length === 1 ? f.signers[0] : f.signers,
        do_khan: f.do_khan,
        do_mat: f.do_mat,
        du_thao: f.du_thao,
        ...(phuLuc.length && { phu_luc: phuLuc }),
      };
    };
    const data = { the_thuc: r.profile, ...one(kind, r.frame, r.body(n), r.appendices) };
    if (r.enclosure) {
      const [loai, f, body] = r.enclosure;
      (data as Record<string, unknown>).kem_theo = [one(loai, f, body(n), [])];
    }
    return { yaml: yamlOf(data), expected, giayMoi: kind === "giay-moi", kind, profile: r.profile };
  });

/** `sub` appears in `all` in order (other paragraphs may come between). */
export function isSubsequence(sub: readonly string[], all: readonly string[]): boolean {
  let i = 0;
  for (const x of all) if (i < sub.length && x === sub[i]) i++;
  return i === sub.length;
}

export function expectContent(texts: Texts, doc: { expected: Expected; giayMoi: boolean }) {
  // What the profile's consistency rewrites is compared written one way (normalise.ts, rule 8).
  const body = inStyles(texts, BODY).map(asAnyProfile);
  const wanted = doc.expected.body.map(asAnyProfile);
  if (doc.giayMoi) expect(isSubsequence(wanted, body)).toBe(true);
  else expect(body).toEqual(wanted);
  expect(inStyles(texts, ["bang-dau", "bang-o"]).map(asAnyProfile)).toEqual(
    doc.expected.cells.map(asAnyProfile),
  );
  expect(inStyles(texts, ["bang-tieu-de"]).map(asAnyProfile)).toEqual(
    doc.expected.captions.map(asAnyProfile),
  );
  expect(texts.footnotes.map((n) => n.map(asAnyProfile))).toEqual(
    doc.expected.notes.map((t) => (t ? [asAnyProfile(t)] : [])),
  );
}

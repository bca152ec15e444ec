/**
 * Documents with hostile strings in every text field (test/property/hostile-text.test.ts and the
 * sample checked by the OOXML validator and LibreOffice): a công văn whose fields are marked, so
 * each field's text can be found wherever the layout prints it, and what each must read.
 */
import fc from "fast-check";
import type { Diagnostic } from "../../src/diagnostic";
import { hostile, hostileLine, markdownSource, yamlOf } from "./hostile";
import { asAnyProfile, capitals, cellText, clean, oneLine, paragraphText } from "./normalise";
import { inStyles, type Texts } from "./texts";

/** Codes that would mean vanthu, not the input, is at fault. */
export const OURS = ["INTERNAL_ERROR", "MARKUP_INVALID", "TEMPLATE_ERROR"];
export const noFaultOfOurs = (ds: readonly Diagnostic[]) =>
  expect(ds.filter((d) => OURS.includes(d.code))).toEqual([]);

/** A field value between markers, so its text can be found wherever the template prints it. */
export const mark = (id: number, value: string) => `⟦${id}⟧${value}⟦/${id}⟧`;
export const MARKED = /⟦(\d+)⟧([\s\S]*?)⟦\/\1⟧/g;
/** Markers never come from the generator. */
export const noMarker = (s: string) => s.replace(/[⟦⟧]/g, "");

export const fieldsArb = fc.record({
  profile: fc.constantFrom("dang", "nha-nuoc"),
  cap_tren: hostile,
  ten: hostile,
  viet_tat: hostile,
  don_vi: hostile,
  dia_danh: hostile,
  trich_yeu: hostile,
  kinh_gui: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  noi_nhan: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  quyen_han: hostile,
  chuc_vu: hostile,
  ho_ten: hostile,
  danh_may: hostile,
  nhom: fc.array(hostile, { minLength: 1, maxLength: 2 }),
  ghi_chu: hostile,
  phu_luc: hostile,
  paragraphs: fc.array(hostileLine, { minLength: 1, maxLength: 4 }),
  note: hostileLine,
  cells: fc.array(hostileLine, { minLength: 1, maxLength: 3 }),
  /**
   * A table, a phụ lục and a brace group take the document to docx's own renderer; without them, the fast
   * writer writes it.
   */
  extras: fc.boolean(),
});
export type Fields = typeof fieldsArb extends fc.Arbitrary<infer T> ? T : never;

/** A công văn with every text field marked, and what each marked field must read. */
export function markedDocument(f: Fields) {
  const expected = new Map<number, string>();
  let next = 0;
  const m = (value: string) => {
    const v = noMarker(value);
    expected.set(++next, clean(v));
    return mark(next, v);
  };
  const cells = f.cells.map(noMarker);
  const table = `| ${cells.map(markdownSource).join(" | ")} |\n|${cells.map(() => "---").join("|")}|\n| ${[...cells].reverse().map(markdownSource).join(" | ")} |`;
  const body = [
    ...f.paragraphs.map((p) => markdownSource(noMarker(p))),
    "Chú thích[^1].",
    ...(f.extras ? [table] : []),
    `[^1]: ${markdownSource(noMarker(f.note))}`,
  ].join("\n\n");
  const data = {
    loai: "cong-van",
    the_thuc: f.profile,
    co_quan: {
      cap_tren: m(f.cap_tren),
      ten: m(f.ten),
      viet_tat: m(f.viet_tat),
      ...(f.profile === "nha-nuoc" && { don_vi: m(f.don_vi) }),
    },
    so: 12,
    dia_danh: m(f.dia_danh),
    ngay: "2024-03-05",
    trich_yeu: m(f.trich_yeu),
    kinh_gui: f.kinh_gui.map(m),
    noi_dung: body,
    noi_nhan: [
      ...f.noi_nhan.map(m),
      ...(f.extras ? [{ nhom: f.nhom.map(m), ghi_chu: m(f.ghi_chu) }] : []),
      "Lưu VT",
    ],
    phu_luc: f.extras ? [{ tieu_de: m(f.phu_luc), noi_dung: "Nội dung phụ lục." }] : undefined,
    nguoi_ky: { quyen_han: m(f.quyen_han), chuc_vu: m(f.chuc_vu), ho_ten: m(f.ho_ten) },
    danh_may: m(f.danh_may),
  };
  const paragraphs = f.paragraphs.map((p) => paragraphText(noMarker(p))).filter(Boolean);
  return {
    yaml: yamlOf(data),
    expected,
    body: [...paragraphs, "Chú thích.", ...(f.extras ? ["Nội dung phụ lục."] : [])],
    cells: f.extras ? [...cells, ...[...cells].reverse()].map(cellText) : [],
    note: paragraphText(noMarker(f.note)),
  };
}

/**
 * Every marked field is printed, each time exactly as normalised (in capitals or on one line where the layout
 * says so).
 */
export function expectMarkedFields(texts: Texts, expected: Map<number, string>) {
  const seen = new Map<number, string[]>();
  for (const text of [...texts.paragraphs.map((p) => p.text), ...texts.footnotes.flat()]) {
    for (const [, id, value] of text.matchAll(MARKED))
      seen.set(Number(id), [...(seen.get(Number(id)) ?? []), value]);
  }
  for (const [id, want] of expected) {
    const got = seen.get(id) ?? [];
    expect({ id, printed: got.length > 0 }).toEqual({ id, printed: true });
    const allowed = [want, capitals(want), oneLine(want), capitals(oneLine(want))].map(asAnyProfile);
    for (const value of got)
      if (!allowed.includes(asAnyProfile(value))) expect({ id, value }).toEqual({ id, value: want });
  }
}

export function expectBody(texts: Texts, doc: ReturnType<typeof markedDocument>) {
  expect(inStyles(texts, ["noi-dung"]).map(asAnyProfile)).toEqual(doc.body.map(asAnyProfile));
  expect(inStyles(texts, ["bang-dau", "bang-o"]).map(asAnyProfile)).toEqual(doc.cells.map(asAnyProfile));
  expect(texts.footnotes.map((n) => n.map(asAnyProfile))).toEqual([doc.note ? [asAnyProfile(doc.note)] : []]);
}

/**
 * Property tests (fast-check): hostile strings (controls, lone surrogates, NFD, "{{x}}", "]]>",
 * "<w:p>", "&amp;", quotes, tabs, NBSP, zero-width and direction marks, very long words) in every
 * text field of a document — cơ quan, số và ký hiệu, địa danh, trích yếu, kính gửi, nơi nhận (and
 * a brace group), người ký, đánh máy, the title of a phụ lục, body paragraphs, a footnote and
 * table cells. Whatever the string, vanthu never throws and never reports an internal error; a
 * document is either refused with diagnostics that name the field, or written as a .docx whose
 * XML parts are well-formed and whose text is the input's after the rules of
 * test/support/normalise.ts.
 *
 * Half the documents have a table, a phụ lục and a brace group (docx's own renderer), half not
 * (the fast package writer), and for those the two writers must agree byte for byte. Most cases
 * stop at the tree (fast); a subset renders the .docx and reads it back. Replay a failure with
 * FC_SEED=… FC_PATH=… (printed by fast-check); FC_RUNS_SCALE=10 runs ten times more.
 */
import { Packer } from "docx";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { hasErrors } from "../../src/diagnostic";
import { prepareProfile } from "../../src/docx/prepared";
import { toDocument } from "../../src/docx/to-docx";
import { toDocx } from "../../src/docx/write-docx";
import { writable } from "../../src/docx/xml/package";
import type { RenderOutcome } from "../../src/engine";
import { engine, laidOut, TODAY } from "../support/samples";
import { hostile, runs, yamlOf } from "../support/hostile";
import {
  expectBody,
  expectMarkedFields,
  fieldsArb,
  markedDocument,
  noFaultOfOurs,
} from "../support/marked-document";
import { asAnyProfile, capitals, paragraphText } from "../support/normalise";
import { inStyles, malformedParts, textsOfDocx, textsOfTree } from "../support/texts";

const DATES = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

describe("hostile strings in every text field", () => {
  it("never throw, and the tree holds each field's text as normalised", () => {
    fc.assert(
      fc.property(fieldsArb, (f) => {
        const doc = markedDocument(f);
        const outcome = engine.toTree(doc.yaml, "hostile.yaml", { today: TODAY });
        noFaultOfOurs(outcome.diagnostics);
        expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const texts = textsOfTree(outcome.tree!);
        expectMarkedFields(texts, doc.expected);
        expectBody(texts, doc);
      }),
      runs(1000),
    );
  });

  it("write a .docx whose XML is well-formed and whose text reads back as normalised", async () => {
    await fc.assert(
      fc.asyncProperty(fieldsArb, async (f) => {
        const doc = markedDocument(f);
        const outcome = await engine.render(doc.yaml, "hostile.yaml", { today: TODAY });
        noFaultOfOurs(outcome.diagnostics);
        expect(outcome.docx).toBeDefined();
        expect(malformedParts(outcome.docx!)).toEqual([]);
        const texts = textsOfDocx(outcome.docx!);
        // The .docx says what the tree says once laid out: the layout pass only adds line breaks
        // (long names and trích yếu lines, src/layout/), so the fields are checked on the tree.
        expect(texts).toEqual(textsOfTree(laidOut(outcome.tree!)));
        expectMarkedFields(textsOfTree(outcome.tree!), doc.expected);
        expectBody(texts, doc);
      }),
      runs(120),
    );
  });

  it("are written byte for byte alike by the fast package writer and by docx's renderer", async () => {
    const prepared = new Map<string, ReturnType<typeof prepareProfile>>();
    const parts = (bytes: Uint8Array) =>
      Object.fromEntries(
        Object.entries(unzipSync(bytes)).map(([name, b]) => [name, strFromU8(b).replace(DATES, "<date>")]),
      );
    await fc.assert(
      fc.asyncProperty(
        fieldsArb.map((f) => ({ ...f, extras: false })),
        async (f) => {
          const tree = engine.toTree(markedDocument(f).yaml, "hostile.yaml", { today: TODAY }).tree!;
          const p =
            prepared.get(tree.profile) ??
            prepared
              .set(tree.profile, prepareProfile(engine.resources.profiles.get(tree.profile)!))
              .get(tree.profile)!;
          expect(writable(tree, p)).toBe(true);
          expect(parts(await toDocx(tree, p))).toEqual(parts(await Packer.toBuffer(toDocument(tree, p))));
        },
      ),
      runs(40),
    );
  });

  it("refuse a field that is empty once normalised, naming it, and otherwise print it as its own paragraph", async () => {
    const own = fc.record({
      trich_yeu: hostile,
      ho_ten: hostile,
      chuc_vu: hostile,
      quyen_han: hostile,
      danh_may: hostile,
      dia_danh: hostile,
    });
    await fc.assert(
      fc.asyncProperty(own, fc.boolean(), async (v, docx) => {
        const data = {
          loai: "bao-cao",
          co_quan: { ten: "Tỉnh ủy Lạng Sơn", viet_tat: "TU" },
          so: 3,
          dia_danh: v.dia_danh,
          ngay: "2024-03-05",
          trich_yeu: v.trich_yeu,
          noi_dung: "Đoạn văn.",
          noi_nhan: ["Lưu VT"],
          nguoi_ky: { quyen_han: v.quyen_han, chuc_vu: v.chuc_vu, ho_ten: v.ho_ten },
          danh_may: v.danh_may,
        };
        const paths: Record<string, string> = {
          trich_yeu: "trich_yeu",
          ho_ten: "nguoi_ky.ho_ten",
          chuc_vu: "nguoi_ky.chuc_vu",
          quyen_han: "nguoi_ky.quyen_han",
          danh_may: "danh_may",
          dia_danh: "dia_danh",
        };
        // Empty, or only spaces and invisible format characters (U+200B…), once normalised.
        const empty = Object.keys(paths).filter(
          (k) => !/[^\s\p{Cf}]/u.test(paragraphText(v[k as keyof typeof v])),
        );
        const outcome: RenderOutcome = docx
          ? await engine.render(yamlOf(data), "x.yaml", { today: TODAY })
          : engine.toTree(yamlOf(data), "x.yaml", { today: TODAY });
        noFaultOfOurs(outcome.diagnostics);
        const errors = outcome.diagnostics.filter((d) => d.severity === "error");
        if (empty.length) {
          expect(errors.map((d) => [d.code, d.path]).sort()).toEqual(
            empty.map((k) => ["INVALID_VALUE", paths[k]]).sort(),
          );
          expect(errors.every((d) => d.line !== undefined && d.column !== undefined)).toBe(true);
          expect(outcome.tree).toBeUndefined();
          expect(outcome.docx).toBeUndefined();
          return;
        }
        expect(hasErrors(outcome.diagnostics)).toBe(false);
        if (docx) expect(malformedParts(outcome.docx!)).toEqual([]);
        // The .docx says what the laid-out tree says (the layout pass only adds line breaks to long
        // trích yếu lines and names); the fields are checked on the tree.
        if (docx) expect(textsOfDocx(outcome.docx!)).toEqual(textsOfTree(laidOut(outcome.tree!)));
        const texts = textsOfTree(outcome.tree!);
        // Quyền hạn and chức vụ are capitals styles (rule 5).
        for (const [style, value, printed] of [
          ["trich-yeu", v.trich_yeu, paragraphText],
          ["ho-ten", v.ho_ten, paragraphText],
          ["chuc-vu", v.chuc_vu, (s: string) => capitals(paragraphText(s))],
          ["quyen-han", v.quyen_han, (s: string) => capitals(paragraphText(s))],
          ["danh-may", v.danh_may, paragraphText],
        ] as const) {
          expect({ style, text: inStyles(texts, [style]).map(asAnyProfile) }).toEqual({
            style,
            text: [asAnyProfile(printed(value))],
          });
        }
      }),
      runs(500),
    );
  });
});

/**
 * The closing read back from vanthu's own output when a long Nơi nhận list was split into a row
 * per recipient under the signature's row (src/layout/long-rows.ts): every recipient, a group
 * and the typist's mark stay in noi_nhan, in order, and the signature stays one signature, with
 * the styles and without them (as a Word user's copy would be). Generated over list lengths.
 */
import fc from "fast-check";
import { readDocx } from "../../src/ooxml/read-docx";
import { recognise } from "../../src/recognise/recognise";
import { CONG_VAN, engine, renderText } from "../support/samples";
import { withoutStyles } from "./support";

/** A công văn with `count` recipients, a group after the `group`-th, and a typist's mark. */
function document(count: number, group: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `  - Ủy ban nhân dân xã số ${i + 1} huyện Văn Lãng\n`,
  );
  items.splice(
    group,
    0,
    "  - nhom:\n      - Ban Thường vụ Tỉnh ủy\n      - Các Ban Tỉnh ủy\n    ghi_chu: b/c\n",
  );
  return CONG_VAN.replace(
    /^noi_nhan:\n(?: {2}- .*\n)+/m,
    `noi_nhan:\n${items.join("")}  - "Lưu: VT."\ndanh_may: (Tùng/VP)\n`,
  );
}

describe("a long Nơi nhận list split over rows", () => {
  it.each([
    ["with its styles", false],
    ["without any style name", true],
  ])("is read back whole, %s, and the signature stays one", async (_how, strip) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 70 }), fc.nat(), async (count, at) => {
        const group = at % (count + 1);
        const { docx } = await renderText(document(count, group));
        const read = readDocx(docx!, { file: "x.docx" }).tree!;
        const lines = recognise(strip ? withoutStyles(read) : read, engine.resources.profiles).documents[0]
          .lines;
        const of = (field: RegExp) => lines.filter((l) => field.test(l.field)).map((l) => l.text);
        const items = of(/^noi_nhan\.\d+$/);
        expect(items.filter((t) => t.includes("xã số")).map((t) => /số (\d+)/.exec(t)![1])).toEqual(
          Array.from({ length: count }, (_, i) => String(i + 1)),
        );
        expect(items.at(-1)).toMatch(/^- Lưu: VT/);
        expect(of(/^noi_nhan\.\d+\.nhom\.\d+$/)).toHaveLength(2);
        expect(of(/^noi_nhan\.\d+\.ghi_chu$/)).toEqual(["b/c"]);
        expect(of(/^danh_may$/)).toEqual(["(Tùng/VP)"]);
        expect(of(/^nguoi_ky\./)).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"]);
      }),
      { numRuns: 12 },
    );
  });
});

import fc from "fast-check";
import { profileNames } from "../../../src/web/page/profile-names";
import type { ProfileInfo } from "../../../src/web/spec";

const profile = (id: string, name: string): ProfileInfo => ({ id, name, unused: [], hints: {}, kinds: [] });

describe("what the page calls each profile", () => {
  it("is the profile's own name, without the part in brackets", () => {
    const names = profileNames([
      profile("dang", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"),
      profile("nha-nuoc", "Văn bản hành chính (Nghị định 30/2020/NĐ-CP)"),
    ]);
    expect([...names.values()]).toEqual(["Văn bản của Đảng", "Văn bản hành chính"]);
  });

  it("is the full name when two short names are the same, and adds the id when the full names are too", () => {
    const names = profileNames([
      profile("dang", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"),
      profile("dang-hd05", "Văn bản của Đảng (Hướng dẫn 05-HD/VPTW)"),
      profile("dang-ban-sao", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"),
    ]);
    expect([...names.values()]).toEqual([
      "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW) — dang",
      "Văn bản của Đảng (Hướng dẫn 05-HD/VPTW)",
      "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW) — dang-ban-sao",
    ]);
  });

  it("never gives two profiles the same name", () => {
    const names = fc.constantFrom("A", "A (x)", "A (y)", "B", "", "B (x)");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), names), { selector: (t) => t[0] }),
        (ps) => {
          const shown = [...profileNames(ps.map(([id, name]) => profile(id, name))).values()];
          expect(new Set(shown).size).toBe(shown.length);
        },
      ),
    );
  });
});

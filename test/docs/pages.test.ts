/** The generated pages of docs/ are committed; each must be what `npm run docs` writes today. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_PAGES } from "../../src/docs/pages";
import { loadResources } from "../../src/resources";
import { ROOT } from "../support/samples";

const resources = loadResources();

describe("the generated pages of docs/", () => {
  it.each(Object.keys(GENERATED_PAGES))(
    "docs/%s is current (run `npm run docs` after changing its source)",
    (name) => {
      const committed = readFileSync(join(ROOT, "docs", name), "utf8");
      expect(committed).toBe(GENERATED_PAGES[name](resources));
    },
  );

  it("say where they come from and not to edit them by hand", () => {
    for (const page of Object.values(GENERATED_PAGES))
      expect(page(resources).split("\n")[0]).toMatch(
        /^<!-- Tệp này được sinh bằng `npm run docs` từ .*đừng sửa tay/,
      );
  });
});

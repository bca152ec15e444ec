/**
 * `npm run docs`: writes the generated pages of docs/ (codes, fields, limits) from the code, into
 * the package's own docs/ folder. test/docs/pages.test.ts fails while a committed page is stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root";
import { loadResources } from "../resources";
import { GENERATED_PAGES } from "./pages";

if (require.main === module) {
  const resources = loadResources();
  for (const [name, page] of Object.entries(GENERATED_PAGES)) {
    const file = join(PACKAGE_ROOT, "docs", name);
    writeFileSync(file, page(resources));
    process.stdout.write(`${file}\n`);
  }
}

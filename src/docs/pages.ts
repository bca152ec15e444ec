/** The pages of docs/ that are generated from the code (`npm run docs`), by file name under docs/. */
import type { Resources } from "../resources";
import { codesPage } from "./codes-page";
import { fieldsPage } from "./fields-page";
import { limitsPage } from "./limits-page";

export const GENERATED_PAGES: Record<string, (resources: Resources) => string> = {
  "ma-loi.md": () => codesPage(),
  "truong.md": (resources) => fieldsPage([...resources.profiles.values()]),
  "gioi-han.md": () => limitsPage(),
};

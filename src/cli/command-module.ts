/**
 * A command's module (`commands/<name>.ts`), from its bundle's code cache when the build wrote one
 * (`cached-bundle.ts`).
 */
import { join } from "node:path";
import { requireBundle } from "./cached-bundle";

export function commandModule<T>(name: string, load: () => T): T {
  return requireBundle(join(__dirname, "commands", `${name}.js`), load);
}

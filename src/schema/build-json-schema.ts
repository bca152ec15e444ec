/**
 * Build-time only (`npm run build`): writes the JSON Schemas of the bundled profiles to dist/,
 * the files the samples' `# yaml-language-server: $schema=` lines name and the package ships
 * (`vanthu schema -o` writes the same for other profiles).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadResources } from "../resources";
import { documentJsonSchema, sharedPartJsonSchema } from "./json-schema";

/** dist/vanthu.schema.json (documents) and dist/vanthu-chung.schema.json (shared parts), from dist/src/schema. */
export const BUILT_SCHEMAS = {
  document: resolve(__dirname, "../../vanthu.schema.json"),
  sharedPart: resolve(__dirname, "../../vanthu-chung.schema.json"),
};

if (require.main === module) {
  const profiles = [...loadResources().profiles.values()];
  const write = (file: string, schema: object) => writeFileSync(file, JSON.stringify(schema, null, 2) + "\n");
  write(BUILT_SCHEMAS.document, documentJsonSchema(profiles));
  write(BUILT_SCHEMAS.sharedPart, sharedPartJsonSchema(profiles));
}

/**
 * The JSON Schema that editors validate YAML with agrees with zod: every sample is valid (a
 * shared part against the shared-part schema), every broken-corpus case that zod refuses for its
 * shape (a missing, unknown or wrongly typed field, an unknown kind) is refused by the schema
 * too, and an editor is offered the right fields for each kind.
 */
import Ajv from "ajv";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { loadResources } from "../../src/resources";
import { documentJsonSchema, sharedPartJsonSchema } from "../../src/schema/json-schema";
import { KINDS } from "../../src/schema/kinds";
import { ROOT } from "../support/samples";

const profiles = [...loadResources().profiles.values()];
const ajv = new Ajv({ allErrors: true, strict: false });
const document = ajv.compile(documentJsonSchema(profiles));
const sharedPart = ajv.compile(sharedPartJsonSchema(profiles));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : [],
  );
}
const read = (file: string) => parse(readFileSync(file, "utf8"), { uniqueKeys: false });

describe("the JSON Schema", () => {
  const samples = yamlFiles(join(ROOT, "data"));

  it.each(samples.map((f) => [f.slice(ROOT.length + 1), f]))("accepts the sample %s", (_name, file) => {
    const validate = basename(file).startsWith("_") ? sharedPart : document;
    expect(validate(read(file)) ? [] : validate.errors).toEqual([]);
  });

  it.each(samples.map((f) => [f.slice(ROOT.length + 1), f]))(
    "is named on the first line of the sample %s",
    (_name, file) => {
      const target = basename(file).startsWith("_") ? "vanthu-chung.schema.json" : "vanthu.schema.json";
      const first = readFileSync(file, "utf8").split("\n")[0];
      expect(first).toMatch(new RegExp(`^# yaml-language-server: \\$schema=(\\.\\./)+dist/${target}$`));
    },
  );

  const SHAPE_CODES = ["MISSING_FIELD", "UNKNOWN_FIELD", "INVALID_TYPE", "UNKNOWN_KIND"];
  const broken = join(ROOT, "test/fixtures/broken");
  const shapeCases = readdirSync(broken)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => ({
      name: f.replace(".expected.json", ""),
      expected: JSON.parse(readFileSync(join(broken, f), "utf8")),
    }))
    .filter(({ expected }) =>
      (expected.diagnostics as { code: string; severity?: string }[]).some(
        (d) => SHAPE_CODES.includes(d.code) && d.severity !== "warning",
      ),
    )
    .map(({ name }) => name);

  it("has broken cases refused for their shape to compare", () => {
    expect(shapeCases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shapeCases)("refuses the broken case %s, as zod does", (name) => {
    const data = read(join(broken, `${name}.yaml`));
    expect(document(data)).toBe(false);
  });

  it.each(Object.keys(KINDS))("offers %s exactly its own fields", (kind) => {
    const schema = documentJsonSchema(profiles) as { definitions: Record<string, { properties: object }> };
    expect(Object.keys(schema.definitions[kind].properties).sort()).toEqual(
      Object.keys(KINDS[kind as keyof typeof KINDS].shape).sort(),
    );
  });

  it("titles every field in Vietnamese and names each kind and profile", () => {
    const schema = documentJsonSchema(profiles) as {
      definitions: Record<string, { properties: Record<string, { title?: string }> }>;
    };
    const congVan = schema.definitions["cong-van"].properties;
    expect(congVan.ngay.title).toBe("Ngày ban hành");
    expect(congVan.kinh_gui.title).toBe("Nơi gửi (Kính gửi)");
    const loai = schema.definitions.document as unknown as {
      properties: { loai: { enumDescriptions: string[] } };
    };
    expect(loai.properties.loai.enumDescriptions).toContain("Công văn (dang, nha-nuoc)");
  });

  it("refuses a mistyped field name and a number where a name is asked", () => {
    const good = read(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"));
    expect(document({ ...good, trich_yue: "x" })).toBe(false);
    expect(document({ ...good, co_quan: { ...good.co_quan, ten: 12 } })).toBe(false);
    expect(document({ ...good, loai: "cong-vann" })).toBe(false);
  });

  it("accepts a unit that inherits, with only the fields it changes", () => {
    expect(document({ ke_thua: "_chung.yaml", co_quan: { ten: "Đảng ủy xã A" }, so: 4 })).toBe(true);
    expect(document({ ke_thua: "_chung.yaml", co_quan: { tenn: "Đảng ủy xã A" } })).toBe(false);
  });

  it("checks enclosed documents as whole documents", () => {
    const good = read(join(ROOT, "data/001-cong-van-84-cv-du.yaml"));
    expect(document(good)).toBe(true);
    const bad = { ...good, kem_theo: [{ ...good.kem_theo[0], loai: "khong-co" }] };
    expect(document(bad)).toBe(false);
  });
});

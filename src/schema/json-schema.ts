/**
 * The document contract as a JSON Schema (draft-07), for editors (yaml-language-server) and
 * other tools: generated from the zod schemas (`z.toJSONSchema`, the input side), with titles
 * from the field table, the kinds and profiles of the loaded resources as enums with their
 * names, one branch per `loai` (so an editor completes the right fields), enclosures as whole
 * documents, and a unit that inherits (`ke_thua`) checked as a partial document.
 */
import * as z from "zod";
import { TYPED_LINE_META } from "./common";
import { FIELDS } from "./fields";
import { KINDS, type Kind } from "./kinds";
import type { Profile } from "../profile/schema";

export type JsonSchema = { [key: string]: unknown };

/** A list line such as `- Lưu: VT, VX.`, which YAML reads as a one-key mapping (see common.ts). */
const TYPED_LINE = Object.keys(TYPED_LINE_META)[0];

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/** The schema of a document for the given profiles (their ids, names and kinds' names). */
export function documentJsonSchema(profiles: readonly Profile[]): JsonSchema {
  const { kinds, definitions } = kindDefinitions(profiles);
  return {
    $schema: DRAFT_07,
    title: "Văn bản vanthu",
    description:
      "Một văn bản Đảng (Hướng dẫn 36-HD/VPTW) hoặc văn bản hành chính (Nghị định 30/2020/NĐ-CP) " +
      "viết bằng YAML; tệp có ke_thua chỉ ghi những gì khác tệp dùng chung.",
    definitions,
    if: { required: ["ke_thua"] },
    then: unitSchema(definitions, kinds, profiles),
    else: { $ref: "#/definitions/document" },
  };
}

/**
 * The schema of a shared part (a file whose name starts with "_", which units name in
 * `ke_thua`): any fields of any kind, none required.
 */
export function sharedPartJsonSchema(profiles: readonly Profile[]): JsonSchema {
  const { kinds, definitions } = kindDefinitions(profiles);
  return {
    $schema: DRAFT_07,
    title: "Phần dùng chung của văn bản vanthu",
    description: "Những trường các tệp đơn vị kế thừa (ke_thua); không trường nào bắt buộc.",
    definitions,
    ...unitSchema(definitions, kinds, profiles),
  };
}

function kindDefinitions(profiles: readonly Profile[]) {
  const kinds = Object.keys(KINDS) as Kind[];
  const definitions: Record<string, JsonSchema> = {};
  for (const kind of kinds) definitions[kind] = kindSchema(kind, profiles);
  definitions.document = {
    type: "object",
    required: ["loai"],
    properties: { loai: loaiSchema(kinds, profiles) },
    allOf: kinds.map((kind) => ({
      if: { properties: { loai: { const: kind } }, required: ["loai"] },
      then: { $ref: `#/definitions/${kind}` },
    })),
  };
  return { kinds, definitions };
}

/** One kind's fields, as zod reads them, with titles, enums and enclosures filled in. */
function kindSchema(kind: Kind, profiles: readonly Profile[]): JsonSchema {
  const raw = z.toJSONSchema(KINDS[kind], { target: "draft-07", io: "input", unrepresentable: "any" });
  const schema = decorate(raw as JsonSchema, profiles);
  delete schema.$schema;
  return schema;
}

/** Walks the generated schema: titles from the field table, typed lines, enums, enclosures. */
function decorate(node: JsonSchema, profiles: readonly Profile[]): JsonSchema {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties)
    for (const [key, value] of Object.entries(properties)) {
      const field = FIELDS[key];
      if (field && value.title === undefined) value.title = capitalise(field.label);
      if (key === "the_thuc") Object.assign(value, theThucEnum(profiles));
      if (key === "kem_theo") value.items = { $ref: "#/definitions/document" };
    }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => isSchema(v) && decorate(v, profiles));
    else if (isSchema(value)) decorate(value, profiles);
  }
  if (node[TYPED_LINE]) {
    delete node[TYPED_LINE];
    const line = { ...node };
    for (const key of Object.keys(node)) delete node[key];
    node.anyOf = [line, typedLineObject()];
  }
  return node;
}

/** `- Lưu: VT, VX.` unquoted: a mapping of one key to a scalar, read back as the line typed. */
function typedLineObject(): JsonSchema {
  return {
    type: "object",
    minProperties: 1,
    maxProperties: 1,
    additionalProperties: { type: ["string", "number", "boolean"] },
  };
}

function loaiSchema(kinds: readonly Kind[], profiles: readonly Profile[]): JsonSchema {
  const described = kinds.map((kind) => {
    const where = profiles.filter((p) => p.kinds[kind]);
    const name = where.map((p) => p.kinds[kind].name).find(Boolean) ?? kind;
    return `${name}${where.length ? ` (${where.map((p) => p.id).join(", ")})` : ""}`;
  });
  return {
    title: capitalise(FIELDS.loai.label),
    description: FIELDS.loai.help,
    enum: [...kinds],
    enumDescriptions: described,
    markdownEnumDescriptions: described,
  };
}

function theThucEnum(profiles: readonly Profile[]): JsonSchema {
  return {
    enum: profiles.map((p) => p.id),
    enumDescriptions: profiles.map((p) => p.name),
    markdownEnumDescriptions: profiles.map((p) => p.name),
  };
}

/**
 * A unit that inherits (`ke_thua`) holds any fields of any kind; mappings merge field by field,
 * so nothing inside them is required; lists and texts replace, so their items keep their rules.
 */
function unitSchema(
  definitions: Record<string, JsonSchema>,
  kinds: readonly Kind[],
  profiles: readonly Profile[],
): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    ke_thua: {
      type: "string",
      // As the loader asks (inherit/load-unit.ts): a .yaml or .yml file, any case, spaces around.
      pattern: "\\.[yY][aA]?[mM][lL]\\s*$",
      title: "Tệp dùng chung",
      description: "đường dẫn tệp dùng chung (tính từ thư mục của tệp này), ví dụ: _chung.yaml",
    },
    loai: loaiSchema(kinds, profiles),
  };
  for (const kind of kinds) {
    const own = definitions[kind].properties as Record<string, JsonSchema>;
    for (const [key, value] of Object.entries(own))
      if (!(key in properties)) properties[key] = withoutRequired(value);
  }
  return { type: "object", properties, additionalProperties: false };
}

function withoutRequired(node: JsonSchema): JsonSchema {
  const copy: JsonSchema = { ...node };
  delete copy.required;
  if (isSchema(copy.properties))
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([k, v]) => [k, withoutRequired(v as JsonSchema)]),
    );
  for (const key of ["anyOf", "oneOf"] as const)
    if (Array.isArray(copy[key])) copy[key] = (copy[key] as JsonSchema[]).map(withoutRequired);
  return copy;
}

const isSchema = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

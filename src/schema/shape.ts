/**
 * Schema introspection for messages, `vanthu list` and output names: the object shape a field's
 * values have, looking through optional/default wrappers, pipes (transforms, preprocessing), lists
 * and unions (`nguoi_ky`: one signer or a list of two; `noi_nhan`: a line or a brace group); and
 * whether a field's values are text.
 */
import type * as z from "zod";

type Def = {
  type?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  options?: unknown[];
};
const defOf = (s: unknown): Def | undefined => (s as { def?: Def } | undefined)?.def;

/**
 * The shape of the objects `schema` accepts (directly, or as list items), if any. With
 * `lists: false`, only a field that may be written as one object (`co_quan`; `nguoi_ky`, also a
 * list of two), not one that is only ever a list (`phu_luc`, `noi_nhan`).
 */
export function objectShape(
  schema: unknown,
  { lists = true }: { lists?: boolean } = {},
): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  const inner = (s: unknown) => objectShape(s, { lists });
  if (!def) return undefined;
  if (def.shape) return def.shape;
  if (def.innerType) return inner(def.innerType);
  if (def.in) return inner(def.in) ?? inner(def.out);
  if (def.element) return lists ? inner(def.element) : undefined;
  for (const option of def.options ?? []) {
    const shape = inner(option);
    if (shape) return shape;
  }
  return undefined;
}

/** Whether a field's values are text or numbers (optional or not, a choice of them): not lists or objects. */
export function givesText(schema: unknown): boolean {
  const def = defOf(schema) ?? {};
  switch (def.type) {
    case "string":
    case "number":
    case "enum":
    case "literal":
      return true;
    case "optional":
    case "default":
    case "nullable":
      return givesText(def.innerType);
    case "pipe":
      return givesText(def.in);
    case "union":
      return (def.options ?? []).filter((o) => defOf(o)?.type !== "null").every(givesText);
    default:
      return false;
  }
}

/** The schema of the field at `path` (list indexes skipped), if the schema has one there. */
export function fieldAt(schema: unknown, path: readonly (string | number)[]): unknown {
  let s = schema;
  for (const seg of path) {
    if (typeof seg === "number") continue;
    s = objectShape(s)?.[seg];
  }
  return s;
}

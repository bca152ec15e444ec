/**
 * Schema introspection for messages and `vanthu list`: the object shape a field's values have,
 * looking through optional/default wrappers, pipes (transforms, preprocessing), lists and unions
 * (`nguoi_ky`: one signer or a list of two; `noi_nhan`: a line or a brace group).
 */
import type * as z from "zod";

type Def = {
  shape?: Record<string, z.ZodType>;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  options?: unknown[];
};
const defOf = (s: unknown): Def | undefined => (s as { def?: Def } | undefined)?.def;

/** The shape of the objects `schema` accepts (directly, or as list items), if any. */
export function objectShape(schema: unknown): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  if (def.shape) return def.shape;
  if (def.innerType) return objectShape(def.innerType);
  if (def.in) return objectShape(def.in) ?? objectShape(def.out);
  if (def.element) return objectShape(def.element);
  for (const option of def.options ?? []) {
    const shape = objectShape(option);
    if (shape) return shape;
  }
  return undefined;
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

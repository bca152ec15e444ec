/**
 * The one reader of zod's internals: a schema seen through its wrappers (`viewOf`: optional,
 * default, nullable…, and pipes, on the side that holds the data), as a plain view of what its
 * values are. Messages, `vanthu list`, output names (`cli/naming.ts`) and the web form
 * (`web/form-spec.ts`) read the kinds' schemas through it: the object shape a field's values
 * have, looking through lists and unions (`nguoi_ky`: one signer or a list of two; `noi_nhan`: a
 * line or a brace group); whether a field's values are text; the schema of a field at a path.
 */
import type * as z from "zod";
import { ngaySchema } from "./common";

/** The parts of a zod 4 definition read here. */
type Def = {
  type?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  options?: unknown[];
  entries?: Record<string, string | number>;
  values?: unknown[];
};
const defOf = (s: unknown): Def | undefined => (s as { def?: Def } | undefined)?.def;
const descriptionOf = (s: unknown): string | undefined => (s as { description?: string }).description;

/** Wrappers that hold the same values as the schema inside them. */
const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** A schema through its wrappers: what kind of values it holds, and how they are made up. */
export interface SchemaView {
  /** zod's name for the values: "string", "number", "boolean", "enum", "literal", "object", "array", "union"… */
  type: string;
  /** The first description met, outside in (a field's help). */
  description?: string;
  /** The date field (`ngaySchema`), whatever it holds inside. */
  date: boolean;
  /** An object's fields. */
  shape?: Record<string, z.ZodType>;
  /** A list's item. */
  element?: unknown;
  /** A union's choices, but `null` (a value left empty). */
  options?: unknown[];
  /** An enum's or a literal's values. */
  values?: string[];
}

/**
 * `schema` seen through its wrappers. A pipe is seen by the side that holds the data: a
 * preprocessed schema (`z.preprocess`) by its schema, a transformed one (`.transform`) by what it
 * reads.
 */
export function viewOf(schema: unknown): SchemaView {
  let s = schema;
  let description = descriptionOf(s);
  let date = s === ngaySchema;
  for (;;) {
    const d = defOf(s) ?? {};
    const next =
      d.type === "pipe"
        ? defOf(d.in)?.type === "transform"
          ? d.out
          : d.in
        : WRAPPERS.has(d.type ?? "")
          ? d.innerType
          : undefined;
    if (!next) {
      const values =
        d.type === "enum"
          ? Object.values(d.entries ?? {})
          : d.type === "literal"
            ? (d.values ?? [])
            : undefined;
      return {
        type: d.type ?? "unknown",
        description,
        date,
        ...(d.shape && { shape: d.shape }),
        ...(d.type === "array" && { element: d.element }),
        ...(d.type === "union" && { options: (d.options ?? []).filter((o) => viewOf(o).type !== "null") }),
        ...(values && { values: values.map(String) }),
      };
    }
    s = next;
    description ??= descriptionOf(s);
    date ||= s === ngaySchema;
  }
}

/**
 * The shape of the objects `schema` accepts (directly, or as list items), if any. With
 * `lists: false`, only a field that may be written as one object (`co_quan`; `nguoi_ky`, also a
 * list of two), not one that is only ever a list (`phu_luc`, `noi_nhan`).
 */
export function objectShape(
  schema: unknown,
  { lists = true }: { lists?: boolean } = {},
): Record<string, z.ZodType> | undefined {
  if (!defOf(schema)) return undefined;
  const view = viewOf(schema);
  if (view.shape) return view.shape;
  if (view.element !== undefined) return lists ? objectShape(view.element, { lists }) : undefined;
  for (const option of view.options ?? []) {
    const shape = objectShape(option, { lists });
    if (shape) return shape;
  }
  return undefined;
}

/** Value types that are text or a number. */
const SCALARS = new Set(["string", "number", "int", "enum", "literal"]);

/** Whether a field's values are text or numbers (optional or not, a choice of them): not lists or objects. */
export function givesText(schema: unknown): boolean {
  const view = viewOf(schema);
  if (view.type === "union") return (view.options ?? []).every(givesText);
  return SCALARS.has(view.type);
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

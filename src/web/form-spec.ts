/**
 * A kind's zod schema → the form the page shows, by walking its view (schema/shape.ts `viewOf`): objects
 * become groups, arrays lists, enums selects, unions of different shapes a choice between them
 * (a line or a group; one signer or several), the shared date schema a date field, a string
 * described as Markdown the body editor, one whose help mentions line breaks a text area, and
 * anything else a value kept as it is. Labels and help come from src/schema/fields.ts (by the
 * schema's description, else by key). New kinds and fields need no code here.
 */
import { FIELDS } from "../schema/fields";
import { viewOf } from "../schema/shape";
import { isMainField, orderKeys } from "./field-order";
import type { FieldSpec, Widget } from "./spec";

/** A schema's one public method this walk uses, beside its view (schema/shape.ts `viewOf`). */
interface Schema {
  safeParse(value: unknown): { success: boolean };
}

/** Keys the page's toolbar sets (kind and profile), left out of the form. */
export const TOOLBAR_KEYS = ["loai", "the_thuc"];

const SCALARS = new Set(["string", "number", "int", "null", "literal", "enum"]);
/** FIELDS key by help text: a schema's description names its field even under another key (`so` of an appendix). */
const BY_HELP = new Map(Object.entries(FIELDS).map(([key, doc]) => [doc.help, key]));

/** The fields of a kind's object schema, in document order, without the toolbar's. */
export function formFields(shape: Record<string, unknown>): FieldSpec[] {
  return fieldsOf(shape, TOOLBAR_KEYS).map((f) =>
    isMainField(f.key, f.required) ? f : { ...f, more: true },
  );
}

function fieldsOf(shape: Record<string, unknown>, skip: readonly string[] = []): FieldSpec[] {
  return orderKeys(Object.keys(shape))
    .filter((k) => !skip.includes(k))
    .map((key) => fieldSpec(key, shape[key] as Schema));
}

function fieldSpec(key: string, schema: Schema): FieldSpec {
  const view = viewOf(schema);
  const { description } = view;
  const doc = FIELDS[(description && BY_HELP.get(description)) || key];
  const help = description ?? doc?.help ?? "";
  const base = {
    key,
    label: capitalise(doc?.label ?? key),
    help: humanise(help),
    required: !schema.safeParse(undefined).success,
  };
  if (view.date || /^ngay(_|$)/.test(key)) return { ...base, help: DATE_HELP, widget: "date" };
  switch (view.type) {
    case "string":
      return { ...base, widget: textWidget(help) };
    case "number":
    case "int":
      return { ...base, widget: "text", numeric: true };
    case "boolean":
      return { ...base, widget: "checkbox" };
    case "enum":
    case "literal":
      return {
        ...base,
        widget: "select",
        options: (view.values ?? []).map((value) => ({ value, label: optionLabel(value, help) })),
      };
    case "object":
      return { ...base, widget: "group", fields: fieldsOf(view.shape ?? {}) };
    case "array":
      return { ...base, widget: "list", item: fieldSpec("", view.element as Schema) };
    case "union": {
      const options = (view.options ?? []) as Schema[];
      const types = options.map((o) => viewOf(o).type);
      if (types.every((t) => SCALARS.has(t)))
        return {
          ...base,
          widget: types.includes("string") ? textWidget(help) : "text",
          ...(types.some((t) => t === "number" || t === "int") && { numeric: true }),
        };
      if (options.length === 1) return { ...fieldSpec(key, options[0]), ...base };
      const variants = options
        .map((o) => fieldSpec(key, o))
        .map((v) => ({ ...v, label: variantLabel(v, base.label) }));
      return { ...base, widget: "union", variants };
    }
    default:
      return { ...base, widget: "raw" };
  }
}

function textWidget(help: string): Widget {
  if (/markdown/i.test(help)) return "markdown";
  if (/xuống dòng/i.test(help)) return "textarea";
  return "text";
}

/** What a choice between shapes calls each: "Một dòng", "Một người ký", "Nhiều người ký", "Có"… */
function variantLabel(v: FieldSpec, label: string): string {
  const lower = label.toLocaleLowerCase("vi");
  switch (v.widget) {
    case "group":
      return `Một ${v.label === label ? lower : v.label.toLocaleLowerCase("vi")}`;
    case "list":
      return `Nhiều ${lower}`;
    case "checkbox":
      return "Có";
    default:
      return v.numeric ? "Ghi số" : "Một dòng";
  }
}

/** "khan (KHẨN), thuong-khan (THƯỢNG KHẨN)" in the help names the values of a choice. */
function optionLabel(value: string, help: string): string {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[\\s,;:])${escaped} \\(([^)]+)\\)`).exec(help)?.[1] ?? value;
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase("vi") + s.slice(1) : s);

/** The form takes dates as people write them (see page/date-text.ts), whatever the YAML's help says. */
const DATE_HELP = "ngày/tháng/năm, ví dụ: 21/07/2020; dự thảo có thể ghi năm (2020) hoặc để trống";

const LINE_BREAK_HELP = "xuống dòng trong giá trị là xuống dòng trong văn bản";

/** Help written for YAML names fields by key (`viet_tat`); the form names them by label. */
function humanise(help: string): string {
  return help
    .replace(LINE_BREAK_HELP, "Enter: xuống dòng")
    .replace(/\s*\(xem `vanthu [^`]*`\)/g, "")
    .replace(/:?\s*\{[^}]*\}/g, "")
    .replace(/`([a-z_]+)`|\b([a-z]+_[a-z_]+)\b/g, (m, a: string | undefined, b: string | undefined) => {
      const key = a ?? b!;
      return FIELDS[key] ? `“${capitalise(FIELDS[key].label)}”` : m;
    });
}

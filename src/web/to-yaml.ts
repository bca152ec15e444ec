/**
 * Form data → YAML text that `vanthu render` turns into the same document: the toolbar keys
 * first, then the fields in the form's order (unknown keys last, as they came), multi-line
 * text as literal blocks, no line folding. The values themselves are never changed.
 */
import { stringify } from "yaml";
import { TOOLBAR_KEYS } from "./form-spec";
import type { FieldSpec } from "./spec";

const HEADER = "# Soạn bằng biểu mẫu của vanthu (vanthu serve). Tạo tệp .docx: vanthu render <tệp này>\n";

export function toYaml(data: unknown, fields?: FieldSpec[]): string {
  const body = stringify(ordered(data, fields, TOOLBAR_KEYS), {
    lineWidth: 0,
    blockQuote: "literal",
    aliasDuplicateObjects: false,
  });
  return HEADER + body;
}

function ordered(value: unknown, fields: FieldSpec[] | undefined, leading: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const out = new Map<string, unknown>(); // a Map: a "__proto__" key stays a plain key
  const specs = new Map((fields ?? []).map((f) => [f.key, f]));
  const put = (key: string) => {
    if (!Object.hasOwn(obj, key) || out.has(key)) return;
    const spec = specs.get(key);
    const v = obj[key];
    out.set(
      key,
      spec?.widget === "group"
        ? ordered(v, spec.fields)
        : spec?.widget === "list" && Array.isArray(v)
          ? v.map((x) => ordered(x, spec.item?.fields))
          : v,
    );
  };
  for (const key of leading) put(key);
  for (const key of specs.keys()) put(key);
  for (const key of Object.keys(obj)) put(key);
  return out;
}

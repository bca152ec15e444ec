/**
 * `- Lưu: VT, VX.` unquoted is a one-key mapping in YAML ({"Lưu": "VT, VX."}); the schema reads
 * such a list line back as the text typed (src/schema/common.ts), and so must the form, or it
 * would show the line as an empty group of recipients. Lines of lists become that text again.
 */
import { FIELDS } from "../schema/fields";

const isScalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

export function typedLines(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) return typedLines(item);
      const entries = Object.entries(item);
      if (entries.length === 1 && isScalar(entries[0][1]) && !FIELDS[entries[0][0]])
        return `${entries[0][0]}: ${String(entries[0][1])}`;
      return typedLines(item);
    });
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typedLines(v)]));
}

/**
 * Text hygiene for every string that comes from a user: NFC normalisation, and removal of the
 * characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF),
 * which would make Word refuse the file.
 */
import type { FieldPath } from "../load";

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without forbidden characters, NFC; `removed` counts what was dropped. */
export function cleanString(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(FORBIDDEN, () => {
    removed++;
    return "";
  });
  return { text: text.normalize("NFC"), removed };
}

/** Deep copy of `value` with every string (keys too) cleaned; `onRemoved` names each field that lost characters. */
export function cleanText(value: unknown, path: FieldPath, onRemoved: (path: FieldPath, count: number) => void): unknown {
  if (typeof value === "string") {
    const { text, removed } = cleanString(value);
    if (removed) onRemoved(path, removed);
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanText(v, [...path, i], onRemoved));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[cleanString(k).text] = cleanText(v, [...path, k], onRemoved);
    return out;
  }
  return value;
}

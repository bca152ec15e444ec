/**
 * Text hygiene for every string that comes from a user: line endings as "\n" (a CR alone or
 * before LF, as Windows and old Mac files and some PDFs give them), NFC normalisation, and
 * removal of the characters XML 1.0 forbids (C0 controls except tab/newline, lone surrogates,
 * U+FFFE/U+FFFF), which would make Word refuse the file. Everything else (tabs, NBSP, zero-width
 * and direction marks, emoji) is kept as typed.
 */
import type { FieldPath } from "../field-path";

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CR = /\r\n?/g;

/** `s` without the characters XML 1.0 forbids (nothing else changed). */
export const stripForbidden = (s: string): string => s.replace(FORBIDDEN, "");

/** `s` with "\n" line endings, without forbidden characters, NFC; `removed` counts what was dropped. */
export function cleanString(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(CR, "\n").replace(FORBIDDEN, () => {
    removed++;
    return "";
  });
  return { text: text.normalize("NFC"), removed };
}

/**
 * Deep copy of `value` with every string (keys too) cleaned; `onRemoved` names each field that
 * lost characters. Keys are defined as own properties, so a key such as `__proto__` stays a
 * field (reported as unknown) instead of changing the object's prototype. Two keys that are one
 * once cleaned ("ho_ten" and "ho_ten" with a control character, or typed with decomposed
 * diacritics) keep the first; `onDuplicate` names the second (by its key as written).
 */
export function cleanText(
  value: unknown,
  path: FieldPath,
  onRemoved: (path: FieldPath, count: number) => void,
  onDuplicate?: (path: FieldPath) => void,
): unknown {
  if (typeof value === "string") {
    const { text, removed } = cleanString(value);
    if (removed) onRemoved(path, removed);
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanText(v, [...path, i], onRemoved, onDuplicate));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = cleanString(k);
      if (Object.hasOwn(out, key.text)) {
        onDuplicate?.([...path, k]);
        continue;
      }
      if (key.removed) onRemoved([...path, k], key.removed);
      setOwn(out, key.text, cleanText(v, [...path, k], onRemoved, onDuplicate));
    }
    return out;
  }
  return value;
}

/** `target[key] = value` as an own, enumerable property, whatever the key (`__proto__` included). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

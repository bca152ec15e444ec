/**
 * Output names from a pattern such as "{so}-{ky_hieu}" or "{loai}/{ngay}-{so}": each `{field}` is
 * a field of the validated input (dotted for nested ones: `{co_quan.viet_tat}`), `{ky_hieu}` the
 * symbol as printed ("BC/TU" when not given), and `{ten}` the default name (the input's path).
 * Values become safe file names: no folder separators, no characters Windows forbids, no
 * leading dots; only the pattern itself may make subfolders.
 */
import type { Profile } from "../profile/schema";
import { KINDS } from "../schema/kinds";
import { objectShape } from "../schema/shape";
import { formatKyHieu } from "../template/format";

const FIELD = /\{([\w.]+)\}/g;
const COMPUTED = ["ten", "ky_hieu"];

/** Every field a pattern may use: the inputs' fields (one level of nesting) and the computed ones. */
export function nameFields(): string[] {
  const fields = new Set(COMPUTED);
  for (const schema of Object.values(KINDS)) {
    for (const [key, field] of Object.entries(objectShape(schema) ?? {})) {
      fields.add(key);
      for (const sub of Object.keys(objectShape(field) ?? {})) fields.add(`${key}.${sub}`);
    }
  }
  return [...fields];
}

/** A Vietnamese sentence about what is wrong with a pattern, or undefined. */
export function patternProblem(pattern: string): string | undefined {
  const known = nameFields();
  const used = [...pattern.matchAll(FIELD)].map((m) => m[1]);
  if (!used.length) return `mẫu tên "${pattern}" không có trường nào; ví dụ: --ten-tep "{so}-{ky_hieu}"`;
  const unknown = used.filter((f) => !known.includes(f));
  if (unknown.length) return `mẫu tên "${pattern}" có trường không có: ${unknown.map((f) => `{${f}}`).join(", ")}; các trường dùng được: ${known.map((f) => `{${f}}`).join(", ")}`;
  return undefined;
}

/** A value as one safe path segment. */
export function safeSegment(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\\/]+/g, "-")
    .replace(/[<>:"|?*\x00-\x1F]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[. ]+$/, "");
}

/** The output name (relative, without extension) for `input`, whose default name is `ten`. */
export function fillName(pattern: string, input: Record<string, unknown>, ten: string, profile: Profile | undefined): string {
  const value = (field: string): string => {
    if (field === "ten") return ten;
    if (field === "ky_hieu" && profile) {
      const coQuan = input.co_quan as { viet_tat: string; don_vi?: string };
      return formatKyHieu(profile, String(input.loai), coQuan.viet_tat, input.ky_hieu as string | undefined, coQuan.don_vi);
    }
    const v = field.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), input);
    return typeof v === "string" || typeof v === "number" ? String(v) : "";
  };
  return pattern
    .split("/")
    .map((segment) => segment.replace(FIELD, (_, f: string) => (f === "ten" ? value(f) : safeSegment(value(f)))))
    .join("/");
}

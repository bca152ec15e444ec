/**
 * Output names from a pattern such as "{so}-{ky_hieu}" or "{loai}/{ngay}-{so}": each `{field}` is
 * a field of the validated input that holds text or a number (dotted for a field of `co_quan` or
 * `nguoi_ky`: `{co_quan.viet_tat}`, `{nguoi_ky.ho_ten}`, the first signer when there are two),
 * `{ky_hieu}` the symbol as printed ("BC/TU" when not given), and `{ten}` the default name (the
 * input's path). Lists and tables (`{noi_nhan}`, `{co_quan}`…) would give no text: a pattern
 * naming one is refused. Values become safe file names (`safe-name.ts`); only the pattern itself
 * may make subfolders.
 */
import type { Profile } from "../profile/schema";
import { KINDS, type DocumentInput } from "../schema/kinds";
import { givesText, objectShape } from "../schema/shape";
import { printedKyHieu, writtenFacts } from "../template/format";
import { finishName, MAX_NAME_BYTES, safeSegment } from "./safe-name";

const FIELD = /\{([\w.]+)\}/g;
const COMPUTED = ["ten", "ky_hieu"];
const EXT = ".docx";

/** Every field a pattern may use: the computed ones, then the inputs' fields that give text. */
export function nameFields(): string[] {
  const fields = new Set(COMPUTED);
  for (const schema of Object.values(KINDS)) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, unknown>)) {
      if (givesText(field)) fields.add(key);
      for (const [sub, inner] of Object.entries(objectShape(field, { lists: false }) ?? {}))
        if (givesText(inner)) fields.add(`${key}.${sub}`);
    }
  }
  return [...fields];
}

/** A Vietnamese sentence about what is wrong with a pattern, or undefined. */
export function patternProblem(pattern: string): string | undefined {
  const known = nameFields();
  const list = known.map((f) => `{${f}}`).join(", ");
  const used = [...pattern.matchAll(FIELD)].map((m) => m[1]);
  if (/^[\\/]|^[a-z]:/i.test(pattern) || pattern.split(/[\\/]/).includes("..")) {
    return `mẫu tên "${pattern}" ra ngoài thư mục ra (đường dẫn tuyệt đối hoặc có ".."); tệp ra luôn nằm trong thư mục -o, mẫu chỉ tạo thư mục con, ví dụ: --ten-tep "{loai}/{so}"`;
  }
  if (!used.length) return `mẫu tên "${pattern}" không có trường nào; ví dụ: --ten-tep "{so}-{ky_hieu}"`;
  const unknown = [...new Set(used.filter((f) => !known.includes(f)))];
  if (unknown.length)
    return `mẫu tên "${pattern}" có trường không dùng được: ${unknown.map((f) => `{${f}}`).join(", ")} (không có trường này, hoặc trường là danh sách hay bảng, không cho chữ để đặt tên); các trường dùng được: ${list}`;
  return undefined;
}

/**
 * The output name (relative, without extension) for `input`, whose default name is `ten`: its
 * values as written (`writtenFacts`: `{ngay}` "2013-03-12", `{so}` "143"), as a template sees them.
 */
export function fillName(
  pattern: string,
  input: DocumentInput,
  ten: string,
  profile: Profile | undefined,
): string {
  const written = writtenFacts(input);
  const value = (field: string): string => {
    if (field === "ten") return ten;
    if (field === "ky_hieu" && profile) return printedKyHieu(profile, input);
    // A list on the way (two signers) gives its first item.
    const v = field.split(".").reduce<unknown>((o, k) => {
      const one = Array.isArray(o) ? o[0] : o;
      return one && typeof one === "object" ? (one as Record<string, unknown>)[k] : undefined;
    }, written);
    return typeof v === "string" || typeof v === "number" ? String(v) : "";
  };
  // `{ten}` may hold folders of its own; every other value is within one name.
  const parts = pattern
    .replace(FIELD, (_, f: string) => (f === "ten" ? value(f) : safeSegment(value(f))))
    .split(/[\\/]/);
  return parts
    .map((part, i) => finishName(part, MAX_NAME_BYTES - (i === parts.length - 1 ? EXT.length : 0)))
    .join("/");
}

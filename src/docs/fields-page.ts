/**
 * docs/truong.md: the YAML fields of every kind, from the kinds' schemas (src/schema/kinds.ts) and
 * their Vietnamese labels and help (src/schema/fields.ts) — the fields every kind has in one table,
 * then those of some kinds only.
 */
import type * as z from "zod";
import type { Profile } from "../profile/schema";
import { fieldList, type FieldInfo } from "../schema/field-list";
import { KINDS } from "../schema/kinds";
import { code, generatedNote, plain, table } from "./markdown";

/** "có", "không", or the exceptions ("có, trừ `giay-moi`"). */
function required(kinds: readonly string[], requiring: readonly string[]): string {
  if (requiring.length === kinds.length) return "có";
  if (requiring.length === 0) return "không";
  const others = kinds.filter((k) => !requiring.includes(k));
  return requiring.length >= others.length
    ? `có, trừ ${others.map(code).join(", ")}`
    : `không, trừ ${requiring.map(code).join(", ")}`;
}

export function fieldsPage(profiles: readonly Profile[]): string {
  const kinds = Object.keys(KINDS);
  const byKind = new Map<string, FieldInfo[]>(
    Object.entries(KINDS).map(([k, s]) => [k, fieldList(s.shape as Record<string, z.ZodType>)]),
  );
  const names = [...new Set([...byKind.values()].flat().map((f) => f.ten))];
  const everywhere = names.filter((n) => kinds.every((k) => byKind.get(k)!.some((f) => f.ten === n)));
  const info = (kind: string, name: string) => byKind.get(kind)!.find((f) => f.ten === name)!;
  const shared = everywhere.map((n) => {
    const f = info(kinds[0], n);
    const requiring = kinds.filter((k) => info(k, n).bat_buoc);
    return [code(n), required(kinds, requiring), plain(f.nhan), plain(f.huong_dan)];
  });
  const kindName = (k: string) => profiles.map((p) => p.kinds[k]?.name).find(Boolean) ?? k;
  const own = kinds.flatMap((k) =>
    byKind
      .get(k)!
      .filter((f) => !everywhere.includes(f.ten))
      .map((f) => [
        `${code(k)} (${kindName(k)})`,
        code(f.ten),
        f.bat_buoc ? "có" : "không",
        plain(f.nhan),
        plain(f.huong_dan),
      ]),
  );
  return `${generatedNote("lược đồ các loại văn bản (`src/schema/kinds.ts`) và nhãn, hướng dẫn của từng trường (`src/schema/fields.ts`)")}

# Các trường YAML / YAML fields

Mọi trường mà vanthu nhận, đúng như lược đồ dùng để kiểm tra (\`vanthu list\` in cùng nội dung cho
từng loại; \`vanthu list --json\` cho máy đọc). Trường lồng viết bằng dấu chấm: \`co_quan.ten\` là
trường \`ten\` trong \`co_quan\`; trường của một mục danh sách (\`phu_luc.so\`) là trường của mỗi mục.
Cách viết và ví dụ: [Viết tệp YAML](viet-yaml.md).

## Trường của mọi loại văn bản

${table(["trường", "bắt buộc", "tên", "hướng dẫn"], shared)}

## Trường riêng của một số loại

${table(["loại", "trường", "bắt buộc", "tên", "hướng dẫn"], own)}
`;
}

/**
 * What a document carries after its signature: `phu_luc` (appendices: a title and Markdown
 * content each) and `kem_theo` (whole documents of any kind, each validated by its own kind's
 * schema, nested at most MAX_ENCLOSURE_DEPTH deep).
 */
import * as z from "zod";
import { closest } from "../text/closest";
import { FIELDS } from "./fields";
import { kindProblem } from "./kind-problem";
import { noiDungSchema } from "./noi-dung";
import { text } from "./text";
import { fieldAt, objectShape } from "./shape";
/** How deep `kem_theo` may nest: a document, its enclosures, theirs, and theirs. */
export const MAX_ENCLOSURE_DEPTH = 3;

const appendixSchema = z
  .object({
    so: z
      .union([z.string().trim().min(1), z.number().int().positive()])
      .transform(String)
      .optional()
      .describe(FIELDS.so_phu_luc.help),
    tieu_de: text("tieu_de"),
    noi_dung: noiDungSchema,
  })
  .strict();

// How many phụ lục and văn bản kèm theo a document may hold is counted over the whole document,
// at every depth, before validation (LIMITS.appendices and LIMITS.enclosures in src/limits.ts).

export const phuLucSchema = z
  .array(appendixSchema)
  .min(1)
  .superRefine((items, ctx) => {
    if (items.length < 2) return;
    items.forEach((item, i) => {
      if (item.so !== undefined) return;
      const message = `có ${items.length} phụ lục nên phụ lục thứ ${i + 1} cần số; thêm dòng "so: ${ROMAN[i] ?? i + 1}"`;
      ctx.addIssue({ code: "custom", path: [i, "so"], message, params: { code: "MISSING_FIELD" } });
    });
  })
  .describe(FIELDS.phu_luc.help);

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** An enclosed document after validation: the output of its own kind's schema. */
export interface EnclosedDocument {
  loai: string;
  [field: string]: unknown;
}

/**
 * The kinds by `loai`, looked up when a document is parsed (every kind has kem_theo, so kinds.ts passes its
 * own table).
 */
export type KindTable = () => Readonly<Record<string, z.ZodObject>>;

/** The attachment fields every kind has (kinds.ts spreads them after baseShape), enclosures checked against `kinds`. */
export function attachmentShape(kinds: KindTable) {
  const cache = new Map<string, z.ZodType>();

  /** The `kem_theo` list of a document at `depth` (its enclosures are at `depth`). */
  const kemTheoSchema = (depth: number): z.ZodType<EnclosedDocument[]> =>
    z.array(enclosedSchema(depth)).min(1).describe(FIELDS.kem_theo.help) as unknown as z.ZodType<
      EnclosedDocument[]
    >;

  /** One enclosure: its kind's schema, with kem_theo one level deeper. */
  const enclosedSchema = (depth: number) =>
    z.unknown().transform((value, ctx): EnclosedDocument => {
      // White space at a kind's ends is dropped, as at any other field's.
      const written = (value as { loai?: unknown } | null)?.loai;
      const loai = typeof written === "string" ? written.trim() : written;
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        ctx.addIssue({
          code: "custom",
          message: "văn bản kèm theo phải là một bảng các trường (loai: ..., co_quan: ..., ...)",
          params: { code: "INVALID_TYPE" },
        });
        return z.NEVER;
      }
      if (typeof loai !== "string" || !Object.hasOwn(kinds(), loai)) {
        const known = Object.keys(kinds());
        const { code, message } =
          loai === undefined
            ? {
                code: "MISSING_FIELD",
                message: `thiếu trường bắt buộc loai (${FIELDS.loai.label}) của văn bản kèm theo; các loại có: ${known.join(", ")}`,
              }
            : kindProblem(loai, known);
        ctx.addIssue({ code: "custom", path: loai === undefined ? [] : ["loai"], message, params: { code } });
        return z.NEVER;
      }
      const result = kindAt(loai, depth).safeParse({ ...(value as object), loai }, { reportInput: true });
      if (result.success) return result.data as EnclosedDocument;
      for (const issue of withHints(result.error.issues, [], kindAt(loai, depth)))
        ctx.addIssue(issue as never);
      return z.NEVER;
    });

  /**
   * The schema of kind `loai` as an enclosure at `depth`: its own enclosures one level deeper, or none past
   * the limit.
   */
  const kindAt = (loai: string, depth: number): z.ZodType => {
    const key = `${loai}@${depth}`;
    let schema = cache.get(key);
    if (!schema) {
      const tooDeep = z.unknown().superRefine((_, ctx) =>
        ctx.addIssue({
          code: "custom",
          message: `văn bản kèm theo chỉ được lồng nhau tối đa ${MAX_ENCLOSURE_DEPTH} cấp`,
          params: { code: "INVALID_VALUE" },
        }),
      );
      const kemTheo = depth < MAX_ENCLOSURE_DEPTH ? kemTheoSchema(depth + 1).optional() : tooDeep.optional();
      schema = kinds()[loai].extend({ kem_theo: kemTheo });
      cache.set(key, schema);
    }
    return schema;
  };

  return { phu_luc: phuLucSchema.optional(), kem_theo: kemTheoSchema(1).optional() };
}

/** An unknown field inside an enclosure, with the nearest known field of its place as a hint. */
function unknownKey(key: string, path: PropertyKey[], base: PropertyKey[], schema: z.ZodType) {
  const known = Object.keys(
    objectShape(
      fieldAt(
        schema,
        [...base, ...path].filter((p): p is string | number => typeof p !== "symbol"),
      ),
    ) ?? {},
  );
  const best = closest(key, known);
  const message = `không có trường "${key}"${best ? ` (có phải "${best}"?)` : ""}; xóa dòng này hoặc sửa tên trường`;
  return { code: "custom" as const, path: [...path, key], message, params: { code: "UNKNOWN_FIELD" } };
}

/**
 * The issues of an enclosure with each unknown key turned into an UNKNOWN_FIELD that suggests the
 * nearest field, also inside the branches of a union (`nguoi_ky`: one signer or a list), whose
 * paths are relative to the union's (`base`). The main document's schema cannot see into an
 * enclosure's kind, so the hint is made here.
 */
function withHints(issues: readonly z.core.$ZodIssue[], base: PropertyKey[], schema: z.ZodType): unknown[] {
  return issues.flatMap((issue): unknown[] => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => unknownKey(key, issue.path, base, schema));
    if (issue.code === "invalid_union")
      return [
        {
          ...issue,
          errors: issue.errors.map((branch) => withHints(branch, [...base, ...issue.path], schema)),
        },
      ];
    return [{ ...issue }];
  });
}

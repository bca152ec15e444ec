/** Fields shared by every kind of document. */
import * as z from "zod";
import { dateInWords, readDate, type DocumentDate } from "./date";
import { FIELDS } from "./fields";
import { noiDungSchema } from "./noi-dung";
import { text, visible } from "./text";
import { yamlNumber } from "./type-names";
import { invisibleIn } from "../text/blank";

/**
 * A date as people type it (date.ts: ISO, day first with / - or ., or in words), read once into a
 * `DocumentDate`: a calendar date; a year alone (a draft); or, empty, a draft's blank (this year's).
 */
export const ngaySchema = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx): DocumentDate => {
    if (v === undefined || v === null || v === "") return { kind: "blank" };
    const s = typeof v === "number" ? yamlNumber(v) : v;
    const read = readDate(s);
    if ("date" in read) return { kind: "date", date: read.date };
    if ("year" in read) return { kind: "year", year: read.year };
    const meant = read.meant ? `; có phải ${dateInWords(read.meant)}?` : "";
    ctx.addIssue({
      code: "custom",
      message: invisibleIn(s)
        ? `"${s}" có ký tự vô hình ${invisibleIn(s)} (thường do chép từ Word hay trang web); gõ lại ngày, dạng YYYY-MM-DD`
        : `"${s}" không phải ngày hợp lệ (YYYY-MM-DD hoặc ngày/tháng/năm)${meant}`,
      params: { code: "INVALID_DATE" },
    });
    return z.NEVER;
  })
  .describe(FIELDS.ngay.help);

/** A number or digits, read as a number; absent (undefined) for a draft not yet registered. */
export const soSchema = z
  .union([
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^\d*$/, { message: "số văn bản chỉ gồm chữ số, ví dụ: 1866" })
      .refine((v) => !/^0+$/.test(v), {
        message: "số văn bản phải lớn hơn 0",
        params: { code: "INVALID_VALUE" },
      })
      .refine((v) => !/^\d+$/.test(v) || Number.isSafeInteger(Number(v)), {
        message: "số văn bản quá lớn",
        params: { code: "INVALID_VALUE" },
      }),
    z.null(),
  ])
  .optional()
  .transform((v): number | undefined => (v === undefined || v === null || v === "" ? undefined : Number(v)))
  .describe(FIELDS.so.help);

export const coQuanSchema = z
  .object({
    cap_tren: text("cap_tren").optional(),
    ten: text("ten"),
    viet_tat: text("viet_tat"),
    don_vi: text("don_vi").optional(),
  })
  .strict()
  .describe(FIELDS.co_quan.help);

export const nguoiKySchema = z
  .object({ quyen_han: text("quyen_han").optional(), chuc_vu: text("chuc_vu"), ho_ten: text("ho_ten") })
  .strict()
  .describe(FIELDS.nguoi_ky.help);

/**
 * `- Lưu: VT, VX.` unquoted is a one-key mapping in YAML ({"Lưu": "VT, VX."}); a list line read
 * that way is taken back as the text the author typed.
 */
const typedLine = (v: unknown, ctx: z.core.$RefinementCtx) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const entries = Object.entries(v);
  if (entries.length !== 1) return v;
  const [key, value] = entries[0];
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return `${key}: ${value}`;
  if (value === null && !(key in nhomShape)) {
    ctx.addIssue({
      code: "custom",
      message: `dòng "${key}:" chưa có gì sau dấu hai chấm; viết tiếp, ví dụ: "Lưu: VT, VX.", hoặc bỏ dấu hai chấm`,
      params: { code: "INVALID_VALUE" },
    });
    return z.NEVER;
  }
  return v;
};

/** Marks a list item read through `typedLine`, for the JSON Schema (json-schema.ts). */
export const TYPED_LINE_META = { "x-vanthu-typed-line": true } as const;

export const listSchema = (field: keyof typeof FIELDS) =>
  z
    .array(z.preprocess(typedLine, visible(field)(z.string())).meta(TYPED_LINE_META))
    .min(1)
    .describe(FIELDS[field].help);

/** One signer, or two signing side by side (left to right): always a list once parsed. */
export const chuKySchema = z
  .union([
    nguoiKySchema,
    z.array(nguoiKySchema).min(1).max(2, { message: "tối đa hai người ký (hai chữ ký cạnh nhau)" }),
  ])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .describe(FIELDS.nguoi_ky.help);

const nhomShape = { nhom: listSchema("nhom"), ghi_chu: text("ghi_chu") };

/** Several recipients marked together by a brace, with a note beside it: `{nhom: [...], ghi_chu: b/c}`. */
export const nhomNoiNhanSchema = z.object(nhomShape).strict().describe(FIELDS.nhom.help);

export const noiNhanSchema = z
  .array(
    z
      .preprocess(typedLine, z.union([visible("noi_nhan")(z.string()), nhomNoiNhanSchema]))
      .meta(TYPED_LINE_META),
  )
  .min(1)
  .describe(FIELDS.noi_nhan.help);
export type NoiNhanItem = z.infer<typeof noiNhanSchema>[number];

/** The marks of the header and the draft box; their printed labels are the profile's. */
export const frameShape = {
  dong_ban_hanh: z.array(coQuanSchema).min(1).optional().describe(FIELDS.dong_ban_hanh.help),
  do_khan: z.enum(["khan", "thuong-khan", "hoa-toc"]).optional().describe(FIELDS.do_khan.help),
  do_mat: z.enum(["mat", "toi-mat", "tuyet-mat"]).optional().describe(FIELDS.do_mat.help),
  du_thao: z
    .union([z.boolean(), z.number().int().min(1)])
    .optional()
    .describe(FIELDS.du_thao.help),
  danh_may: text("danh_may").optional(),
};

/** A unit's own figures, filled into the blanks of the shared text it inherits (inherit/blanks.ts). */
export const soLieuSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .optional()
  .describe(FIELDS.so_lieu.help);

/** The fields every kind has before its attachments (kinds.ts adds those); a kind extends this with its own. */
export const baseShape = {
  the_thuc: z.string().trim().min(1).default("dang").describe(FIELDS.the_thuc.help),
  co_quan: coQuanSchema,
  so: soSchema,
  ky_hieu: text("ky_hieu").optional(),
  dia_danh: text("dia_danh"),
  ngay: ngaySchema,
  trich_yeu: text("trich_yeu"),
  noi_dung: noiDungSchema,
  noi_nhan: noiNhanSchema,
  nguoi_ky: chuKySchema,
  so_lieu: soLieuSchema,
  ...frameShape,
};

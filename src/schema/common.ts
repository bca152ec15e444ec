/** Fields shared by every kind of document. */
import * as z from "zod";
import { FIELDS } from "./fields";

const text = (field: keyof typeof FIELDS) => z.string().min(1).describe(FIELDS[field].help);

/** YYYY-MM-DD, a year alone (a draft), or empty (a draft; the year is today's). */
export const ngaySchema = z
  .union([z.string(), z.number().int(), z.null()])
  .optional()
  .superRefine((v, ctx) => {
    if (v === undefined || v === null || v === "") return;
    const s = String(v);
    if (/^\d{4}$/.test(s)) return;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const ok = m && isRealDate(+m[1], +m[2], +m[3]);
    if (!ok) ctx.addIssue({ code: "custom", message: `"${s}" không phải ngày hợp lệ (YYYY-MM-DD)`, params: { code: "INVALID_DATE" } });
  })
  .transform((v) => (v === undefined || v === null ? "" : String(v)))
  .describe(FIELDS.ngay.help);

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A number or digits; empty for a draft not yet registered. */
export const soSchema = z
  .union([z.number().int().positive(), z.string().regex(/^\d*$/, { message: "số văn bản chỉ gồm chữ số, ví dụ: 1866" }), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null ? "" : String(v)))
  .describe(FIELDS.so.help);

export const coQuanSchema = z
  .object({ cap_tren: text("cap_tren").optional(), ten: text("ten"), viet_tat: text("viet_tat") })
  .strict()
  .describe(FIELDS.co_quan.help);

export const nguoiKySchema = z
  .object({ quyen_han: text("quyen_han").optional(), chuc_vu: text("chuc_vu"), ho_ten: text("ho_ten") })
  .strict()
  .describe(FIELDS.nguoi_ky.help);

export const listSchema = (field: keyof typeof FIELDS) => z.array(z.string().min(1)).min(1).describe(FIELDS[field].help);

/** The fields every kind has; a kind extends this with its own. */
export const baseShape = {
  the_thuc: z.string().min(1).default("dang").describe(FIELDS.the_thuc.help),
  co_quan: coQuanSchema,
  so: soSchema,
  ky_hieu: text("ky_hieu").optional(),
  dia_danh: text("dia_danh"),
  ngay: ngaySchema,
  trich_yeu: text("trich_yeu"),
  noi_dung: z.string().describe(FIELDS.noi_dung.help),
  noi_nhan: listSchema("noi_nhan"),
  nguoi_ky: nguoiKySchema,
};

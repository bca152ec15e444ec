/**
 * The document kinds: one zod schema each (types come from them) and the template that lays
 * it out (`templates/kinds/<loai>.hbs`). To add a kind: add its schema here, its template,
 * and its name, title and code in each profile's `kinds`.
 */
import * as z from "zod";
import { attachmentShape } from "./attachments";
import { baseShape, listSchema } from "./common";
import { FIELDS } from "./fields";
import { text } from "./text";

/** Every kind's shared fields: the base, then the attachments (enclosures are checked against KINDS when parsed). */
const documentShape = {
  ...baseShape,
  ...attachmentShape((): Readonly<Record<string, z.ZodObject>> => KINDS),
};

export const congVanSchema = z
  .object({ loai: z.literal("cong-van"), ...documentShape, kinh_gui: listSchema("kinh_gui") })
  .strict();
export const baoCaoSchema = z.object({ loai: z.literal("bao-cao"), ...documentShape }).strict();
export const thongBaoSchema = z.object({ loai: z.literal("thong-bao"), ...documentShape }).strict();
/** Giấy mời (NĐ 30 Phụ lục III Mẫu 1.7): a state kind only; the Party profile has none. */
export const giayMoiSchema = z
  .object({
    loai: z.literal("giay-moi"),
    ...documentShape,
    ben_moi: text("ben_moi").optional(),
    kinh_moi: listSchema("kinh_moi"),
    toi_du: text("toi_du"),
    chu_tri: text("chu_tri").optional(),
    thoi_gian: text("thoi_gian"),
    dia_diem: text("dia_diem"),
    /** The "vấn đề cần lưu ý" after the time and place; may be left out. */
    noi_dung: z.string().default("").describe(FIELDS.noi_dung.help),
  })
  .strict();

/** A kind with the base fields plus `extra` (which may replace a base field). */
const kind = <L extends string, E extends z.ZodRawShape = Record<never, never>>(loai: L, extra?: E) =>
  z
    .object({
      loai: z.literal(loai),
      ...(documentShape as Omit<typeof documentShape, keyof E>),
      ...(extra as E),
    })
    .strict();

/** Căn cứ lines, then the enacting line "<THẨM QUYỀN> <TÊN LOẠI>" (templates/partials/can-cu.hbs). */
const enacting = { can_cu: listSchema("can_cu"), tham_quyen: text("tham_quyen") };
const enactingOptional = { can_cu: enacting.can_cu.optional(), tham_quyen: enacting.tham_quyen.optional() };

// Typed documents of the Party (QĐ 66/QĐ 399 list): tên loại, trích yếu, "-----", body.
export const chiThiSchema = kind("chi-thi");
export const keHoachSchema = kind("ke-hoach");
export const chuongTrinhSchema = kind("chuong-trinh");
export const nghiQuyetSchema = kind("nghi-quyet");
export const quyetDinhSchema = kind("quyet-dinh", enacting);
export const quyDinhSchema = kind("quy-dinh", enactingOptional);
export const quyCheSchema = kind("quy-che", enactingOptional);
export const huongDanSchema = kind("huong-dan");
export const ketLuanSchema = kind("ket-luan");
export const toTrinhSchema = kind("to-trinh", { kinh_trinh: listSchema("kinh_trinh") });
export const thongTriSchema = kind("thong-tri");
/** Biên bản: signed by the chair and the secretary side by side; often sent nowhere. */
export const bienBanSchema = kind("bien-ban", { noi_nhan: documentShape.noi_nhan.optional() });
export const deAnSchema = kind("de-an");

export const KINDS = {
  "cong-van": congVanSchema,
  "bao-cao": baoCaoSchema,
  "thong-bao": thongBaoSchema,
  "giay-moi": giayMoiSchema,
  "chi-thi": chiThiSchema,
  "ke-hoach": keHoachSchema,
  "chuong-trinh": chuongTrinhSchema,
  "nghi-quyet": nghiQuyetSchema,
  "quyet-dinh": quyetDinhSchema,
  "quy-dinh": quyDinhSchema,
  "quy-che": quyCheSchema,
  "huong-dan": huongDanSchema,
  "ket-luan": ketLuanSchema,
  "to-trinh": toTrinhSchema,
  "thong-tri": thongTriSchema,
  "bien-ban": bienBanSchema,
  "de-an": deAnSchema,
} as const;

export type Kind = keyof typeof KINDS;
export type CongVan = z.infer<typeof congVanSchema>;
export type BaoCao = z.infer<typeof baoCaoSchema>;
export type ThongBao = z.infer<typeof thongBaoSchema>;
/** Any document: the output of its kind's schema. */
export type DocumentInput = { [K in Kind]: z.infer<(typeof KINDS)[K]> }[Kind];

export const isKind = (k: unknown): k is Kind => typeof k === "string" && Object.hasOwn(KINDS, k);

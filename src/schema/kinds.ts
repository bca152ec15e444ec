/**
 * The document kinds: one zod schema each (types come from them) and the template that lays
 * it out (`templates/kinds/<loai>.hbs`). To add a kind: add its schema here, its template,
 * and its name, title and code in each profile's `kinds`.
 */
import * as z from "zod";
import { attachmentShape } from "./attachments";
import { baseShape, listSchema } from "./common";
import { FIELDS } from "./fields";
import { tableMadeOnUse } from "../lazy-table";
import { text } from "./text";

/** Every kind's shared fields: the base, then the attachments (enclosures are checked against KINDS when parsed). */
const documentShape = {
  ...baseShape,
  ...attachmentShape((): Readonly<Record<string, z.ZodObject>> => KINDS),
};

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
const enacting = () => ({ can_cu: listSchema("can_cu"), tham_quyen: text("tham_quyen") });
const enactingOptional = () => {
  const { can_cu, tham_quyen } = enacting();
  return { can_cu: can_cu.optional(), tham_quyen: tham_quyen.optional() };
};

/**
 * Every kind's schema by `loai`, each built when first read (`tableMadeOnUse`): rendering a công
 * văn does not build the sixteen other kinds.
 */
export const KINDS = tableMadeOnUse({
  "cong-van": () =>
    z.object({ loai: z.literal("cong-van"), ...documentShape, kinh_gui: listSchema("kinh_gui") }).strict(),
  "bao-cao": () => z.object({ loai: z.literal("bao-cao"), ...documentShape }).strict(),
  "thong-bao": () => z.object({ loai: z.literal("thong-bao"), ...documentShape }).strict(),
  /** Giấy mời (NĐ 30 Phụ lục III Mẫu 1.7): a state kind only; the Party profile has none. */
  "giay-moi": () =>
    z
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
      .strict(),
  // Typed documents of the Party (QĐ 66/QĐ 399 list): tên loại, trích yếu, "-----", body.
  "chi-thi": () => kind("chi-thi"),
  "ke-hoach": () => kind("ke-hoach"),
  "chuong-trinh": () => kind("chuong-trinh"),
  "nghi-quyet": () => kind("nghi-quyet"),
  "quyet-dinh": () => kind("quyet-dinh", enacting()),
  "quy-dinh": () => kind("quy-dinh", enactingOptional()),
  "quy-che": () => kind("quy-che", enactingOptional()),
  "huong-dan": () => kind("huong-dan"),
  "ket-luan": () => kind("ket-luan"),
  "to-trinh": () => kind("to-trinh", { kinh_trinh: listSchema("kinh_trinh") }),
  "thong-tri": () => kind("thong-tri"),
  /** Biên bản: signed by the chair and the secretary side by side; often sent nowhere. */
  "bien-ban": () => kind("bien-ban", { noi_nhan: documentShape.noi_nhan.optional() }),
  "de-an": () => kind("de-an"),
});

export type Kind = keyof typeof KINDS;
export type CongVan = z.infer<(typeof KINDS)["cong-van"]>;
export type BaoCao = z.infer<(typeof KINDS)["bao-cao"]>;
export type ThongBao = z.infer<(typeof KINDS)["thong-bao"]>;
/** Any document: the output of its kind's schema. */
export type DocumentInput = { [K in Kind]: z.infer<(typeof KINDS)[K]> }[Kind];

export const isKind = (k: unknown): k is Kind => typeof k === "string" && Object.hasOwn(KINDS, k);

/**
 * The document kinds: one zod schema each (types come from them) and the template that lays
 * it out (`templates/kinds/<loai>.hbs`). To add a kind: add its schema here, its template,
 * and its name, title and code in each profile's `kinds`.
 */
import * as z from "zod";
import { baseShape, listSchema } from "./common";

export const congVanSchema = z.object({ loai: z.literal("cong-van"), ...baseShape, kinh_gui: listSchema("kinh_gui") }).strict();
export const baoCaoSchema = z.object({ loai: z.literal("bao-cao"), ...baseShape }).strict();
export const thongBaoSchema = z.object({ loai: z.literal("thong-bao"), ...baseShape }).strict();

export const KINDS = {
  "cong-van": congVanSchema,
  "bao-cao": baoCaoSchema,
  "thong-bao": thongBaoSchema,
} as const;

export type Kind = keyof typeof KINDS;
export type CongVan = z.infer<typeof congVanSchema>;
export type BaoCao = z.infer<typeof baoCaoSchema>;
export type ThongBao = z.infer<typeof thongBaoSchema>;
export type DocumentInput = CongVan | BaoCao | ThongBao;

export const isKind = (k: unknown): k is Kind => typeof k === "string" && Object.hasOwn(KINDS, k);

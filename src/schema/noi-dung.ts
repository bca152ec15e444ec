/** The Markdown body of a document or a phụ lục: any text, but not empty or blank. */
import * as z from "zod";
import { isBlank } from "../text/blank";
import { FIELDS } from "./fields";

export const noiDungSchema = z
  .string()
  .refine((s) => !isBlank(s), {
    message: "nội dung đang để trống; viết nội dung văn bản (Markdown: dòng trống tách đoạn)",
    params: { code: "INVALID_VALUE" },
  })
  .describe(FIELDS.noi_dung.help);

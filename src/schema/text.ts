/**
 * Required text fields: not empty, and not made only of spaces or invisible characters (a ZWSP pasted from a
 * web page).
 */
import * as z from "zod";
import { isBlank } from "../text/blank";
import { FIELDS } from "./fields";

/** `s` trimmed, and refused when empty or blank, with the field's label in the message. */
export const visible = (field: keyof typeof FIELDS) => (s: z.ZodString) =>
  s
    .trim()
    .min(1)
    .refine((v) => v === "" || !isBlank(v), {
      message: `${FIELDS[field].label} chỉ có ký tự vô hình (dấu cách không độ rộng…), không in ra gì; gõ lại giá trị`,
      params: { code: "INVALID_VALUE" },
    });

/** A required text field, described by its help for messages and the web form. */
export const text = (field: keyof typeof FIELDS) => visible(field)(z.string()).describe(FIELDS[field].help);

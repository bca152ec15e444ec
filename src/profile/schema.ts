/**
 * The format profile: every number and label a layout rule sets (page, margins, sizes,
 * indents, spacing, labels, abbreviations), kept as data in `templates/profiles/*.yaml`.
 */
import * as z from "zod";

const mm = z.number().min(0).max(500);
const pt = z.number().min(0).max(400);

export const styleSchema = z
  .object({
    based_on: z.string().optional(),
    size: z.number().min(4).max(72).optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    /** Write the text in IN HOA (Vietnamese-aware), not as a Word caps effect. */
    caps: z.boolean().optional(),
    align: z.enum(["left", "center", "right", "justify"]).optional(),
    indent: z.object({ first_line: mm.optional(), left: mm.optional(), right: mm.optional(), hanging: mm.optional() }).strict().optional(),
    tabs: z.array(mm).optional(),
    spacing: z
      .object({
        before: pt.optional(),
        after: pt.optional(),
        /** Multiple of single spacing (1, 1.15, 1.5). */
        line: z.number().min(0.5).max(3).optional(),
        /** Exactly this many pt per line. */
        line_exact: pt.optional(),
        line_at_least: pt.optional(),
      })
      .strict()
      .optional(),
    keep_next: z.boolean().optional(),
    keep_lines: z.boolean().optional(),
    /** A solid rule under the paragraph, `ratio` × the width of its text, centred. */
    rule_below: z.object({ ratio: z.number().min(0.05).max(1), thickness: pt.default(0.75), gap: pt.default(1) }).strict().optional(),
  })
  .strict();

const recipientsSchema = z.object({ separator: z.string(), last: z.string(), first_on_label_line: z.boolean().default(false) }).strict();

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    font: z.string(),
    language: z.string().default("vi-VN"),
    page: z
      .object({
        width: mm,
        height: mm,
        margins: z.object({ top: mm, bottom: mm, left: mm, right: mm }).strict(),
        header: mm,
        footer: mm,
      })
      .strict(),
    page_number: z.object({ style: z.string(), first_page: z.boolean() }).strict(),
    tables: z.record(z.string(), z.object({ columns: z.array(z.number().positive()).min(1), space_before: pt.default(0) }).strict()),
    labels: z
      .object({
        tieu_de: z.array(z.object({ text: z.string(), style: z.string() }).strict()),
        sao: z.string().default(""),
        phan_cach: z.string().default(""),
        kinh_gui: z.string(),
        noi_nhan: z.string(),
      })
      .catchall(z.string()),
    number: z.object({ line: z.string(), ky_hieu: z.string(), pad: z.number().int().min(1), blank: z.string() }).strict(),
    date: z
      .object({ line: z.string(), pad_day: z.boolean(), pad_months: z.array(z.number().int().min(1).max(12)), blank: z.string() })
      .strict(),
    recipients: z.object({ kinh_gui: recipientsSchema, noi_nhan: recipientsSchema, luu_prefix: z.string() }).strict(),
    trich_yeu_cong_van: z.object({ prefix: z.string() }).strict(),
    kinds: z.record(z.string(), z.object({ name: z.string(), title: z.string().optional(), code: z.string() }).strict()),
    body_style: z.string(),
    footnote_style: z.string(),
    headings: z.array(z.string()).min(1).max(6),
    styles: z.record(z.string(), styleSchema),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type Style = z.infer<typeof styleSchema>;

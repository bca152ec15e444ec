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
    rule_below: z.object({ ratio: z.number().min(0.05).max(1), thickness: pt.default(0.75), gap: pt.default(1), after: pt.default(0) }).strict().optional(),
  })
  .strict();

/**
 * A table layout. Layout tables (the header, the signature block) have `columns` (percent of the
 * text width) and no borders; the data tables of the body (`tables.bang`) have `borders` (pt),
 * cell `padding` (mm, left and right) and the styles of their header, cells and caption, and
 * take their columns from the content.
 */
const tableLayoutSchema = z
  .object({
    columns: z.array(z.number().positive()).min(1).optional(),
    space_before: pt.default(0),
    /** Keep the table on the page of the next block: its paragraphs keep with the next. */
    keep_next: z.boolean().optional(),
    borders: pt.optional(),
    padding: mm.optional(),
    header_style: z.string().optional(),
    cell_style: z.string().optional(),
    caption_style: z.string().optional(),
  })
  .strict();

/** Phụ lục: "Phụ lục[ {so}]" and "(Kèm theo {ten_loai} số {so}-{ky_hieu}, ngày {ngay}/{thang}/{nam} của {co_quan})"; `[...]` only when its values are given. */
const appendixSchema = z.object({ label: z.string(), reference: z.string() }).strict();

/** A list's end punctuation; `prefix` goes before each line in templates that use it (căn cứ: "- "). */
const recipientsSchema = z
  .object({ separator: z.string(), last: z.string(), first_on_label_line: z.boolean().default(false), prefix: z.string().default("") })
  .strict();

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
    tables: z.record(z.string(), tableLayoutSchema),
    labels: z
      .object({
        tieu_de: z.array(z.object({ text: z.string(), style: z.string() }).strict()),
        sao: z.string().default(""),
        phan_cach: z.string().default(""),
        kinh_gui: z.string(),
        noi_nhan: z.string(),
        /** The urgency and secrecy marks by value of `do_khan` / `do_mat` ("khan": "KHẨN"). */
        do_khan: z.record(z.string(), z.string()).optional(),
        do_mat: z.record(z.string(), z.string()).optional(),
      })
      .catchall(z.string()),
    /**
     * Patterns: `{so}`, `{ky_hieu}`; in `ky_hieu`, `{loai}` (the kind's code), `{co_quan}`
     * (`co_quan.viet_tat`) and `{don_vi}` (`co_quan.don_vi`). A `[...]` part is printed only when
     * every value inside it is given: "{loai}-{co_quan}[-{don_vi}]".
     */
    number: z
      .object({
        line: z.string(),
        ky_hieu: z.string(),
        pad: z.number().int().min(1),
        blank: z.string(),
        /** Between the issuers' abbreviations of a joint document: "QC/BTCTU-BDVTU". */
        join: z.string().default("-"),
      })
      .strict(),
    date: z
      .object({ line: z.string(), pad_day: z.boolean(), pad_months: z.array(z.number().int().min(1).max(12)), blank: z.string() })
      .strict(),
    recipients: z
      .object({
        kinh_gui: recipientsSchema,
        noi_nhan: recipientsSchema,
        /** Căn cứ lines (quyết định, quy định, quy chế); absent: printed as typed. */
        can_cu: recipientsSchema.optional(),
        luu_prefix: z.string(),
        /** An example of the last Nơi nhận line, quoted in the NOI_NHAN_LUU warning. */
        luu_example: z.string().optional(),
      })
      .strict(),
    trich_yeu_cong_van: z.object({ prefix: z.string() }).strict(),
    kinds: z.record(
      z.string(),
      z
        .object({
          name: z.string(),
          title: z.string().optional(),
          /** Abbreviation of the kind in the symbol ("CV", "QyĐ"); empty when the symbol has none. */
          code: z.string(),
          /** This kind's own symbol pattern, replacing `number.ky_hieu` (a state công văn: "{co_quan}[-{don_vi}]"). */
          ky_hieu: z.string().optional(),
        })
        .strict(),
    ),
    appendix: appendixSchema.optional(),
    body_style: z.string(),
    footnote_style: z.string(),
    headings: z.array(z.string()).min(1).max(6),
    styles: z.record(z.string(), styleSchema),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type Style = z.infer<typeof styleSchema>;

/**
 * The format profile: every number and label a layout rule sets (page, margins, sizes,
 * indents, spacing, labels, abbreviations), kept as data in `templates/profiles/*.yaml`.
 */
import * as z from "zod";
import { inLength, inRange, RANGES } from "./ranges";

const indent = inRange(RANGES.indent);
const spacing = inRange(RANGES.spacing);
const page = inRange(RANGES.page);
const margin = inRange(RANGES.margin);
const text = inLength(RANGES.text);
/** Punctuation repeated on every line of a list. */
const mark = inLength(RANGES.mark);
/** `[min, max]`, both in `r`. */
function interval(r: Parameters<typeof inRange>[0]) {
  return z
    .tuple([inRange(r), inRange(r)])
    .refine(([a, b]) => a <= b, { error: "khoảng [nhỏ nhất, lớn nhất]: số đầu không được lớn hơn số sau" });
}

export const styleSchema = z
  .object({
    /** The style's name in Word's style list ("Nội dung"); the id ("noi-dung") stays what templates use. */
    name: text.regex(/^[^,]*$/, { error: "tên kiểu không được có dấu phẩy (Word không nhận)" }).optional(),
    based_on: text.optional(),
    size: inRange(RANGES.size).optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    /** Write the text in IN HOA (Vietnamese-aware), not as a Word caps effect. */
    caps: z.boolean().optional(),
    align: z.enum(["left", "center", "right", "justify"]).optional(),
    indent: z
      .object({
        first_line: indent.optional(),
        left: indent.optional(),
        right: indent.optional(),
        hanging: indent.optional(),
      })
      .strict()
      .optional(),
    tabs: z.array(indent).max(RANGES.tabs).optional(),
    spacing: z
      .object({
        before: spacing.optional(),
        after: spacing.optional(),
        /** Multiple of single spacing (1, 1.15, 1.5). */
        line: inRange(RANGES.line).optional(),
        /** Exactly this many pt per line. */
        line_exact: inRange(RANGES.lineHeight).optional(),
        line_at_least: inRange(RANGES.lineHeight).optional(),
      })
      .strict()
      .optional(),
    keep_next: z.boolean().optional(),
    keep_lines: z.boolean().optional(),
    /**
     * How a line too long for its room is broken, instead of wherever the word processor breaks
     * it: `groups`, an agency name, between word groups only ("ĐẢNG ỦY KHỐI / CÁC CƠ QUAN TỈNH",
     * never "… CƠ / QUAN …"), into lines of even width (an author's own line break always wins);
     * `balance`, a block such as the trích yếu, into the fewest lines of even width, at words (the
     * author's line breaks kept while the author's lines fit, else the block balanced as a whole).
     */
    wrap: z.enum(["groups", "balance"]).optional(),
    /** A solid rule under the paragraph, `ratio` × the width of its text, centred. */
    rule_below: z
      .object({
        ratio: inRange(RANGES.ratio),
        thickness: inRange(RANGES.thickness).default(0.75),
        gap: inRange(RANGES.gap).default(1),
        after: spacing.default(0),
        /**
         * The lengths `vanthu check` accepts, as fractions of the text's width (NĐ 30: 1/3 to 1/2);
         * `unverified`: a tolerance of practice, not the text's (its findings only warn). Without
         * it, `ratio` ± 15%, unverified.
         */
        length: z
          .object({
            min: inRange(RANGES.ruleLength),
            max: inRange(RANGES.ruleLength),
            unverified: z.boolean().optional(),
          })
          .strict()
          .refine((l) => l.min <= l.max, { error: "length.min phải không lớn hơn length.max" })
          .optional(),
      })
      .strict()
      .optional(),
    /** Where the rule comes from ("NĐ 30 PL I II.2"), quoted by `vanthu check`. */
    source: text.optional(),
    /** The rule is common practice not yet checked against the text: `vanthu check` only warns. */
    unverified: z.boolean().optional(),
    /**
     * What the text permits where it gives a range and the style picks one value (NĐ 30: size
     * 12–13, first-line indent 10 or 12.7 mm): `vanthu check` accepts any value in [min, max].
     */
    accept: z
      .object({
        size: interval(RANGES.size).optional(),
        first_line: interval(RANGES.indent).optional(),
        line: interval(RANGES.line).optional(),
        before: interval(RANGES.spacing).optional(),
        after: interval(RANGES.spacing).optional(),
      })
      .strict()
      .optional(),
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
    columns: z.array(inRange(RANGES.column)).min(1).max(RANGES.columns).optional(),
    space_before: spacing.default(0),
    /** Keep the table on the page of the next block: its paragraphs keep with the next. */
    keep_next: z.boolean().optional(),
    /**
     * One column sized to its widest line (`room` mm added), from `min` to `max` % of the width;
     * the other columns share the rest in the ratio of `columns`, and the fitted column gives way
     * (down to `min`) so their lines fit too. Lines of `wrap: balance` styles count only where
     * their author broke them.
     */
    fit: z
      .object({
        column: z
          .number()
          .int()
          .min(0)
          .max(RANGES.columns - 1),
        min: inRange(RANGES.column),
        max: inRange(RANGES.column),
        room: inRange(RANGES.padding).default(0),
      })
      .strict()
      .optional(),
    borders: inRange(RANGES.border).optional(),
    padding: inRange(RANGES.padding).optional(),
    header_style: text.optional(),
    cell_style: text.optional(),
    caption_style: text.optional(),
  })
  .strict();

/**
 * Phụ lục: "Phụ lục[ {so}]" and "(Kèm theo {ten_loai} số {so}-{ky_hieu}, ngày {ngay}/{thang}/{nam} của
 * {co_quan})"; `[...]` only when its values are given.
 */
const appendixSchema = z.object({ label: text, reference: text }).strict();

/** A list's end punctuation; `prefix` goes before each line in templates that use it (căn cứ: "- "). */
const recipientsSchema = z
  .object({
    separator: mark,
    last: mark,
    first_on_label_line: z.boolean().default(false),
    prefix: mark.default(""),
  })
  .strict();

/**
 * The forms of authority before a signer's title (`quyen_han`), as this profile writes them, and
 * what each asks of the title: "K/T" (ký thay) a deputy's title, "T/M" (thay mặt) a collective body.
 */
const signatureSchema = z
  .object({
    /** Keyed by meaning: thay_mat, ky_thay, thua_lenh, thua_uy_quyen, quyen → as printed ("T/M", "TM."). */
    forms: z.partialRecord(z.enum(["thay_mat", "ky_thay", "thua_lenh", "thua_uy_quyen", "quyen"]), text),
    /** A deputy's title starts with this word ("PHÓ"). */
    deputy: text,
    /** Names of collective bodies start with one of these ("BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN"). */
    collective: z.array(text).min(1).max(100),
    source: text.optional(),
    unverified: z.boolean().optional(),
  })
  .strict();

/** How the last paragraph of the body ends: one of `endings` ("./."). */
const bodyEndSchema = z
  .object({
    endings: z.array(mark).min(1).max(10),
    source: text.optional(),
    unverified: z.boolean().optional(),
  })
  .strict();

export const profileSchema = z
  .object({
    id: text.regex(/^[a-z0-9-]+$/),
    name: text,
    font: text,
    language: text.default("vi-VN"),
    page: z
      .object({
        width: page,
        height: page,
        margins: z.object({ top: margin, bottom: margin, left: margin, right: margin }).strict(),
        header: margin,
        footer: margin,
        source: text.optional(),
        unverified: z.boolean().optional(),
        /** Margins the text permits (NĐ 30: top 20–25 mm): `vanthu check` accepts any value in [min, max]. */
        accept: z
          .object({
            top: interval(RANGES.margin).optional(),
            bottom: interval(RANGES.margin).optional(),
            left: interval(RANGES.margin).optional(),
            right: interval(RANGES.margin).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    page_number: z
      .object({
        style: text,
        first_page: z.boolean(),
        source: text.optional(),
        unverified: z.boolean().optional(),
      })
      .strict(),
    tables: z.record(z.string(), tableLayoutSchema),
    labels: z
      .object({
        tieu_de: z.array(z.object({ text: text, style: text }).strict()),
        sao: text.default(""),
        phan_cach: text.default(""),
        kinh_gui: text,
        noi_nhan: text,
        /** The urgency and secrecy marks by value of `do_khan` / `do_mat` ("khan": "KHẨN"). */
        do_khan: z.record(z.string(), text).optional(),
        do_mat: z.record(z.string(), text).optional(),
      })
      .catchall(text),
    /**
     * Patterns: `{so}`, `{ky_hieu}`; in `ky_hieu`, `{loai}` (the kind's code), `{co_quan}`
     * (`co_quan.viet_tat`) and `{don_vi}` (`co_quan.don_vi`). A `[...]` part is printed only when
     * every value inside it is given: "{loai}-{co_quan}[-{don_vi}]".
     */
    number: z
      .object({
        line: text,
        ky_hieu: text,
        pad: inRange(RANGES.pad).int(),
        blank: text,
        /** Between the issuers' abbreviations of a joint document: "QC/BTCTU-BDVTU". */
        join: text.default("-"),
        /**
         * Names abbreviated otherwise than by their initials ("Ban Chấp hành Đảng bộ tỉnh": TU,
         * "Trung ương": TW), so that `vanthu check` can read a ký hiệu's issuer from the printed name.
         */
        aliases: z.record(z.string(), text).default({}),
        source: text.optional(),
      })
      .strict(),
    date: z
      .object({
        line: text,
        pad_day: z.boolean(),
        pad_months: z.array(z.number().int().min(1).max(12)).max(12),
        blank: text,
        source: text.optional(),
      })
      .strict(),
    recipients: z
      .object({
        kinh_gui: recipientsSchema,
        noi_nhan: recipientsSchema,
        /** Căn cứ lines (quyết định, quy định, quy chế); absent: printed as typed. */
        can_cu: recipientsSchema.optional(),
        luu_prefix: text,
        /** An example of the last Nơi nhận line, quoted in the NOI_NHAN_LUU warning. */
        luu_example: text.optional(),
        source: text.optional(),
      })
      .strict(),
    trich_yeu_cong_van: z.object({ prefix: text, source: text.optional() }).strict(),
    kinds: z.record(
      z.string(),
      z
        .object({
          name: text,
          title: text.optional(),
          /** Abbreviation of the kind in the symbol ("CV", "QyĐ"); empty when the symbol has none. */
          code: text,
          /** This kind's own symbol pattern, replacing `number.ky_hieu` (a state công văn: "{co_quan}[-{don_vi}]"). */
          ky_hieu: text.optional(),
        })
        .strict(),
    ),
    appendix: appendixSchema.optional(),
    /**
     * What a document writes one way throughout: the tone mark of "oa", "oe", "uy" ("ủy": "hóa",
     * "ủy"; "uỷ": "hoá", "uỷ"), the body's last full stop ("./." or "."), quotation marks ("“”"
     * curly, '""' straight). The author's text is changed to match, with a TEXT_UNIFIED warning.
     */
    consistency: z
      .object({
        tone: z.enum(["ủy", "uỷ"]).optional(),
        ending: z.enum(["./.", "."]).optional(),
        quotes: z.enum(["“”", '""']).optional(),
        source: text.optional(),
        unverified: z.boolean().optional(),
      })
      .strict()
      .optional(),
    body_style: text,
    footnote_style: text,
    headings: z.array(text).min(1).max(6),
    styles: z.record(z.string(), styleSchema),
    signature: signatureSchema.optional(),
    body_end: bodyEndSchema.optional(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type Style = z.infer<typeof styleSchema>;

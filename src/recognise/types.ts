/**
 * What the recogniser finds in a read .docx (src/ooxml/types.ts): every line of an official
 * document named by the profile style it should have (`role`: "co-quan", "so", "noi-dung" …) and
 * by the YAML field it corresponds to (`field`: "co_quan.ten", "so", "nguoi_ky.chuc_vu",
 * "kem_theo.0.noi_dung" …), so that a finding and a render error speak the same language, and an
 * importer can write each line back into its field.
 */
import type { ReadParagraph, ReadRoot, ReadText } from "../ooxml/types";

/** The top-level parts, by YAML field (page set-up is `trang`). */
export const PARTS = [
  "trang",
  "tieu_de",
  "co_quan",
  "so",
  "ngay",
  "ten_loai",
  "trich_yeu",
  "kinh_gui",
  "can_cu",
  "noi_dung",
  "noi_nhan",
  "nguoi_ky",
  "phu_luc",
  "kem_theo",
] as const;
export type PartName = (typeof PARTS)[number];

/**
 * One line of the document: a paragraph, or the left or right piece of a header paragraph laid
 * out with tab stops ("TỈNH ỦY LẠNG SƠN<tab>ĐẢNG CỘNG SẢN VIỆT NAM").
 */
export interface Line {
  /** The profile style this line should have ("co-quan", "tieu-ngu", "noi-dung", "muc-2" …). */
  role: string;
  /** The YAML field: "co_quan.ten", "so", "noi_nhan", "nguoi_ky.1.ho_ten", "phu_luc.0", "kem_theo.0.ngay". */
  field: string;
  /** The text as printed: the numbering label first ("1. …"), line breaks as "\n", NFC. */
  text: string;
  /** Its text runs (for a piece of a tab-laid paragraph, only that piece's). */
  runs: ReadText[];
  paragraph: ReadParagraph;
  /** The paragraph's number among the body paragraphs ("đoạn 12"); absent in headers and notes. */
  source?: number;
  /** Index of the section it is in. */
  section: number;
  /** The line is one side of a paragraph laid out with tabs. */
  piece?: "left" | "right";
  /** In a table cell (a header or signature table, or a data table in the body). */
  inTable?: boolean;
  /**
   * How a rule under it is drawn, when one is: a bottom border (on it or on an empty paragraph after it), a
   * drawn line, its text underlined.
   */
  rule?: "border" | "drawing" | "underline";
  /** How long that rule is (mm), when it can be known (src/recognise/rule-length.ts). */
  ruleLength?: number;
  /** The width (mm) the line's paragraph lays its text in (its cell's or the page's, less its indents), when known. */
  box?: number;
  /** Space (pt) taken by empty paragraphs right above it in the same place: a Word user's way to space lines apart. */
  blankAbove?: number;
}

/** One document inside the file: the main one, or an enclosed one (`kem_theo`). */
export interface RecognisedDocument {
  /** "" for the main document, "kem_theo.0" for the first enclosed one. */
  prefix: string;
  /** The kind (profile `kinds` key), when the document says it (its tên loại, or a công văn's marks). */
  kind?: string;
  /** Indexes of its sections (its own, then its phụ lục). */
  sections: number[];
  lines: Line[];
  /** How many phụ lục follow it. */
  appendices: number;
}

export interface Recognised {
  /** The profile id the document follows (detected, or as asked). */
  profile: string;
  /** How the profile was chosen: from the document's own marks, as asked (`--the-thuc`), or by default. */
  profileFrom: "document" | "option" | "default";
  /** The main document's kind. */
  kind?: string;
  documents: RecognisedDocument[];
  tree: ReadRoot;
}

/** The lines of `doc` whose field is `field` or below it ("nguoi_ky" → "nguoi_ky.ho_ten" too). */
export function partLines(doc: RecognisedDocument, field: string): Line[] {
  const full = doc.prefix ? `${doc.prefix}.${field}` : field;
  return doc.lines.filter((l) => l.field === full || l.field.startsWith(`${full}.`));
}

/**
 * What the server tells the page (GET /api/meta): the profiles and the kinds each has, a form
 * description per kind built from its zod schema, and the samples in data/. Shared by the
 * server and the page (type-only on the page side).
 */

/**
 * How a field is edited on the page; "raw" is a value the form keeps but cannot edit (an enclosed document:
 * edited in YAML).
 */
export type Widget =
  "text" | "textarea" | "markdown" | "date" | "checkbox" | "select" | "group" | "list" | "union" | "raw";

export interface FieldSpec {
  /** The YAML key (empty for a list's item). */
  key: string;
  /** Vietnamese label, capitalised: "Tên cơ quan ban hành". */
  label: string;
  /** Vietnamese help, with field names replaced by their labels. */
  help: string;
  required: boolean;
  widget: Widget;
  /** A text field whose schema also takes a whole number (`so`): digits are sent as a number. */
  numeric?: boolean;
  /** select: the allowed values, with what the page shows for each. */
  options?: { value: string; label: string }[];
  /** group: the fields inside. */
  fields?: FieldSpec[];
  /** list: how each item is edited. */
  item?: FieldSpec;
  /** union: the forms the value may take (a line or a group; one signer or a list), each labelled. */
  variants?: FieldSpec[];
  /** An optional field shown under "Các mục khác" rather than in the main form. */
  more?: boolean;
}

export interface KindForm {
  loai: string;
  fields: FieldSpec[];
}

export interface ProfileInfo {
  id: string;
  name: string;
  /** Field paths this profile never prints ("co_quan.don_vi" in the Party profile): left off its form while empty. */
  unused: string[];
  /**
   * Help the form shows instead of the schema's for this profile (state examples in a state document), by
   * field path.
   */
  hints: Record<string, string>;
  /** The kinds this profile lays out (those with a schema and a template too), in profile order. */
  kinds: { loai: string; name: string }[];
}

export interface SampleInfo {
  /** Path under data/ without the extension: "002-cong-van-1866-cv-tu". */
  name: string;
  loai?: string;
  the_thuc?: string;
  /** What the page shows: "Báo cáo — sơ kết 10 năm thực hiện …". */
  title: string;
}

export interface Meta {
  profiles: ProfileInfo[];
  forms: Record<string, KindForm>;
  samples: SampleInfo[];
  /** The request size limit, in bytes. */
  maxBytes: number;
  /** Keys set by the toolbar rather than the form, always first in the YAML. */
  toolbarKeys: string[];
  /** The profile a document without `the_thuc` gets (the schema's default). */
  defaultProfile?: string;
}

/** POST /api/preview answer: the diagnostics and, when there is no error, the .docx in base64. */
export interface PreviewAnswer {
  diagnostics: import("../diagnostic").Diagnostic[];
  docx?: string;
}

/** POST /api/bang-tinh answer: the .zip of the rows that rendered, and every row's problems. */
export interface SheetAnswer {
  diagnostics: import("../diagnostic").Diagnostic[];
  /** Documents made, rows that made none. */
  rendered: number;
  failed: number;
  /** The .zip in base64, and its name (`don-vi.zip`), when any row rendered. */
  zip?: string;
  name?: string;
}

/** POST /api/open and GET /api/samples/:name answer: the YAML as plain data, for the form. */
export interface OpenAnswer {
  data?: unknown;
  diagnostics: import("../diagnostic").Diagnostic[];
}

/**
 * POST /api/chuan-hoa answer: the re-laid-out .docx (base64) with the findings of `vanthu check`
 * before and after; or (422) no copy, because the document lacks `missing` (their labels), with
 * the imported document as form data so that nothing typed is lost; or (400) why it could not be read.
 */
export interface ChuanHoaAnswer {
  name?: string;
  docx?: string;
  /** The imported document, for the form, when no copy could be made. */
  data?: unknown;
  /** Labels of the required fields the document lacks. */
  missing?: string[];
  before?: import("../diagnostic").Diagnostic[];
  after?: import("../diagnostic").Diagnostic[];
  diagnostics: import("../diagnostic").Diagnostic[];
}

/** One paragraph of a checked Word document as read, for the page to draw beside its findings. */
export interface ViewParagraph {
  /** Its number among the body paragraphs ("đoạn 7"), as findings name it. */
  n: number;
  /** The text as printed (numbering label first; tabs "\t", line breaks "\n"). */
  text: string;
  /** The part it was recognised as, by YAML field ("so", "nguoi_ky") and by name ("dòng số và ký hiệu"). */
  part?: string;
  label?: string;
  align: "left" | "center" | "right" | "justify";
  /** Its first printed run's look: size in pt. */
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** A line drawn under it (a bottom border). */
  ruled: boolean;
  /** First-line indent in mm (negative: hanging); left and right indents in mm. */
  indent: number;
  left: number;
  right: number;
  /** In a table: which one (numbered in the document), and the row and column of its cell. */
  cell?: { table: number; row: number; col: number };
  /** A new page (or section) starts at it. */
  newPage: boolean;
}

/** POST /api/kiem-tra answer: `vanthu check` of a Word document, and its paragraphs as read. */
export interface CheckViewAnswer {
  file: string;
  /** The profile judged by, and its name ("Văn bản của Đảng (HD 36)"); absent when the file could not be read. */
  the_thuc?: string;
  profileName?: string;
  loai?: string;
  kindName?: string;
  diagnostics: import("../diagnostic").Diagnostic[];
  paragraphs: ViewParagraph[];
}

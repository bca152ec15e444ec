/**
 * Footnotes that would not print as the author meant, told as warnings at their line in the
 * field's text: a reference to a note never written, a note never referenced (or empty), a label
 * written twice (the first is printed), and a reference inside a note's own text (Word has no
 * footnote inside a footnote, so it is printed as typed). References count only from the body:
 * its paragraphs, headings and table cells.
 */
import type MarkdownIt from "markdown-it";
import type { FootnoteDefinition } from "./footnote-def";
import type { Report } from "../report";

type Token = ReturnType<MarkdownIt["parse"]>[number];

export interface FootnoteUse {
  /** Labels referenced from the body, with the line of the first reference. */
  referenced: Map<string, number>;
  /** Labels referenced but never written, with the line of the first reference. */
  missing: Map<string, number>;
  /** References inside a note's text (`text` as typed), with the note ("[^a]"). */
  nested: { text: string; note: string; line?: number }[];
}

export const footnoteUse = (): FootnoteUse => ({ referenced: new Map(), missing: new Map(), nested: [] });

/** Records the references among `children`, the tokens of a body text whose first line is `line`. */
export function recordReferences(children: readonly Token[], line: number, use: FootnoteUse): void {
  let at = line;
  for (const t of children) {
    if (t.type === "softbreak" || t.type === "hardbreak") at++;
    else if (
      t.type === "footnote_ref" &&
      typeof t.meta?.label === "string" &&
      !use.referenced.has(t.meta.label)
    )
      use.referenced.set(t.meta.label, at);
    else if (t.type === "footnote_missing" && !use.missing.has(t.meta.label))
      use.missing.set(t.meta.label, at);
  }
}

/**
 * The tokens of the text of `note` ("[^a]"), each reference in it turned back into its text as
 * typed ("[^x]", "^[…]"), and recorded; `line` is the text's first line (an inline note: not
 * known). `inlineNotes` holds the text of inline notes by id.
 */
export function literalReferences(
  children: Token[],
  line: number | undefined,
  note: string,
  inlineNotes: readonly { content?: string }[],
  use: FootnoteUse,
): Token[] {
  let at = line;
  for (const t of children) {
    if (t.type === "softbreak" || t.type === "hardbreak") at = at === undefined ? at : at + 1;
    else if (t.type === "footnote_ref" || t.type === "footnote_missing") {
      const text =
        t.type === "footnote_missing"
          ? t.content
          : typeof t.meta?.label === "string"
            ? `[^${t.meta.label}]`
            : `^[${inlineNotes[t.meta?.id]?.content ?? ""}]`;
      t.type = "text";
      t.content = text;
      use.nested.push({ text, note, line: at });
    }
  }
  return children;
}

/**
 * Why a note referenced from a ```bang cell has no text: the cells are read after the notes are
 * gathered, which has only the notes the body references. A labelled note ([^a]) needs a
 * reference outside the table too; an inline one (^[…]) cannot be placed at all.
 */
export function cellNoteProblem(ref: Token, inlineNotes: readonly { content?: string }[]): string {
  if (typeof ref.meta?.label === "string") {
    return `chú thích [^${ref.meta.label}] trong khối bang phải được dẫn chiếu cả ở một đoạn văn ngoài bảng; hoặc đặt chú thích ở đoạn văn ngay sau bảng`;
  }
  const text = `^[${excerpt(inlineNotes[ref.meta?.id]?.content ?? "")}]`;
  return `chú thích viết thẳng trong ô (${text}) không dùng được trong khối bang; đặt chú thích ở đoạn văn ngay sau bảng, hoặc dùng chú thích có nhãn: [^1] trong ô, một đoạn "[^1]: …" ở cuối nội dung, và dẫn chiếu [^1] cả ở một đoạn văn ngoài bảng`;
}

/** The warnings (MARKDOWN_UNSUPPORTED), reported in the order of their lines. */
export function reportFootnotes(
  use: FootnoteUse,
  definitions: readonly FootnoteDefinition[],
  report: Report,
): void {
  /** Each warning's 0-based line (if known) and message, to be told in order. */
  const warnings: { line?: number; message: string }[] = [];
  const warning = (message: string, line?: number) => warnings.push({ line, message });
  for (const [label, line] of use.missing) {
    warning(`chú thích [^${label}] chưa có nội dung; thêm một đoạn "[^${label}]: ..." ở cuối nội dung`, line);
  }
  for (const n of use.nested) {
    const instead = n.text.startsWith("^[") ? `viết ${n.text} ở thân bài` : `dẫn chiếu ${n.text} từ thân bài`;
    const message = `chú thích không lồng vào nhau được: ${n.text} nằm trong chú thích ${n.note} nên được in nguyên văn là "${n.text}"; hãy ${instead}, hoặc viết thẳng nội dung của nó vào ${n.note}`;
    warning(message, n.line);
  }
  const first = new Map<string, FootnoteDefinition>();
  for (const d of definitions) {
    const used = first.get(d.label);
    if (used) {
      const message = `chú thích [^${d.label}] đã được viết ở trên; văn bản chỉ dùng nội dung viết lần đầu ("${excerpt(used.text)}") và bỏ qua đoạn này; xóa đoạn này, hoặc đổi nhãn của nó (và của chỗ dẫn chiếu tới nó) thành một nhãn khác`;
      warning(message, d.line);
      continue;
    }
    first.set(d.label, d);
    if (!use.referenced.has(d.label)) {
      const message = d.empty
        ? `chú thích [^${d.label}] để trống và không được dẫn chiếu; xóa dòng này`
        : `chú thích [^${d.label}] có nội dung nhưng không được dẫn chiếu; thêm [^${d.label}] vào chỗ cần chú thích`;
      warning(message, d.line);
    } else if (d.empty) {
      warning(
        `chú thích [^${d.label}] để trống: Word sẽ in số chú thích mà không có chữ; viết nội dung sau "[^${d.label}]:"`,
        d.line,
      );
    }
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const w of warnings)
    report("MARKDOWN_UNSUPPORTED", w.message, {
      ...(w.line !== undefined && { line: w.line + 1 }),
      severity: "warning",
    });
}

/** The start of a note's text, to name it in a message. */
function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/**
 * A paragraph's inlines → one Markdown paragraph: text escaped, bold and italic as `**` and `*`
 * (opened and closed as the marks change, white space kept outside the delimiters so that
 * CommonMark reads them as emphasis), a line break as `\` at the end of a line, a tab as a tab,
 * a footnote as `[^n]` (its text is collected by `notes`). Underline has no Markdown: it is
 * reported, the text kept.
 */
import type { ReadInline } from "../ooxml/types";
import { assemble, type Part } from "../tree/literal-text";

type Mark = "bold" | "italic";

export interface InlineOptions {
  /** Write bold and italic (false: text only, for a paragraph whose marks Markdown cannot hold). */
  marks: boolean;
  /** Marks the paragraph's style already prints (a heading's bold): not written again. */
  implied?: readonly Mark[];
  /** Called for each footnote; returns its number. */
  footnote: (children: Extract<ReadInline, { type: "footnote" }>) => number;
}

export interface InlineResult {
  markdown: string;
  /** Some text was underlined (Markdown cannot say so). */
  underline: boolean;
}

interface Piece {
  text: string;
  marks: readonly Mark[];
  /** Already Markdown (a break, a footnote reference). */
  raw?: boolean;
}

export function inlinesToMarkdown(children: readonly ReadInline[], options: InlineOptions): InlineResult {
  let underline = false;
  const pieces: Piece[] = [];
  for (const c of children) {
    if (c.type === "text") {
      const marks = options.marks
        ? (["bold", "italic"] as const).filter((m) => c.marks?.includes(m) && !options.implied?.includes(m))
        : [];
      if (c.marks?.includes("underline") && c.value.trim()) underline = true;
      pieces.push({ text: c.value, marks });
    } else if (c.type === "tab") pieces.push({ text: "\t", marks: [] });
    else if (c.type === "break") pieces.push({ text: "\\\n", marks: [], raw: true });
    else if (c.type === "footnote") pieces.push({ text: `[^${options.footnote(c)}]`, marks: [], raw: true });
  }
  return { markdown: write(trim(pieces)), underline };
}

/** Without white space at the paragraph's two ends (the reader drops it, as a field's ends). */
function trim(pieces: Piece[]): Piece[] {
  const out = pieces.filter((p) => p.text !== "");
  while (out.length && !out[0].raw && !out[0].text.trimStart()) out.shift();
  if (out.length && !out[0].raw) out[0] = { ...out[0], text: out[0].text.trimStart() };
  while (out.length && !out.at(-1)!.raw && !out.at(-1)!.text.trimEnd()) out.pop();
  if (out.length && !out.at(-1)!.raw)
    out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.trimEnd() };
  // A line after a break starts without white space too: Markdown drops it.
  for (let i = 1; i < out.length; i++)
    if (out[i - 1].raw && out[i - 1].text.endsWith("\n") && !out[i].raw)
      out[i] = { ...out[i], text: out[i].text.trimStart() };
  return out;
}

const DELIMITER: Record<Mark, string> = { bold: "**", italic: "*" };

function write(pieces: Piece[]): string {
  const parts: Part[] = [];
  let open: Mark[] = [];
  const markup = (text: string) => parts.push({ text, literal: false });
  const typed = (text: string) => text && parts.push({ text, literal: true });
  const close = (from: number) => {
    for (const m of open.slice(from).reverse()) markup(DELIMITER[m]);
    open = open.slice(0, from);
  };
  for (const p of pieces) {
    if (p.raw) {
      // A line break ends the marks: they are opened again on the next line if its text has them.
      if (p.text.endsWith("\n")) close(0);
      markup(p.text);
      continue;
    }
    // White space at a marked piece's ends goes outside the delimiters.
    const lead = p.marks.length ? /^\s*/.exec(p.text)![0] : "";
    const core = p.text.slice(lead.length);
    const tail = p.marks.length ? /\s*$/.exec(core)![0] : "";
    const body = core.slice(0, core.length - tail.length);
    if (!body) {
      close(0);
      typed(p.text);
      continue;
    }
    // Close the marks this piece does not have (and those opened after them), innermost first;
    // before white space, close them all.
    const gone = open.findIndex((m) => !p.marks.includes(m));
    if (lead) close(0);
    else if (gone >= 0) close(gone);
    typed(lead);
    for (const m of p.marks)
      if (!open.includes(m)) {
        markup(DELIMITER[m]);
        open.push(m);
      }
    typed(body);
    if (tail) {
      close(0);
      typed(tail);
    }
  }
  close(0);
  return assemble(parts);
}

/**
 * A paragraph's content → inline nodes: runs and what wraps them (hyperlinks, smart tags, custom
 * XML, content controls, insertions — deletions and moved-away text dropped), fields, notes,
 * symbols and special characters, and the drawings anchored there (text boxes read as blocks).
 */
import type { Context } from "./context";
import { readDrawing, readPict, type Found } from "./drawings";
import { fieldChar, fieldName, instrText, resultState } from "./fields";
import { mergeRun, runProps, type RunProps } from "./props";
import type { ReadFootnote, ReadInline, RunLook } from "./types";
import { attr, child, type El, textOf } from "./xml";

export interface ParagraphContent {
  inlines: ReadInline[];
  found: Found;
}

/** Resolves a run's properties (its direct rPr over the paragraph's) into a look. */
export type RunResolver = (direct: RunProps) => { look: RunLook; marks: ReadInlineMarks };
export type ReadInlineMarks = ("bold" | "italic" | "underline")[];

const SKIP_WRAPPERS = new Set(["w:del", "w:moveFrom", "w:customXmlDelRangeStart", "w:rPr", "w:pPr"]);
const WRAPPERS = new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:bdo",
  "w:dir",
  "w:sdtContent",
]);

/** The branch of an mc:AlternateContent to read: the first Choice, else the Fallback. */
export function alternative(ac: El): El | undefined {
  return child(ac, "mc:Choice") ?? child(ac, "mc:Fallback");
}

export function paragraphContent(p: El, ctx: Context, resolve: RunResolver): ParagraphContent {
  const inlines: ReadInline[] = [];
  const found: Found = { looks: [], boxes: [] };
  const walk = (el: El): void => {
    for (const k of el.kids) {
      if (typeof k === "string") continue;
      if (k.name === "w:r") run(k);
      else if (k.name === "w:fldSimple") simpleField(k);
      else if (k.name === "w:sdt") walkIn(child(k, "w:sdtContent"));
      else if (k.name === "mc:AlternateContent") walkIn(alternative(k));
      else if (k.name === "m:oMath" || k.name === "m:oMathPara") math(k);
      else if (WRAPPERS.has(k.name)) walk(k);
      else if (SKIP_WRAPPERS.has(k.name)) continue;
    }
  };
  const walkIn = (el: El | undefined) => el && walk(el);

  const text = (value: string, look: RunLook, marks: ReadInlineMarks, extra: { origin?: "symbol" } = {}) => {
    if (!value) return;
    const state = resultState(ctx.fields);
    if (state.drop) return;
    inlines.push({
      type: "text",
      value,
      ...(marks.length > 0 && { marks }),
      look,
      ...(state.field && { field: state.field }),
      ...extra,
    });
  };

  const simpleField = (f: El) => {
    const name = fieldName(attr(f, "w:instr") ?? "");
    if (name === "PAGE") {
      const r = f.kids.find((k): k is El => typeof k !== "string" && k.name === "w:r");
      inlines.push({ type: "pageNumber", look: resolve(runProps(child(r, "w:rPr"))).look });
      return;
    }
    ctx.fields.push({ instr: name, phase: "result", page: false });
    try {
      walk(f);
    } finally {
      ctx.fields.pop();
    }
  };

  const math = (m: El) => {
    const { look, marks } = resolve({});
    const parts: string[] = [];
    const collect = (el: El) => {
      for (const k of el.kids)
        if (typeof k === "string") continue;
        else if (k.name === "m:t") parts.push(textOf(k));
        else collect(k);
    };
    collect(m);
    text(parts.join(""), look, marks);
  };

  const run = (r: El) => {
    const direct = runProps(child(r, "w:rPr"));
    const { look, marks } = resolve(direct);
    let pendingMark: ReadFootnote | undefined;
    const content = (el: El) => {
      for (const k of el.kids) {
        if (typeof k === "string") continue;
        switch (k.name) {
          case "w:t": {
            const value = textOf(k);
            if (pendingMark) {
              pendingMark.mark = value;
              pendingMark = undefined;
            } else text(value, look, marks);
            break;
          }
          case "w:tab":
          case "w:ptab":
            if (!resultState(ctx.fields).drop) inlines.push({ type: "tab", look });
            break;
          case "w:br":
          case "w:cr": {
            if (resultState(ctx.fields).drop) break;
            const kind = attr(k, "w:type");
            inlines.push(kind === "page" || kind === "column" ? { type: "break", kind } : { type: "break" });
            break;
          }
          case "w:noBreakHyphen":
            text("\u2011", look, marks);
            break;
          case "w:softHyphen":
            text("\u00ad", look, marks);
            break;
          case "w:sym": {
            const code = parseInt(attr(k, "w:char") ?? "", 16);
            if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) {
              const font = attr(k, "w:font");
              text(String.fromCodePoint(code), font ? { ...look, font } : look, marks, { origin: "symbol" });
            }
            break;
          }
          case "w:fldChar": {
            const ev = attr(k, "w:fldCharType");
            if ((ev === "begin" || ev === "separate" || ev === "end") && fieldChar(ctx.fields, ev))
              inlines.push({ type: "pageNumber", look });
            break;
          }
          case "w:instrText":
            instrText(ctx.fields, textOf(k));
            break;
          case "w:pgNum":
            inlines.push({ type: "pageNumber", look });
            break;
          case "w:footnoteReference":
          case "w:endnoteReference": {
            const kind = k.name === "w:footnoteReference" ? "footnote" : "endnote";
            const children = ctx.notes.note(kind, attr(k, "w:id") ?? "") ?? [];
            const note: ReadFootnote = { type: "footnote", kind, children };
            inlines.push(note);
            const custom = attr(k, "w:customMarkFollows");
            if (custom === "1" || custom === "true" || custom === "on") pendingMark = note;
            break;
          }
          case "w:drawing":
            readDrawing(k, found);
            break;
          case "w:pict":
          case "w:object":
            readPict(k, found);
            break;
          case "mc:AlternateContent": {
            const branch = alternative(k);
            if (branch) content(branch);
            break;
          }
        }
      }
    };
    content(r);
  };

  walk(p);
  return { inlines, found };
}

/** Direct formatting a run states (or its character style), as the tree's marks. */
export function marksOf(p: RunProps): ReadInlineMarks {
  const marks: ReadInlineMarks = [];
  if (p.bold) marks.push("bold");
  if (p.italic) marks.push("italic");
  if (p.underline && p.underline !== "none") marks.push("underline");
  return marks;
}

export { mergeRun };

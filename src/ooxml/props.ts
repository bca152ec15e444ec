/**
 * Raw formatting properties as one level of the style hierarchy states them (w:pPr, w:rPr), and
 * how a higher level overrides a lower one: attribute by attribute, so a style that sets only the
 * size keeps its base style's font.
 */
import { twips } from "./units";
import { attr, child, elements, num, onOff, type El } from "./xml";

/** A font slot: a family name, or a theme font ("minorHAnsi") resolved later against the theme. */
export type FontSlot = { name: string } | { theme: string };

export interface RunProps {
  ascii?: FontSlot;
  hAnsi?: FontSlot;
  cs?: FontSlot;
  eastAsia?: FontSlot;
  /** Half-points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  dstrike?: boolean;
  vanish?: boolean;
  /** w:u w:val; "none" switches underline off. */
  underline?: string;
  color?: string;
  vertAlign?: string;
  highlight?: string;
  rStyle?: string;
}

export interface Border {
  style: string;
  /** Eighths of a point. */
  size: number;
  /** Points. */
  space: number;
  color?: string;
}

export interface TabDef {
  kind: string;
  /** Twips. */
  pos: number;
  leader?: string;
}

export interface ParaProps {
  pStyle?: string;
  jc?: string;
  /** Twips. `firstLine` is negative for a hanging indent. */
  left?: number;
  right?: number;
  firstLine?: number;
  /** Twips; `line` in 240ths of a line when lineRule is auto. */
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  outlineLvl?: number;
  /** Per side; null means "none" (a higher level removing a lower level's border). */
  borders?: Record<string, Border | null>;
  /** Stops set (and cleared: kind "clear") at this level. */
  tabs?: TabDef[];
  numId?: string;
  ilvl?: number;
  frame?: boolean;
  /** The paragraph mark's run properties (w:pPr/w:rPr). */
  mark?: RunProps;
}

const TOGGLES = [
  ["w:b", "bold"],
  ["w:i", "italic"],
  ["w:caps", "caps"],
  ["w:smallCaps", "smallCaps"],
  ["w:strike", "strike"],
  ["w:dstrike", "dstrike"],
  ["w:vanish", "vanish"],
] as const;

function fontSlot(f: El, slot: string): FontSlot | undefined {
  const theme = attr(f, `w:${slot}Theme`);
  if (theme) return { theme };
  const name = attr(f, `w:${slot}`);
  return name ? { name } : undefined;
}

export function runProps(rPr: El | undefined): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  const f = child(rPr, "w:rFonts");
  if (f) {
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"] as const) {
      const s = fontSlot(f, slot);
      if (s) p[slot] = s;
    }
  }
  const sz = num(child(rPr, "w:sz"), "w:val");
  if (sz !== undefined && sz > 0) p.size = sz;
  for (const [tag, key] of TOGGLES) {
    const v = onOff(child(rPr, tag));
    if (v !== undefined) p[key] = v;
  }
  const u = child(rPr, "w:u");
  if (u) p.underline = attr(u, "w:val") ?? "single";
  const color = attr(child(rPr, "w:color"), "w:val");
  if (color) p.color = color;
  const va = attr(child(rPr, "w:vertAlign"), "w:val");
  if (va) p.vertAlign = va;
  const hl = attr(child(rPr, "w:highlight"), "w:val");
  if (hl) p.highlight = hl;
  const rs = attr(child(rPr, "w:rStyle"), "w:val");
  if (rs) p.rStyle = rs;
  return p;
}

function border(b: El): Border | null {
  const style = attr(b, "w:val") ?? "none";
  if (style === "none" || style === "nil") return null;
  return {
    style,
    size: num(b, "w:sz") ?? 4,
    space: num(b, "w:space") ?? 0,
    ...(attr(b, "w:color") && attr(b, "w:color") !== "auto" && { color: attr(b, "w:color")!.toUpperCase() }),
  };
}

/** Borders of a w:pBdr, w:tblBorders or w:tcBorders element; start/end read as left/right. */
export function borders(el: El | undefined): Record<string, Border | null> | undefined {
  if (!el) return undefined;
  const out: Record<string, Border | null> = {};
  for (const b of elements(el)) {
    const side = b.name
      .replace(/^w:/, "")
      .replace(/^start$/, "left")
      .replace(/^end$/, "right");
    out[side] = border(b);
  }
  return out;
}

export function paraProps(pPr: El | undefined): ParaProps {
  const p: ParaProps = {};
  if (!pPr) return p;
  const ps = attr(child(pPr, "w:pStyle"), "w:val");
  if (ps) p.pStyle = ps;
  const jc = attr(child(pPr, "w:jc"), "w:val");
  if (jc) p.jc = jc;
  const ind = child(pPr, "w:ind");
  if (ind) {
    const left = twips(ind, "w:left") ?? twips(ind, "w:start");
    const right = twips(ind, "w:right") ?? twips(ind, "w:end");
    const hanging = twips(ind, "w:hanging");
    const first = twips(ind, "w:firstLine");
    if (left !== undefined) p.left = left;
    if (right !== undefined) p.right = right;
    if (hanging !== undefined) p.firstLine = -hanging;
    else if (first !== undefined) p.firstLine = first;
  }
  const sp = child(pPr, "w:spacing");
  if (sp) {
    const before = onOff(withVal(sp, "w:beforeAutospacing")) ? 14 * 20 : twips(sp, "w:before");
    const after = onOff(withVal(sp, "w:afterAutospacing")) ? 14 * 20 : twips(sp, "w:after");
    if (before !== undefined) p.before = before;
    if (after !== undefined) p.after = after;
    const line = num(sp, "w:line");
    if (line !== undefined) {
      p.line = line;
      p.lineRule = attr(sp, "w:lineRule") ?? "auto";
    }
  }
  for (const [tag, key] of [
    ["w:keepNext", "keepNext"],
    ["w:keepLines", "keepLines"],
    ["w:pageBreakBefore", "pageBreakBefore"],
  ] as const) {
    const v = onOff(child(pPr, tag));
    if (v !== undefined) p[key] = v;
  }
  const ol = num(child(pPr, "w:outlineLvl"), "w:val");
  if (ol !== undefined) p.outlineLvl = ol;
  const b = borders(child(pPr, "w:pBdr"));
  if (b) p.borders = b;
  const tabs = child(pPr, "w:tabs");
  if (tabs)
    p.tabs = elements(tabs, "w:tab").flatMap((t) => {
      const pos = twips(t, "w:pos");
      if (pos === undefined) return [];
      const leader = attr(t, "w:leader");
      return [{ kind: attr(t, "w:val") ?? "left", pos, ...(leader && leader !== "none" && { leader }) }];
    });
  const numPr = child(pPr, "w:numPr");
  if (numPr) {
    const id = attr(child(numPr, "w:numId"), "w:val");
    if (id !== undefined) p.numId = id;
    const lvl = num(child(numPr, "w:ilvl"), "w:val");
    if (lvl !== undefined) p.ilvl = lvl;
  }
  if (child(pPr, "w:framePr")) p.frame = true;
  const mark = child(pPr, "w:rPr");
  if (mark) p.mark = runProps(mark);
  return p;
}

/** An attribute read as an on/off element (w:beforeAutospacing="1"). */
function withVal(el: El, name: string): El | undefined {
  const v = attr(el, name);
  return v === undefined ? undefined : { name, attrs: { "w:val": v }, kids: [] };
}

export function mergeRun(lower: RunProps, higher: RunProps): RunProps {
  return { ...lower, ...higher };
}

export function mergePara(lower: ParaProps, higher: ParaProps): ParaProps {
  const out: ParaProps = { ...lower, ...higher };
  if (lower.borders && higher.borders) out.borders = { ...lower.borders, ...higher.borders };
  if (lower.tabs && higher.tabs) out.tabs = [...lower.tabs, ...higher.tabs];
  if (lower.mark && higher.mark) out.mark = mergeRun(lower.mark, higher.mark);
  return out;
}

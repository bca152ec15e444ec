/**
 * numbering.xml: list definitions, and the counters that turn a paragraph's numId/ilvl into the
 * label Word prints ("I.", "1.", "a)", "1.2."). Lists that share an abstract definition continue
 * one another (as Word does) unless an instance overrides a level's start, which restarts it;
 * using a level resets the levels below it (w:lvlRestart aside).
 */
import { paraProps, runProps, type ParaProps, type RunProps } from "./props";
import { attr, child, elements, num, type El } from "./xml";

export interface Level {
  start: number;
  format: string;
  text: string;
  suffix: "tab" | "space" | "nothing";
  /** Legal numbering: every level shown as decimal. */
  legal: boolean;
  /** 0-based level after which this one restarts; -1 never (w:lvlRestart 0); undefined: any higher level. */
  restartAfter?: number;
  pPr: ParaProps;
  rPr: RunProps;
  /** A paragraph style this level is tied to (w:pStyle). */
  pStyle?: string;
}

interface Instance {
  abstract: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface Numbering {
  level(numId: string, ilvl: number): Level | undefined;
  /** The numId/ilvl of the level tied to a paragraph style, if any. */
  levelOfStyle(styleId: string): { numId: string; ilvl: number } | undefined;
  /** Advances the counters and returns the label for a paragraph numbered numId/ilvl. */
  next(numId: string, ilvl: number): { label: string; level: Level } | undefined;
}

function readLevel(l: El): Level {
  const restart = num(child(l, "w:lvlRestart"), "w:val");
  const suff = attr(child(l, "w:suff"), "w:val");
  const pStyle = attr(child(l, "w:pStyle"), "w:val");
  return {
    start: num(child(l, "w:start"), "w:val") ?? 1,
    format: attr(child(l, "w:numFmt"), "w:val") ?? "decimal",
    text: attr(child(l, "w:lvlText"), "w:val") ?? "",
    suffix: suff === "space" || suff === "nothing" ? suff : "tab",
    legal: child(l, "w:isLgl") !== undefined && attr(child(l, "w:isLgl"), "w:val") !== "0",
    ...(restart !== undefined && { restartAfter: restart - 1 }),
    pPr: paraProps(child(l, "w:pPr")),
    rPr: runProps(child(l, "w:rPr")),
    ...(pStyle && { pStyle }),
  };
}

export function readNumbering(
  root: El | undefined,
  styleNumbering: (styleId: string) => string | undefined,
): Numbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; styleLink?: string }>();
  for (const a of elements(root, "w:abstractNum")) {
    const id = attr(a, "w:abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of elements(a, "w:lvl")) levels.set(num(l, "w:ilvl") ?? 0, readLevel(l));
    abstracts.set(id, { levels, styleLink: attr(child(a, "w:numStyleLink"), "w:val") });
  }
  const instances = new Map<string, Instance>();
  for (const n of elements(root, "w:num")) {
    const id = attr(n, "w:numId");
    const abs = attr(child(n, "w:abstractNumId"), "w:val");
    if (id === undefined || abs === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of elements(n, "w:lvlOverride")) {
      const lvl = child(o, "w:lvl");
      overrides.set(num(o, "w:ilvl") ?? 0, {
        start: num(child(o, "w:startOverride"), "w:val"),
        ...(lvl && { level: readLevel(lvl) }),
      });
    }
    instances.set(id, { abstract: abs, overrides });
  }

  /** The abstract definition of an instance, following numStyleLink through the linked style's numId once. */
  const abstractOf = (numId: string, depth = 0): string | undefined => {
    const inst = instances.get(numId);
    if (!inst) return undefined;
    const link = abstracts.get(inst.abstract)?.styleLink;
    if (link && depth < 4) {
      const linked = styleNumbering(link);
      if (linked && linked !== numId) return abstractOf(linked, depth + 1) ?? inst.abstract;
    }
    return inst.abstract;
  };

  const level = (numId: string, ilvl: number): Level | undefined => {
    const inst = instances.get(numId);
    const abs = abstractOf(numId);
    if (!inst || abs === undefined) return undefined;
    const o = inst.overrides.get(ilvl);
    const base = o?.level ?? abstracts.get(abs)?.levels.get(ilvl);
    if (!base) return undefined;
    return o?.start !== undefined ? { ...base, start: o.start } : base;
  };

  const byStyle = new Map<string, { numId: string; ilvl: number }>();
  for (const [id, a] of abstracts)
    for (const [ilvl, l] of a.levels)
      if (l.pStyle && !byStyle.has(l.pStyle)) {
        const inst = [...instances].find(([, i]) => i.abstract === id);
        if (inst) byStyle.set(l.pStyle, { numId: inst[0], ilvl });
      }

  /** Counters per abstract definition: level → current value (absent: not used yet). */
  const counters = new Map<string, Map<number, number>>();
  /** Instances whose start overrides already restarted their list. */
  const restarted = new Set<string>();

  const next = (numId: string, ilvl: number) => {
    const lvl = level(numId, ilvl);
    const abs = abstractOf(numId);
    if (!lvl || abs === undefined) return undefined;
    const c = counters.get(abs) ?? counters.set(abs, new Map()).get(abs)!;
    const inst = instances.get(numId)!;
    if (!restarted.has(numId)) {
      restarted.add(numId);
      for (const [l, o] of inst.overrides) if (o.start !== undefined || o.level) c.delete(l);
    }
    c.set(ilvl, c.has(ilvl) ? c.get(ilvl)! + 1 : lvl.start);
    for (const l of [...c.keys()]) {
      if (l <= ilvl) continue;
      const deeper = level(numId, l);
      const after = deeper?.restartAfter;
      if (after === undefined || (after >= 0 && ilvl <= after)) c.delete(l);
    }
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const def = level(numId, l);
      const value = c.get(l) ?? def?.start ?? 1;
      const format = lvl.legal && l !== ilvl ? "decimal" : (def?.format ?? "decimal");
      return formatNumber(value, l === ilvl ? lvl.format : format);
    });
    return { label: lvl.format === "bullet" ? bulletText(label) : label, level: lvl };
  };

  return { level, levelOfStyle: (id) => byStyle.get(id), next };
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  const i = (n - 1) % 26;
  return String.fromCharCode(97 + i).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a w:numFmt. Formats Vietnamese documents never use print as decimal. */
export function formatNumber(n: number, format: string): string {
  // Past Word's own range (Roman to 3999, letters to 780) a hostile start value would print a
  // string as long as the number: decimal instead.
  if ((n < 1 || n > 3999) && /Roman/.test(format)) return String(n);
  if ((n < 1 || n > 780) && /Letter/.test(format)) return String(n);
  switch (format) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
    case "bullet":
      return "";
    default:
      return String(n);
  }
}

/** Symbol and Wingdings bullets live in the private use area (U+F0xx): print their usual look. */
const BULLETS: Record<number, string> = {
  0xf0b7: "•",
  0xf0a7: "▪",
  0xf0d8: "➢",
  0xf076: "❖",
  0xf0fc: "✓",
  0xf02d: "-",
  0xf0a8: "◆",
  0xf06e: "■",
  0xf071: "❑",
  0xf0e0: "➔",
  0xf0d2: "✓",
  0xf0b2: "◊",
  0xf0be: "–",
  0xf0a9: "•",
};

function bulletText(s: string): string {
  return [...s]
    .map(
      (ch) =>
        BULLETS[ch.codePointAt(0)!] ??
        (ch.codePointAt(0)! >= 0xf020 && ch.codePointAt(0)! <= 0xf0ff ? "•" : ch),
    )
    .join("");
}

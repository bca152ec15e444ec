/**
 * styles.xml: document defaults, styles and their basedOn chains, resolved per style id once.
 * A chain that loops or names a missing style stops there (Word does the same).
 */
import {
  borders,
  mergePara,
  mergeRun,
  paraProps,
  runProps,
  type Border,
  type ParaProps,
  type RunProps,
} from "./props";
import { attr, child, elements, type El } from "./xml";

export interface TableStyleParts {
  pPr: ParaProps;
  rPr: RunProps;
  borders?: Record<string, Border | null>;
}

interface RawStyle {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
  borders?: Record<string, Border | null>;
  /** Conditional formatting of a table style, by w:type ("firstRow", "lastCol" …). */
  conditional: Map<string, TableStyleParts>;
}

export interface Styles {
  defaults: { pPr: ParaProps; rPr: RunProps };
  /** The default style id of each type ("paragraph" → "Normal"). */
  defaultOf(type: string): string | undefined;
  name(id: string): string | undefined;
  /** Paragraph properties of a paragraph style and everything it is based on (docDefaults not included). */
  paragraph(id: string): ParaProps;
  /** Run properties a paragraph style gives (its chain). */
  paragraphRun(id: string): RunProps;
  /** Run properties of a character style chain. */
  character(id: string): RunProps;
  /** A table style's whole-table and conditional parts along its chain. */
  table(id: string): { whole: TableStyleParts; conditional: Map<string, TableStyleParts> };
  has(id: string): boolean;
}

const MAX_CHAIN = 64;

export function readStyles(root: El | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  const defaults = new Map<string, string>();
  const dd = child(root, "w:docDefaults");
  const docDefaults = {
    pPr: paraProps(child(child(dd, "w:pPrDefault"), "w:pPr")),
    rPr: runProps(child(child(dd, "w:rPrDefault"), "w:rPr")),
  };
  for (const s of elements(root, "w:style")) {
    const id = attr(s, "w:styleId");
    if (id === undefined || raw.has(id)) continue;
    const type = attr(s, "w:type") ?? "paragraph";
    const tblPr = child(s, "w:tblPr");
    const conditional = new Map<string, TableStyleParts>();
    for (const c of elements(s, "w:tblStylePr"))
      conditional.set(attr(c, "w:type") ?? "", {
        pPr: paraProps(child(c, "w:pPr")),
        rPr: runProps(child(c, "w:rPr")),
        borders: borders(child(child(c, "w:tcPr"), "w:tcBorders")),
      });
    raw.set(id, {
      id,
      type,
      name: attr(child(s, "w:name"), "w:val"),
      basedOn: attr(child(s, "w:basedOn"), "w:val"),
      pPr: paraProps(child(s, "w:pPr")),
      rPr: runProps(child(s, "w:rPr")),
      borders: borders(child(tblPr, "w:tblBorders")),
      conditional,
    });
    const isDefault = attr(s, "w:default");
    if ((isDefault === "1" || isDefault === "true" || isDefault === "on") && !defaults.has(type))
      defaults.set(type, id);
  }
  if (!defaults.has("paragraph") && raw.has("Normal")) defaults.set("paragraph", "Normal");

  /** The chain from the root base down to `id`. */
  const chain = (id: string): RawStyle[] => {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    for (
      let s = raw.get(id);
      s && !seen.has(s.id) && out.length < MAX_CHAIN;
      s = s.basedOn ? raw.get(s.basedOn) : undefined
    ) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  };
  const memo = <T>(f: (id: string) => T) => {
    const cache = new Map<string, T>();
    return (id: string) => cache.get(id) ?? cache.set(id, f(id)).get(id)!;
  };
  const paragraph = memo((id) => chain(id).reduce<ParaProps>((acc, s) => mergePara(acc, s.pPr), {}));
  const paragraphRun = memo((id) => chain(id).reduce<RunProps>((acc, s) => mergeRun(acc, s.rPr), {}));
  const table = memo((id) => {
    const whole: TableStyleParts = { pPr: {}, rPr: {} };
    const conditional = new Map<string, TableStyleParts>();
    for (const s of chain(id)) {
      whole.pPr = mergePara(whole.pPr, s.pPr);
      whole.rPr = mergeRun(whole.rPr, s.rPr);
      if (s.borders) whole.borders = { ...whole.borders, ...s.borders };
      for (const [k, v] of s.conditional) {
        const prev = conditional.get(k);
        conditional.set(
          k,
          prev
            ? {
                pPr: mergePara(prev.pPr, v.pPr),
                rPr: mergeRun(prev.rPr, v.rPr),
                borders: v.borders ? { ...prev.borders, ...v.borders } : prev.borders,
              }
            : v,
        );
      }
    }
    return { whole, conditional };
  });
  return {
    defaults: docDefaults,
    defaultOf: (type) => defaults.get(type),
    name: (id) => raw.get(id)?.name,
    paragraph,
    paragraphRun,
    character: paragraphRun,
    table,
    has: (id) => raw.has(id),
  };
}

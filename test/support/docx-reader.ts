/**
 * Reads a .docx back for assertions: unzips it (fflate) and walks word/document.xml,
 * styles.xml, footnotes.xml and the headers in document order (fast-xml-parser, preserveOrder).
 */
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";

type X = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

const tag = (n: X) => Object.keys(n).find((k) => k !== ":@")!;
const kids = (n: X) => (n[tag(n)] as X[]) ?? [];
const attr = (n: X | undefined, name: string) => (n?.[":@"] as Record<string, string> | undefined)?.[name];
const child = (n: X | undefined, name: string) => (n ? kids(n).find((k) => tag(k) === name) : undefined);
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const on = (n: X | undefined) => n !== undefined && attr(n, "w:val") !== "false" && attr(n, "w:val") !== "0";

export interface RunInfo {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  footnoteRef?: boolean;
  /** The w:id of the footnote a reference run points to. */
  footnoteId?: number;
  field?: string;
}

export interface ParaInfo {
  style?: string;
  text: string;
  runs: RunInfo[];
  /** Index of the table (in document order) and cell, when inside one. */
  table?: number;
  cell?: number;
  row?: number;
  /** Direct paragraph alignment (w:jc), when the paragraph sets one. */
  jc?: string;
  /** w:pageBreakBefore set directly on the paragraph. */
  pageBreakBefore?: boolean;
  /** Index of the section (w:sectPr) the paragraph is in, 0 first. */
  section?: number;
  ind?: Record<string, number>;
  spacing?: Record<string, number>;
  keepNext?: boolean;
  borderBottom?: boolean;
  tabs?: number[];
}

export interface StyleInfo {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  jc?: string;
  ind: Record<string, number>;
  spacing: Record<string, string | number>;
  keepNext?: boolean;
  keepLines?: boolean;
}

export interface TableInfo {
  grid: number[];
  width: number;
  layout?: string;
  borders: Record<string, string | undefined>;
  cantSplit: boolean[];
  /** Per row, per cell: the sides with a drawn border (w:tcBorders, not "none"/"nil") and w:vAlign. */
  cells: { borders: string[]; vAlign?: string }[][];
  /** Where a nested table sits: the table, row and cell that hold it. */
  parent?: { table: number; row: number; cell: number };
  /** Per row: a header row repeated on each page (w:tblHeader). */
  header: boolean[];
  /** Per row, per cell: w:gridSpan, w:vMerge ("restart" or "continue") and w:tcW. */
  spans: { gridSpan: number; vMerge?: string; width: number }[][];
  /** Index of the section the table is in. */
  section?: number;
}

function runInfo(r: X): RunInfo[] {
  const rPr = child(r, "w:rPr");
  const base = {
    ...(child(rPr, "w:b") && { bold: on(child(rPr, "w:b")) }),
    ...(child(rPr, "w:i") && { italic: on(child(rPr, "w:i")) }),
    ...(child(rPr, "w:u") && { underline: attr(child(rPr, "w:u"), "w:val") !== "none" }),
    ...(child(rPr, "w:sz") && { size: num(attr(child(rPr, "w:sz"), "w:val"))! / 2 }),
  };
  let text = "";
  for (const k of kids(r)) {
    const t = tag(k);
    if (t === "w:t")
      text += kids(k)
        .map((x) => String(x["#text"] ?? ""))
        .join("");
    else if (t === "w:tab") text += "\t";
    else if (t === "w:br") text += "\n";
    // A symbol's non-breaking hyphen prints as "-" ("25-NQ/TW").
    else if (t === "w:noBreakHyphen") text += "-";
  }
  const ref = child(r, "w:footnoteReference");
  const footnoteRef = ref !== undefined;
  return [{ text, ...base, ...(footnoteRef && { footnoteRef, footnoteId: Number(attr(ref, "w:id")) }) }];
}

function paraInfo(p: X, where: Partial<ParaInfo>): ParaInfo {
  const pPr = child(p, "w:pPr");
  const runs: RunInfo[] = [];
  for (const k of kids(p)) {
    if (tag(k) === "w:r") runs.push(...runInfo(k));
    if (tag(k) === "w:fldSimple")
      runs.push({
        text: kids(k)
          .flatMap((r) => (tag(r) === "w:r" ? runInfo(r) : []))
          .map((r) => r.text)
          .join(""),
        field: attr(k, "w:instr")?.trim(),
      });
  }
  const attrs = (n: X | undefined) =>
    Object.fromEntries(
      Object.entries((n?.[":@"] as Record<string, string>) ?? {}).map(([k, v]) => [
        k.replace("w:", ""),
        Number(v),
      ]),
    );
  return {
    ...where,
    style: attr(child(pPr, "w:pStyle"), "w:val"),
    text: runs.map((r) => r.text).join(""),
    runs,
    ...(child(pPr, "w:jc") && { jc: attr(child(pPr, "w:jc"), "w:val") }),
    ind: attrs(child(pPr, "w:ind")),
    spacing: attrs(child(pPr, "w:spacing")),
    keepNext: child(pPr, "w:keepNext") !== undefined,
    ...(child(pPr, "w:pageBreakBefore") && { pageBreakBefore: on(child(pPr, "w:pageBreakBefore")) }),
    borderBottom: child(child(pPr, "w:pBdr"), "w:bottom") !== undefined,
    tabs: kids(child(pPr, "w:tabs") ?? { x: [] }).map((t) => Number(attr(t, "w:pos"))),
  };
}

export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (name: string) => (files[name] ? (parser.parse(strFromU8(files[name])) as X[]) : undefined);
  const root = (name: string, top: string) => xml(name)?.find((n) => tag(n) === top);
  const body = child(root("word/document.xml", "w:document")!, "w:body")!;

  const paragraphs: ParaInfo[] = [];
  const tables: TableInfo[] = [];
  const walk = (nodes: X[], where: Partial<ParaInfo>) => {
    for (const n of nodes) {
      if (tag(n) === "w:p") paragraphs.push(paraInfo(n, where));
      else if (tag(n) === "w:tbl") {
        const index = tables.length;
        const tblPr = child(n, "w:tblPr");
        const rows = kids(n).filter((k) => tag(k) === "w:tr");
        tables.push({
          grid: kids(child(n, "w:tblGrid")!).map((g) => Number(attr(g, "w:w"))),
          width: Number(attr(child(tblPr, "w:tblW"), "w:w")),
          layout: attr(child(tblPr, "w:tblLayout"), "w:type"),
          borders: Object.fromEntries(
            kids(child(tblPr, "w:tblBorders") ?? { x: [] }).map((b) => [
              tag(b).replace("w:", ""),
              attr(b, "w:val"),
            ]),
          ),
          cantSplit: rows.map((r) => child(child(r, "w:trPr"), "w:cantSplit") !== undefined),
          cells: rows.map((r) =>
            kids(r)
              .filter((k) => tag(k) === "w:tc")
              .map((c) => {
                const tcPr = child(c, "w:tcPr");
                const drawn = kids(child(tcPr, "w:tcBorders") ?? { x: [] }).filter(
                  (b) => !["none", "nil"].includes(attr(b, "w:val") ?? "none"),
                );
                return {
                  borders: drawn.map((b) => tag(b).replace("w:", "")),
                  vAlign: attr(child(tcPr, "w:vAlign"), "w:val"),
                };
              }),
          ),
          ...(where.table !== undefined && {
            parent: { table: where.table, row: where.row!, cell: where.cell! },
          }),
          header: rows.map((r) => child(child(r, "w:trPr"), "w:tblHeader") !== undefined),
          spans: rows.map((r) =>
            kids(r)
              .filter((k) => tag(k) === "w:tc")
              .map((c) => {
                const tcPr = child(c, "w:tcPr");
                const vMerge = child(tcPr, "w:vMerge");
                return {
                  gridSpan: Number(attr(child(tcPr, "w:gridSpan"), "w:val") ?? 1),
                  ...(vMerge && { vMerge: attr(vMerge, "w:val") ?? "continue" }),
                  width: Number(attr(child(tcPr, "w:tcW"), "w:w")),
                };
              }),
          ),
          section: where.section,
        });
        rows.forEach((r, ri) =>
          kids(r)
            .filter((k) => tag(k) === "w:tc")
            .forEach((c, ci) => walk(kids(c), { table: index, row: ri, cell: ci, section: where.section })),
        );
      }
    }
  };
  // Top-level blocks by section: a paragraph holding a w:sectPr ends its section.
  let section = 0;
  for (const n of kids(body)) {
    walk([n], { section });
    if (tag(n) === "w:p" && child(child(n, "w:pPr"), "w:sectPr")) section++;
  }

  const sectPrs: X[] = [];
  const findSect = (nodes: X[]) =>
    nodes.forEach((n) =>
      tag(n) === "w:sectPr"
        ? sectPrs.push(n)
        : tag(n) === "w:p" || tag(n) === "w:pPr"
          ? findSect(kids(n))
          : undefined,
    );
  findSect(kids(body));
  const sections = sectPrs.map((s) => ({
    pgSz: Object.fromEntries(
      Object.entries((child(s, "w:pgSz")?.[":@"] as Record<string, string>) ?? {}).map(([k, v]) => [
        k.replace("w:", ""),
        isNaN(+v) ? v : +v,
      ]),
    ),
    pgMar: Object.fromEntries(
      Object.entries((child(s, "w:pgMar")?.[":@"] as Record<string, string>) ?? {}).map(([k, v]) => [
        k.replace("w:", ""),
        +v,
      ]),
    ),
    titlePg: child(s, "w:titlePg") !== undefined,
    headers: kids(s)
      .filter((k) => tag(k) === "w:headerReference")
      .map((h) => ({ type: attr(h, "w:type")!, id: attr(h, "r:id")! })),
    pageStart: num(attr(child(s, "w:pgNumType"), "w:start")),
  }));

  const rels = root("word/_rels/document.xml.rels", "Relationships");
  const target = (id: string) =>
    attr(
      kids(rels!).find((r) => attr(r, "Id") === id),
      "Target",
    );
  const headerParagraphs = (id: string): ParaInfo[] => {
    const h = root(`word/${target(id)}`, "w:hdr");
    return h
      ? kids(h)
          .filter((k) => tag(k) === "w:p")
          .map((p) => paraInfo(p, {}))
      : [];
  };

  const styles = root("word/styles.xml", "w:styles")!;
  const styleNodes = kids(styles).filter((k) => tag(k) === "w:style");
  const rawStyle = (id: string) => styleNodes.find((s) => attr(s, "w:styleId") === id);
  const style = (id: string): StyleInfo | undefined => {
    const s = rawStyle(id);
    if (!s) return undefined;
    const parentId = attr(child(s, "w:basedOn"), "w:val");
    const parent = parentId ? style(parentId) : undefined;
    const rPr = child(s, "w:rPr");
    const pPr = child(s, "w:pPr");
    const pick = (n: X | undefined) =>
      Object.fromEntries(
        Object.entries((n?.[":@"] as Record<string, string>) ?? {}).map(([k, v]) => [
          k.replace("w:", ""),
          isNaN(+v) ? v : +v,
        ]),
      );
    return {
      size: child(rPr, "w:sz") ? Number(attr(child(rPr, "w:sz"), "w:val")) / 2 : parent?.size,
      bold: child(rPr, "w:b") ? on(child(rPr, "w:b")) : parent?.bold,
      italic: child(rPr, "w:i") ? on(child(rPr, "w:i")) : parent?.italic,
      underline: child(rPr, "w:u") ? attr(child(rPr, "w:u"), "w:val") !== "none" : parent?.underline,
      jc: attr(child(pPr, "w:jc"), "w:val") ?? parent?.jc,
      ind: { ...parent?.ind, ...(pick(child(pPr, "w:ind")) as Record<string, number>) },
      spacing: { ...parent?.spacing, ...pick(child(pPr, "w:spacing")) },
      keepNext: child(pPr, "w:keepNext") ? on(child(pPr, "w:keepNext")) : parent?.keepNext,
      keepLines: child(pPr, "w:keepLines") ? on(child(pPr, "w:keepLines")) : parent?.keepLines,
    };
  };
  const docDefaults = child(child(child(styles, "w:docDefaults"), "w:rPrDefault"), "w:rPr");
  const defaults = {
    fonts: Object.fromEntries(
      Object.entries((child(docDefaults, "w:rFonts")?.[":@"] as Record<string, string>) ?? {}).map(
        ([k, v]) => [k.replace("w:", ""), v],
      ),
    ),
    size: Number(attr(child(docDefaults, "w:sz"), "w:val")) / 2,
    lang: attr(child(docDefaults, "w:lang"), "w:val"),
  };

  const fnRoot = root("word/footnotes.xml", "w:footnotes");
  const footnotes = (
    fnRoot ? kids(fnRoot).filter((k) => tag(k) === "w:footnote" && Number(attr(k, "w:id")) > 0) : []
  ).map((f) => ({
    id: Number(attr(f, "w:id")),
    paragraphs: kids(f)
      .filter((k) => tag(k) === "w:p")
      .map((p) => paraInfo(p, {})),
  }));

  return {
    files: Object.keys(files),
    paragraphs,
    tables,
    sections,
    headerParagraphs,
    style,
    defaults,
    footnotes,
    xml: (name: string) => (files[name] ? strFromU8(files[name]) : undefined),
  };
}
export type DocxInfo = ReturnType<typeof readDocx>;

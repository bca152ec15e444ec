/**
 * Drawings (w:drawing: DrawingML inline or anchored) and VML pictures (w:pict, w:object): what
 * they are (a line, a text box, a picture, another shape), their size, and the text box
 * contents (w:txbxContent) to read as blocks.
 */
import type { DrawingLook } from "./types";
import { mmFromEmu, roundMm } from "./units";
import { attr, child, descendant, descendants, elements, num, type El } from "./xml";

export interface Found {
  looks: DrawingLook[];
  boxes: El[];
}

/** A DrawingML shape that draws a line: a line or connector preset, a connector, or no height. */
function isDmlLine(el: El, cy: number | undefined): boolean {
  const prst = attr(descendant(el, "a:prstGeom"), "prst") ?? "";
  return /line|Connector/i.test(prst) || descendant(el, "wps:cNvCnPr") !== undefined || cy === 0;
}

export function readDrawing(d: El, out: Found): void {
  for (const holder of elements(d)) {
    if (holder.name !== "wp:inline" && holder.name !== "wp:anchor") continue;
    const ext = child(holder, "wp:extent");
    const cx = num(ext, "cx");
    const cy = num(ext, "cy");
    const size = {
      ...(cx !== undefined && { width: mmFromEmu(cx) }),
      ...(cy !== undefined && { height: mmFromEmu(cy) }),
    };
    const data = child(child(holder, "a:graphic"), "a:graphicData");
    const shapes = descendants(data, "wps:wsp");
    if (shapes.length === 0) {
      out.looks.push({ kind: descendant(data, "pic:pic") ? "picture" : "shape", ...size });
      continue;
    }
    for (const s of shapes) {
      const box = descendant(s, "w:txbxContent");
      if (box) {
        out.boxes.push(box);
        out.looks.push({ kind: "textBox", ...size });
      } else
        out.looks.push({
          kind: isDmlLine(s, shapes.length === 1 ? cy : undefined) ? "line" : "shape",
          ...size,
        });
    }
  }
}

/** "width:120pt;height:3pt" → mm. */
function cssLength(style: string | undefined, prop: string): number | undefined {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?[\\d.]+)(pt|in|mm|cm|px)?`).exec(style ?? "");
  if (!m) return undefined;
  const per: Record<string, number> = { pt: 25.4 / 72, in: 25.4, mm: 1, cm: 10, px: 25.4 / 96 };
  return roundMm(Number(m[1]) * per[m[2] ?? "px"]);
}

/** "10pt,20pt" → [x, y] in mm (VML line ends). */
function point(v: string | undefined): [number, number] | undefined {
  const parts = (v ?? "").split(",").map((s) => cssLength(`x:${s.trim()}`, "x"));
  return parts.length === 2 && parts.every((p) => p !== undefined) ? (parts as [number, number]) : undefined;
}

const VML_SHAPES = new Set([
  "v:shape",
  "v:rect",
  "v:roundrect",
  "v:oval",
  "v:line",
  "v:polyline",
  "v:group",
  "v:shapetype",
]);

export function readPict(p: El, out: Found): void {
  for (const s of elements(p)) {
    if (s.name === "v:group") {
      readPict(s, out);
      continue;
    }
    if (!VML_SHAPES.has(s.name) || s.name === "v:shapetype") continue;
    const style = attr(s, "style");
    const width = cssLength(style, "width");
    const height = cssLength(style, "height");
    const box = descendant(child(s, "v:textbox"), "w:txbxContent");
    if (box) {
      out.boxes.push(box);
      out.looks.push({
        kind: "textBox",
        ...(width !== undefined && { width }),
        ...(height !== undefined && { height }),
      });
      continue;
    }
    if (s.name === "v:line") {
      const a = point(attr(s, "from"));
      const b = point(attr(s, "to"));
      const w = a && b ? roundMm(Math.hypot(b[0] - a[0], b[1] - a[1])) : width;
      out.looks.push({ kind: "line", ...(w !== undefined && { width: w }) });
      continue;
    }
    const hr = attr(s, "o:hr") === "t" || attr(s, "o:hr") === "true";
    const connector = attr(s, "o:connectortype") !== undefined || attr(s, "type") === "#_x0000_t32";
    const kind = hr || connector || height === 0 ? "line" : child(s, "v:imagedata") ? "picture" : "shape";
    out.looks.push({ kind, ...(width !== undefined && { width }), ...(height !== undefined && { height }) });
  }
}

/**
 * w:sectPr → page set-up (mm), and which header and footer parts a section uses. A section that
 * names no header of a kind inherits the previous section's (as Word does).
 */
import type { PageSetup } from "./types";
import { mmFromTwips } from "./units";
import { twips } from "./units";
import { attr, child, elements, num, type El } from "./xml";

export interface SectionRefs {
  headers: Partial<Record<"default" | "first" | "even", string>>;
  footers: Partial<Record<"default" | "first" | "even", string>>;
}

/** Word's defaults when a document states no page: US Letter, 1-inch margins, 0.5-inch header and footer. */
const DEFAULT_TWIPS = { w: 12240, h: 15840, margin: 1440, hf: 720 };

export function pageSetup(sectPr: El | undefined, evenAndOdd: boolean): PageSetup {
  const sz = child(sectPr, "w:pgSz");
  const mar = child(sectPr, "w:pgMar");
  const w = twips(sz, "w:w") ?? DEFAULT_TWIPS.w;
  const h = twips(sz, "w:h") ?? DEFAULT_TWIPS.h;
  const m = (name: string, fallback: number) => mmFromTwips(Math.abs(twips(mar, name) ?? fallback));
  const pg = child(sectPr, "w:pgNumType");
  const start = num(pg, "w:start");
  const fmt = attr(pg, "w:fmt");
  const cols = num(child(sectPr, "w:cols"), "w:num");
  const titlePg = child(sectPr, "w:titlePg");
  return {
    width: mmFromTwips(w),
    height: mmFromTwips(h),
    orientation:
      attr(sz, "w:orient") === "landscape" || (attr(sz, "w:orient") === undefined && w > h)
        ? "landscape"
        : "portrait",
    margins: {
      top: m("w:top", DEFAULT_TWIPS.margin),
      bottom: m("w:bottom", DEFAULT_TWIPS.margin),
      left: m("w:left", DEFAULT_TWIPS.margin),
      right: m("w:right", DEFAULT_TWIPS.margin),
      header: m("w:header", DEFAULT_TWIPS.hf),
      footer: m("w:footer", DEFAULT_TWIPS.hf),
      gutter: m("w:gutter", 0),
    },
    titlePage: titlePg !== undefined && !["0", "false", "off"].includes(attr(titlePg, "w:val") ?? ""),
    evenAndOdd,
    ...(start !== undefined && { pageNumberStart: start }),
    ...(fmt && { pageNumberFormat: fmt }),
    ...(cols !== undefined && cols > 1 && { columns: cols }),
  };
}

/** The relationship ids of the headers and footers a section names, over the previous section's. */
export function sectionRefs(sectPr: El | undefined, previous: SectionRefs | undefined): SectionRefs {
  const refs: SectionRefs = { headers: { ...previous?.headers }, footers: { ...previous?.footers } };
  for (const [tag, into] of [
    ["w:headerReference", refs.headers],
    ["w:footerReference", refs.footers],
  ] as const) {
    for (const r of elements(sectPr, tag)) {
      const type = attr(r, "w:type") ?? "default";
      const id = attr(r, "r:id");
      if ((type === "default" || type === "first" || type === "even") && id) into[type] = id;
    }
  }
  return refs;
}

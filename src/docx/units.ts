/** OOXML units. Rounded, not floored (docx's own mm helper gives 11905 for 210 mm). */
export const twipFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const twipFromPt = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Border widths are in eighths of a point. */
export const eighthsFromPt = (pt: number): number => Math.max(2, Math.round(pt * 8));

/** OOXML measures → the reader's units: mm for page lengths (to 0.1 mm), pt for type and spacing (to 0.01 pt). */
import { attr, type El } from "./xml";

const round = (n: number) => Math.round(n * 100) / 100;
/** Rounded away from zero at .05, so a hanging indent reads as the negative of its indent. */
const roundMm = (n: number) => (Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10;

const PER_TWIP: Record<string, number> = {
  mm: 1440 / 25.4,
  cm: 14400 / 25.4,
  in: 1440,
  pt: 20,
  pc: 240,
  pi: 240,
};

/**
 * A twips attribute (ST_TwipsMeasure / ST_SignedTwipsMeasure), which may also be written as a
 * universal measure ("30mm", "1.5cm", "12pt"). Undefined when absent or unreadable.
 */
export function twips(el: El | undefined, name: string): number | undefined {
  const v = attr(el, name)?.trim();
  if (!v) return undefined;
  const m = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?$/.exec(v);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) * PER_TWIP[m[2]] : Number(m[1]);
}

export const mmFromTwips = (t: number): number => roundMm((t * 25.4) / 1440);
export const ptFromTwips = (t: number): number => round(t / 20);
export const mmFromEmu = (e: number): number => roundMm(e / 36000);
export { round, roundMm };

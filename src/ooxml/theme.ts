/** theme1.xml: the major (headings) and minor (body) Latin, East Asian and complex-script fonts. */
import { attr, child, type El } from "./xml";

export type ThemeFonts = Record<string, string>;

/** Theme font names as rFonts uses them ("minorHAnsi", "majorEastAsia" …) → family names. */
export function readTheme(root: El | undefined): ThemeFonts {
  const scheme = child(child(child(root, "a:themeElements"), "a:fontScheme"), "a:minorFont")
    ? child(child(root, "a:themeElements"), "a:fontScheme")
    : undefined;
  const out: ThemeFonts = {};
  for (const [el, prefix] of [
    [child(scheme, "a:majorFont"), "major"],
    [child(scheme, "a:minorFont"), "minor"],
  ] as const) {
    const latin = attr(child(el, "a:latin"), "typeface");
    const ea = attr(child(el, "a:ea"), "typeface");
    const cs = attr(child(el, "a:cs"), "typeface");
    if (latin) out[`${prefix}HAnsi`] = out[`${prefix}Ascii`] = latin;
    if (ea) out[`${prefix}EastAsia`] = ea;
    if (cs) out[`${prefix}Bidi`] = cs;
  }
  return out;
}

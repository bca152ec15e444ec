/**
 * Edits of a .docx at the XML level, one property at a time, for the mutation test: a run
 * property on every run of a paragraph, a paragraph property, an attribute of the page set-up,
 * the text of a paragraph. Paragraph `k` is the k-th `<w:p>` of document.xml (1-based, tables
 * included), which is how the reader numbers paragraphs (`source`) in a file with no text box.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Parts = Record<string, Uint8Array>;

export const unzip = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const zip = (parts: Parts): Uint8Array => zipSync(parts);
export const text = (parts: Parts, name: string): string => strFromU8(parts[name]);
export const withPart = (parts: Parts, name: string, xml: string): Parts => ({
  ...parts,
  [name]: strToU8(xml),
});

const PARAGRAPH = /<w:p(?=[ >])[^>]*>[\s\S]*?<\/w:p>/g;

/** Replace paragraph `k` (1-based) of `xml` by `edit(paragraph)`. */
export function editParagraph(xml: string, k: number, edit: (p: string) => string): string {
  let n = 0;
  return xml.replace(PARAGRAPH, (p) => (++n === k ? edit(p) : p));
}

/** The text of paragraph `k` (its w:t contents), to make sure the numbering matches. */
export function paragraphText(xml: string, k: number): string {
  let found = "";
  editParagraph(xml, k, (p) => {
    found = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)]
      .map((m) => m[1] ?? "-")
      .join("");
    return p;
  });
  return found
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}

/** `<w:NAME …/>` set (replacing one of the same name) in every run's rPr of the paragraph. */
export function setRunProperty(p: string, name: string, element: string): string {
  return p.replace(/<w:r(?=[ >])[^>]*>[\s\S]*?<\/w:r>/g, (run) => {
    if (!/<w:t[ >]/.test(run)) return run;
    if (run.includes("<w:rPr>")) {
      const cleaned = run.replace(new RegExp(`<w:${name}(?=[ />])[^>]*/>`, "g"), "");
      return cleaned.replace("<w:rPr>", `<w:rPr>${element}`);
    }
    return run.replace(/^(<w:r(?=[ >])[^>]*>)/, `$1<w:rPr>${element}</w:rPr>`);
  });
}

/** `<w:NAME …/>` set in the paragraph's pPr, keeping the other attributes of one already there. */
export function setParagraphProperty(p: string, name: string, attrs: Record<string, string>): string {
  const existing = new RegExp(`<w:${name}(?=[ />])([^>]*)/>`).exec(p.slice(0, pPrEnd(p)));
  const merged: Record<string, string> = {};
  if (existing) for (const m of existing[1].matchAll(/(w:\w+)="([^"]*)"/g)) merged[m[1]] = m[2];
  Object.assign(merged, attrs);
  const element = `<w:${name}${Object.entries(merged)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("")}/>`;
  if (existing) return p.replace(existing[0], element);
  if (p.includes("<w:pPr>")) return p.replace("<w:pPr>", `<w:pPr>${element}`);
  return p.replace(/^(<w:p(?=[ >])[^>]*>)/, `$1<w:pPr>${element}</w:pPr>`);
}

const pPrEnd = (p: string) => (p.includes("</w:pPr>") ? p.indexOf("</w:pPr>") : 0);

/** Remove `<w:NAME>…</w:NAME>` or `<w:NAME …/>` from the paragraph's pPr. */
export const removeParagraphProperty = (p: string, name: string): string =>
  p.replace(new RegExp(`<w:${name}(?=[ />])[^>]*/>|<w:${name}>[\\s\\S]*?</w:${name}>`), "");

/** Replace the first match of `from` in the paragraph's w:t elements. */
export function replaceText(p: string, from: RegExp, to: string): string {
  let done = false;
  return p.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (all, open: string, t: string, close: string) => {
    if (done || !from.test(t)) return all;
    done = true;
    return open + t.replace(from, to) + close;
  });
}

/** Lower-case every text of the paragraph. */
export const lowerText = (p: string): string =>
  p.replace(
    /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g,
    (_, o: string, t: string, c: string) => o + t.toLocaleLowerCase("vi") + c,
  );

/** Set an attribute of the first `<w:NAME …/>` in `xml` (the page set-up: pgMar, pgSz). */
export const setAttribute = (xml: string, name: string, attr: string, value: string): string =>
  xml.replace(new RegExp(`<w:${name}(?=[ /])[^>]*/>`), (el) =>
    el.includes(` ${attr}="`)
      ? el.replace(new RegExp(` ${attr}="[^"]*"`), ` ${attr}="${value}"`)
      : el.replace("/>", ` ${attr}="${value}"/>`),
  );

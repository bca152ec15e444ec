/**
 * XML parts → a small element tree (fast-xml-parser, preserveOrder) with namespace prefixes made
 * canonical: whatever prefix a producer declares for WordprocessingML (`w:`, `ns0:`, a default
 * namespace, the ISO Strict namespace) the element is read as `w:p`, its attribute as `w:val`.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { READ_LIMITS } from "./limits";

export interface El {
  name: string;
  attrs: Record<string, string>;
  kids: Node[];
}
export type Node = El | string;

const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
  "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://www.w3.org/XML/1998/namespace": "xml",
  // Package parts (.rels, [Content_Types].xml, docProps) are read by their local names.
  "http://schemas.openxmlformats.org/package/2006/relationships": "",
  "http://schemas.openxmlformats.org/package/2006/content-types": "",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "",
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: READ_LIMITS.depth,
});

/** Why a part could not be parsed: not XML at all, or nested past READ_LIMITS.depth. */
export class XmlProblem extends Error {
  constructor(readonly kind: "invalid" | "deep") {
    super(kind);
  }
}

type Raw = Record<string, unknown>;
const ATTRS = ":@";

/** The root element of an XML text; throws XmlProblem when it is not XML. */
export function parseXml(text: string): El {
  // A DTD has no place in OOXML (Word refuses one); refusing it also rules out entity expansion.
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || text.includes("<!ENTITY")) throw new XmlProblem("invalid");
  let raw: Raw[];
  try {
    raw = parser.parse(text) as Raw[];
  } catch (e) {
    throw new XmlProblem(/nested/i.test(String(e)) ? "deep" : "invalid");
  }
  // The parser forgives unclosed and mismatched tags; a damaged part must not read as half a document.
  if (XMLValidator.validate(text) !== true) throw new XmlProblem("invalid");
  const top = raw.find((n) => typeof n === "object" && !("#text" in n));
  if (!top) throw new XmlProblem("invalid");
  return convert(top, new Map());
}

function nameOf(raw: Raw): string {
  for (const k in raw) if (k !== ATTRS) return k;
  return "";
}

/** One element: its namespace declarations scope its own name, its attributes and its children. */
function convert(raw: Raw, outer: Map<string, string>): El {
  const qname = nameOf(raw);
  const rawAttrs = (raw[ATTRS] as Record<string, string> | undefined) ?? {};
  let scope = outer;
  for (const k in rawAttrs) {
    if (k === "xmlns" || k.startsWith("xmlns:")) {
      if (scope === outer) scope = new Map(outer);
      scope.set(k === "xmlns" ? "" : k.slice(6), rawAttrs[k]);
    }
  }
  const attrs: Record<string, string> = {};
  for (const k in rawAttrs) {
    if (k === "xmlns" || k.startsWith("xmlns:")) continue;
    const colon = k.indexOf(":");
    // Unprefixed attributes are in no namespace: keep their local name.
    attrs[colon < 0 ? k : rename(k, scope)] = String(rawAttrs[k]);
  }
  const kids: Node[] = [];
  for (const c of (raw[qname] as Raw[] | undefined) ?? []) {
    if ("#text" in c) kids.push(String(c["#text"]));
    else kids.push(convert(c, scope));
  }
  return { name: qname.includes(":") || scope.has("") ? rename(qname, scope) : qname, attrs, kids };
}

function rename(qname: string, scope: Map<string, string>): string {
  const colon = qname.indexOf(":");
  const prefix = colon < 0 ? "" : qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  if (prefix === "xml") return qname;
  const uri = scope.get(prefix);
  const canonical = uri === undefined ? undefined : CANONICAL[uri];
  if (canonical === undefined) return qname;
  return canonical ? `${canonical}:${local}` : local;
}

const isEl = (n: Node): n is El => typeof n !== "string";

/** Child elements, optionally only those named `name`. */
export function elements(el: El | undefined, name?: string): El[] {
  if (!el) return [];
  const out: El[] = [];
  for (const k of el.kids) if (isEl(k) && (name === undefined || k.name === name)) out.push(k);
  return out;
}

export function child(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (const k of el.kids) if (isEl(k) && k.name === name) return k;
  return undefined;
}

/** The first descendant named `name` (depth first), within READ_LIMITS.depth by construction. */
export function descendant(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (const k of el.kids) {
    if (!isEl(k)) continue;
    if (k.name === name) return k;
    const found = descendant(k, name);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant named `name`, not looking inside a match. */
export function descendants(el: El | undefined, name: string, out: El[] = []): El[] {
  if (!el) return out;
  for (const k of el.kids) {
    if (!isEl(k)) continue;
    if (k.name === name) out.push(k);
    else descendants(k, name, out);
  }
  return out;
}

export const attr = (el: El | undefined, name: string): string | undefined => el?.attrs[name];

/** The text content of an element (its text nodes, not its children's). */
export const textOf = (el: El): string => el.kids.filter((k): k is string => typeof k === "string").join("");

/** An on/off property: present and not "false"/"0"/"off" means on. */
export function onOff(el: El | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs["w:val"];
  return v === undefined || !["false", "0", "off", "none"].includes(v);
}

/** A number attribute; undefined when absent or not a number. */
export function num(el: El | undefined, name: string): number | undefined {
  const v = el?.attrs[name];
  if (v === undefined || v.trim() === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export { isEl };

/**
 * The parts of a WordprocessingML package found the way Word finds them: the main document
 * through the package relationships (_rels/.rels), the rest through the main document's
 * relationships by type (styles, numbering, notes, headers, footers, settings, theme).
 */
import type { Package } from "./zip";
import { attr, elements, parseXml, type El } from "./xml";

export interface Relationship {
  type: string;
  /** Part name inside the package (resolved against the source part's folder), or the external target. */
  target: string;
  external: boolean;
}

/** `word/document.xml` + `_rels/` → `word/_rels/document.xml.rels`. */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Resolves `target` (relative to `part`'s folder, or absolute from the package root) to a part name. */
export function resolvePart(part: string, target: string): string {
  const base = target.startsWith("/") ? [] : part.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The relationships of a part, by id; an unreadable .rels file has none (the caller warns). */
export function relationshipsOf(pkg: Package, part: string): Map<string, Relationship> {
  const text = pkg.text(part === "" ? "_rels/.rels" : relsPathOf(part));
  const out = new Map<string, Relationship>();
  if (text === undefined) return out;
  const root = parseXml(text);
  for (const r of elements(root, "Relationship")) {
    const id = attr(r, "Id");
    const target = attr(r, "Target");
    if (!id || target === undefined) continue;
    const external = attr(r, "TargetMode") === "External";
    out.set(id, {
      type: attr(r, "Type") ?? "",
      target: external ? target : resolvePart(part, target),
      external,
    });
  }
  return out;
}

/** The last path segment of a relationship type: "officeDocument", "styles", "header" … */
export const relKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

/** The main document part: the package's officeDocument relationship, else word/document.xml. */
export function mainPart(pkg: Package): string | undefined {
  let rels: Map<string, Relationship>;
  try {
    rels = relationshipsOf(pkg, "");
  } catch {
    rels = new Map();
  }
  for (const r of rels.values())
    if (relKind(r.type) === "officeDocument" && !r.external && pkg.text(r.target) !== undefined)
      return r.target;
  return pkg.text("word/document.xml") !== undefined ? "word/document.xml" : undefined;
}

/** The first target of a relationship kind, e.g. "styles". */
export function partOfKind(rels: Map<string, Relationship>, kind: string): string | undefined {
  for (const r of rels.values()) if (!r.external && relKind(r.type) === kind) return r.target;
  return undefined;
}

export type { El };

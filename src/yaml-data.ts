/**
 * The data of a parsed YAML document, or the alias problem that stops it: an alias to an anchor
 * that is not set before it (`*x` with no `&x`), or more aliases than a document needs (an
 * alias bomb). yaml throws for both when it builds the data; here they are values with the
 * offset of the alias to point at.
 */
import { visit, type Document } from "yaml";

/** Alias expansions allowed per document: far above any real use, far below a bomb. */
export const MAX_ALIASES = 100;

export type YamlData = { data: unknown } | { problem: "BAD_ALIAS" | "ALIAS_COUNT"; offset: number };

export function yamlData(doc: Document): YamlData {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    const unresolved = e instanceof ReferenceError && /^Unresolved alias/.test(e.message);
    if (!unresolved && !/alias/i.test(String(e))) throw e;
    const name = unresolved ? e.message.slice(e.message.lastIndexOf(": ") + 2) : undefined;
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        if (name !== undefined && node.source !== name) return undefined;
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return { problem: unresolved ? "BAD_ALIAS" : "ALIAS_COUNT", offset };
  }
}

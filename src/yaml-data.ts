/**
 * The data of a parsed YAML document, or the alias problem that stops it: an alias to an anchor
 * that is not set before it (`*x` with no `&x`), or more aliases than a document needs (an
 * alias bomb). yaml throws for both when it builds the data; here they are values with the
 * offset of the alias to point at.
 */
import { isScalar, visit, type Document, type Node } from "yaml";

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

/**
 * Numbers YAML would rewrite keep the text typed: `0x1F`, `017`, `1.50`, `+5`, `.inf`, `1e400`
 * are read as text, so nothing prints differently from what the author wrote ("Lưu: 0x1F",
 * not "Lưu: 31") and a field that needs digits says what it was given. A number written the way
 * it prints (`5`, `-3`, `1.5`) stays a number.
 */
export function keepNumbersAsWritten(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "number" && node.source !== undefined && node.source !== String(node.value)) node.value = node.source;
    },
  });
}

/** The offset of the first key that is not a name: a list or map (`? [a]`), or empty (`~: x`, `: x`). */
export function firstBadKey(doc: Document): number | undefined {
  let bad: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.value !== null && String(key.value).trim() !== "") return undefined;
      bad = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return bad;
}

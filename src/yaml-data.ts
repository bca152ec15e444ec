/**
 * Reading a YAML text the same way everywhere (a document, a profile, a ```bang block): parsed
 * quietly, then checked for what yaml does not refuse or refuses too slowly (keys written twice,
 * nesting deeper than MAX_DEPTH, keys that are not names), and turned into data without ever
 * throwing: an alias to an anchor that is not set before it (`*x` with no `&x`), an alias inside
 * the value of its own anchor (data without end) or more aliases than a document needs (an alias
 * bomb) are reported (YAML_SYNTAX) at the offset of the alias. A caller's report turns offsets into
 * lines: the document's own, or those of the body a ```bang block sits in.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type LineCounter,
  type Node,
} from "yaml";
import type { Report } from "./report";
import { MAX_DEPTH, MESSAGES } from "./yaml-messages";

export { MAX_DEPTH } from "./yaml-messages";

/**
 * `text` parsed. logLevel "error": yaml would print its own English warnings (a key that is a
 * list) on stderr; uniqueKeys false: keys written twice are found by `checkShape`, in one pass.
 */
export function parseYaml(text: string, lineCounter: LineCounter, schema?: "failsafe"): Document {
  // The YAML 1.2 core schema even under a "%YAML 1.1" directive: no timestamps turning
  // "2020-07-21" into a Date, no merge keys (`<<:` is then reported as a field vanthu lacks).
  return parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    logLevel: "error",
    schema: schema ?? "core",
    merge: false,
  });
}

/**
 * What is wrong with the shape of a document that parsed without errors, reported as YAML_SYNTAX
 * at its offset; checked in this order, stopping at the first kind found: keys written twice (at
 * most `max`), nesting deeper than MAX_DEPTH (every later stage walks the data recursively), a
 * key that is not a name, a tag that makes a value no field takes. Whether any was found.
 */
export function checkShape(doc: Document, max: number, report: Report): boolean {
  const at = (code: string, offset: number) => report("YAML_SYNTAX", MESSAGES[code], { offset });
  const twice = duplicateKeys(doc, max);
  for (const offset of twice) at("DUPLICATE_KEY", offset);
  if (twice.length) return true;
  const found = firstFault(doc);
  if (found) at(...found);
  return found !== undefined;
}

/** The code and offset of the first collection nested too deep, else the first bad key, else the first typed tag. */
function firstFault(doc: Document): [string, number] | undefined {
  const deep = tooDeep(doc.contents);
  if (deep) return ["RESOURCE_EXHAUSTION", deep.range?.[0] ?? 0];
  const bad = firstBadKey(doc);
  if (bad !== undefined) return ["NON_STRING_KEY", bad];
  const tagged = firstTypedByTag(doc);
  return tagged === undefined ? undefined : ["UNSUPPORTED_TAG", tagged];
}

/** Collection tags of YAML 1.1 that build sets and ordered maps. */
const TYPED_COLLECTIONS = ["set", "omap", "pairs"].map((t) => `tag:yaml.org,2002:${t}`);

/**
 * The first value a tag turns into something that is not text, a number, true/false, a list or
 * a table (`!!binary` bytes, `!!timestamp` a date, `!!set`…): no field takes one.
 */
function firstTypedByTag(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (node.value === null || typeof node.value !== "object") return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
    Collection(_, node) {
      if (!node.tag || !TYPED_COLLECTIONS.includes(node.tag)) return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/** The first collection nested deeper than MAX_DEPTH, found without recursion. */
function tooDeep(root: unknown): Node | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_DEPTH) return node as Node;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

/** Alias expansions allowed per document: far above any real use, far below a bomb. */
export const MAX_ALIASES = 100;

/** The data of `doc`, or undefined with the alias that stops it reported (YAML_SYNTAX at its offset). */
export function yamlData(doc: Document, report: Report): { data: unknown } | undefined {
  const refuse = (code: "BAD_ALIAS" | "ALIAS_COUNT" | "ALIAS_LOOP", offset: number) =>
    void report("YAML_SYNTAX", MESSAGES[code], { offset });
  const loop = aliasInsideItsAnchor(doc);
  if (loop !== undefined) return refuse("ALIAS_LOOP", loop);
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
    return refuse(unresolved ? "BAD_ALIAS" : "ALIAS_COUNT", offset);
  }
}

/** The offset of an alias inside the value its anchor names (`&s [a, *s]`): data without end. */
function aliasInsideItsAnchor(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (!target || !path.includes(target)) return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/**
 * Plain values YAML would rewrite keep the text typed: numbers such as `0x1F`, `017`, `1.50`,
 * `+5`, `.inf`, `1e400`, and `TRUE`, `False`, `NULL` (YAML's other spellings of true, false and
 * null) are read as text, so nothing prints differently from what the author wrote ("Lưu: 0x1F",
 * not "Lưu: 31"; "Ghi: FALSE", not "Ghi: false") and a field that needs digits says what it was
 * given. A value written the way it prints (`5`, `-3`, `1.5`, `true`, `false`, `null`, `~`, or
 * nothing) keeps its type.
 */
export function keepScalarsAsWritten(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      const { value, source } = node;
      if (source === undefined || node.type !== "PLAIN") return;
      const canonical =
        typeof value === "number"
          ? String(value) === source
          : typeof value === "boolean"
            ? source === String(value)
            : value === null
              ? ["", "~", "null"].includes(source)
              : true;
      if (!canonical) node.value = source;
    },
  });
}

/** The offset of the first key that is not a name: a list or map (`? [a]`), or empty (`~: x`, `: x`). */
function firstBadKey(doc: Document): number | undefined {
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

/**
 * The offsets of keys written twice in one mapping, in one pass with a set per mapping (yaml's
 * own `uniqueKeys` check compares each key with all before it: minutes for 40,000 keys).
 */
function duplicateKeys(doc: Document, max: number): number[] {
  const found: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (!seen.has(name)) seen.add(name);
        else if (found.push(key.range?.[0] ?? 0) >= max) return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Partials that call themselves, directly (`{{> dau}}` inside dau.hbs) or through others: the
 * calls are counted as they nest, and past a depth no document needs (data nests at most
 * MAX_DEPTH levels) the chain is a template error at the line of the call that closes the loop,
 * long before the stack or memory runs out.
 */
import Handlebars from "handlebars";
import { MAX_DEPTH } from "../yaml-data";

/** Nested partial calls allowed: a partial may recurse over the data's nesting, never further. */
export const MAX_PARTIAL_DEPTH = MAX_DEPTH + 16;

/** The names that repeat at the top of `chain`: ["k", "a", "b", "a", "b"] → ["a", "b", "a"]. */
export function loopOf(chain: readonly string[]): string[] {
  const last = chain[chain.length - 1];
  const before = chain.lastIndexOf(last, chain.length - 2);
  return before < 0 ? [...chain] : chain.slice(before);
}

/** Line and column (1-based) of the first `{{> name}}` in a template's source. */
export function partialCallSite(source: string, name: string): { line?: number; column?: number } {
  let found: hbs.AST.SourceLocation | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== "object") return;
    const n = node as { type?: string; name?: { original?: unknown }; loc?: hbs.AST.SourceLocation };
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && n.name?.original === name) {
      found = n.loc;
      return;
    }
    for (const [k, v] of Object.entries(node))
      if (k === "loc") continue;
      else if (Array.isArray(v)) v.forEach(visit);
      else visit(v);
  };
  try {
    visit(Handlebars.parse(source));
  } catch {
    return {};
  }
  return found ? { line: found.start.line, column: found.start.column + 1 } : {};
}

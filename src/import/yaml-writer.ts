/**
 * An imported document's data → YAML text, with the `yaml` package's Document API (never by
 * joining strings): fields in the order given, multi-line text as literal blocks (`|-`), no line
 * folding, and comments placed before the field they are about (text the document holds that no
 * field takes, what the import supplied or guessed). `vanthu render` reads it back unchanged.
 */
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Node } from "yaml";

/** A comment before the field at `path` (`[]`: at the top of the file). Lines are written as `# line`. */
export interface YamlComment {
  path: readonly (string | number)[];
  text: string;
}

export function writeYaml(data: Record<string, unknown>, comments: readonly YamlComment[] = []): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  const header: string[] = [];
  for (const c of comments) {
    const text = asComment(c.text);
    if (!c.path.length) header.push(text);
    else attach(doc, c.path, text);
  }
  if (header.length) doc.commentBefore = header.join("\n#\n");
  return doc.toString({ lineWidth: 0, blockQuote: "literal" });
}

/** Each line with a space after the "#" the writer adds. */
const asComment = (text: string) =>
  text
    .split("\n")
    .map((l) => (l ? ` ${l}` : ""))
    .join("\n");

/** Puts `text` before the key (in a mapping) or the item (in a list) at `path`; a missing path goes to its parent. */
function attach(doc: Document, path: readonly (string | number)[], text: string): void {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    const last = path[depth - 1];
    let target: Node | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
      target = pair && isScalar(pair.key) ? pair.key : undefined;
    } else if (isSeq(parent) && typeof last === "number") target = parent.items[last] as Node | undefined;
    if (target) {
      target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${text}` : text;
      return;
    }
  }
  doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${text}` : text;
}

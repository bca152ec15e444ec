/**
 * Whether the package writer knows every node and field of a tree. Anything else (a field or
 * node type added later, several sections) goes through docx itself, so the fast path never
 * writes less than the reference renderer would.
 */
import type { Root } from "../../tree/types";
import { CHILDREN, EXIT, visit, type NodeType, type Visitor } from "../../tree/visit";

/** The node types the writer writes, each with the fields it writes. */
const KEYS: { readonly [T in NodeType]?: readonly string[] } = {
  section: ["type", "children"],
  paragraph: ["type", "style", "children", "keepNext"],
  layoutTable: ["type", "layout", "rows", "keepNext", "widths"],
  row: ["type", "cells", "loose"],
  cell: ["type", "children"],
  text: ["type", "value", "marks"],
  break: ["type"],
  tab: ["type"],
  footnote: ["type", "children"],
  pageNumber: ["type"],
};

/** A handler per node type: a node of a type, or with a field, the writer does not write ends the walk. */
const KNOWN: Visitor = Object.fromEntries(
  (Object.keys(CHILDREN) as NodeType[]).map((type) => [
    type,
    (node: object) => {
      const keys = KEYS[type];
      const children = CHILDREN[type];
      const fits = (k: string, v: unknown) => !!keys?.includes(k) && (k !== children || Array.isArray(v));
      return Object.entries(node).every(([k, v]) => fits(k, v)) ? undefined : EXIT;
    },
  ]),
);

export const writable = (tree: Root): boolean =>
  tree.sections.length === 1 && visit(tree.sections[0], { ...KNOWN, unknown: () => EXIT });

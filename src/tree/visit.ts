/**
 * The one walker over the document tree (models: unist-util-visit, and mdast-util-to-hast's table
 * of handlers by node type). `visit(node, visitor)` calls the visitor's handler for each node's
 * type in document order, a node before its children, and goes into the children the tree
 * contract gives that type (`CHILDREN`: a section's blocks, a table's rows, a row's cells, a
 * paragraph's inlines, a footnote's paragraphs…). A handler may return SKIP (not into this node's
 * children) or EXIT (stop the walk); it may change its node, whose children are read after it
 * returns. Anything that is not a node of the tree (a type the tree does not have, a value that is
 * not an object) goes to `unknown`. The passes over the tree (limits, text tidying, caps, what the
 * package writer knows) walk with it instead of recursing by hand.
 */
import type { Node } from "./types";

export const SKIP = "skip";
export const EXIT = "exit";
export type Control = typeof SKIP | typeof EXIT | undefined | void;

export type NodeType = Node["type"];
export type NodeOf<T extends NodeType> = Extract<Node, { type: T }>;

export type Visitor = {
  [T in NodeType]?: (node: NodeOf<T>, parent: Node | undefined) => Control;
} & {
  /** A value where the tree has a node but which is none of its types. */
  unknown?: (value: unknown, parent: Node | undefined) => Control;
};

/** The field that holds each node type's children; leaves have none. */
export const CHILDREN: { readonly [T in NodeType]: keyof NodeOf<T> | undefined } = {
  document: "sections",
  section: "children",
  paragraph: "children",
  layoutTable: "rows",
  dataTable: "rows",
  row: "cells",
  cell: "children",
  footnote: "children",
  pageBreak: undefined,
  text: undefined,
  break: undefined,
  tab: undefined,
  pageNumber: undefined,
};

/** Whether `value` is a node of one of the tree's types. */
export const isNode = (value: unknown): value is Node =>
  !!value &&
  typeof value === "object" &&
  typeof (value as { type?: unknown }).type === "string" &&
  Object.hasOwn(CHILDREN, (value as { type: string }).type);

/** The children of `node` as the tree contract places them (none for a leaf, or when they are not a list). */
export function childrenOf(node: Node): readonly unknown[] {
  const field = CHILDREN[node.type];
  const children = field && (node as unknown as Record<string, unknown>)[field];
  return Array.isArray(children) ? children : [];
}

/**
 * Walks `root` (a node, or a list of nodes such as a section's blocks) with `visitor`; false when a
 * handler stopped the walk with EXIT.
 */
export function visit(root: Node | readonly Node[], visitor: Visitor): boolean {
  const walk = (value: unknown, parent: Node | undefined): boolean => {
    if (!isNode(value)) return visitor.unknown?.(value, parent) !== EXIT;
    const handler = visitor[value.type] as ((node: Node, parent: Node | undefined) => Control) | undefined;
    const control = handler?.(value, parent);
    if (control === EXIT) return false;
    if (control === SKIP) return true;
    for (const child of childrenOf(value)) if (!walk(child, value)) return false;
    return true;
  };
  return Array.isArray(root) ? root.every((n) => walk(n, undefined)) : walk(root, undefined);
}

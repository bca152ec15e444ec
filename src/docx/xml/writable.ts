/**
 * Whether the package writer knows every node and field of a tree. Anything else (a field or
 * node type added later, several sections) goes through docx itself, so the fast path never
 * writes less than the reference renderer would.
 */
import type { Root } from "../../tree/types";

const KEYS: Record<string, readonly string[]> = {
  section: ["type", "children"],
  paragraph: ["type", "style", "children", "keepNext"],
  table: ["type", "layout", "rows", "keepNext", "widths"],
  row: ["type", "cells", "loose"],
  cell: ["type", "children"],
  text: ["type", "value", "marks"],
  break: ["type"],
  tab: ["type"],
  footnote: ["type", "children"],
  pageNumber: ["type"],
};
const LISTS = ["children", "rows", "cells"];

function known(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  const keys = KEYS[(node as { type?: string }).type ?? ""];
  if (!keys) return false;
  for (const [k, v] of Object.entries(node)) {
    if (!keys.includes(k)) return false;
    if (LISTS.includes(k) && !(Array.isArray(v) && v.every(known))) return false;
  }
  return true;
}

export const writable = (tree: Root): boolean => tree.sections.length === 1 && known(tree.sections[0]);

/** Read trees of rendered samples, and the same trees as a Word user would leave them: no style names. */
import { readDocx } from "../../src/ooxml/read-docx";
import type { ReadRoot } from "../../src/ooxml/types";
import { rendered } from "../support/samples";

export async function readSample(file: string): Promise<{ tree: ReadRoot; bytes: Buffer }> {
  const { bytes } = await rendered(file);
  const read = readDocx(bytes, { file });
  if (!read.tree) throw new Error(`${file} did not read: ${JSON.stringify(read.diagnostics)}`);
  return { tree: read.tree, bytes };
}

/** The tree with every paragraph in "Normal" and no style ids or names: only formatting and words are left. */
export function withoutStyles<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutStyles) as T;
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "styleId" || k === "styleName") continue;
    out[k] = k === "style" && typeof v === "string" ? "Normal" : withoutStyles(v);
  }
  return out as T;
}

/** Every body paragraph's style by its number. */
export function stylesBySource(tree: ReadRoot): Map<number, { style: string; empty: boolean }> {
  const out = new Map<number, { style: string; empty: boolean }>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== "object") return;
    const o = n as Record<string, unknown>;
    if (o.type === "paragraph" && typeof o.source === "number") {
      const text = (o.children as { type: string; value?: string }[])
        .map((c) => (c.type === "text" ? c.value : ""))
        .join("");
      out.set(o.source, { style: o.style as string, empty: text.trim() === "" });
    }
    Object.values(o).forEach(walk);
  };
  walk(tree);
  return out;
}

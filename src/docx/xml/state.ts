/**
 * The package writer's state and its handler table's shape (model: mdast-util-to-hast's
 * `state.js`): `one(node, context)` writes a node by its type's handler, `all` a list in order.
 * A node whose type has no handler, or that holds a field its handler does not write (a cell's
 * borders, a field added to the tree later), is `Unwritable`: the caller then packs the whole
 * document with docx, so the fast path never writes less than the reference renderer would.
 */
import type { Paragraph } from "../../tree/types";
import { CHILDREN, type NodeOf, type NodeType } from "../../tree/visit";
import type { PreparedProfile } from "../prepared";

/** Something only docx itself can write; the caller falls back to it. */
export class Unwritable extends Error {}

/**
 * The one instance thrown: a document docx writes ends the walk where it meets the first node
 * the handlers do not take, without the cost of a stack trace each time.
 */
export const UNWRITABLE = new Unwritable("a node the package writer has no handler for");

/** What a block passes down to the blocks and cells inside it. */
export interface Context {
  /** Width the node lays out in, in twips (the text width, or a cell's). */
  width: number;
  /** Every paragraph keeps with the next (inside a layout table kept with what follows). */
  keepNext: boolean;
  /** No paragraph keeps with the next, whatever its style (inside a loose row). */
  loose: boolean;
  /** The first paragraph starts a new page (the block after a page break). */
  breakBefore?: boolean;
  /** A layout table's column widths, for its rows (twips). */
  widths?: readonly number[];
  /** A row's cells' top margin (twips): the layout's space before, in its first row. */
  top?: number;
  /** XML written before a paragraph's runs (a note's number mark, in its first paragraph). */
  lead?: string;
}

/** Collects footnotes in document order; `add` returns the id the reference gets (1, 2, …). */
export interface NoteSink {
  add(children: Paragraph[]): number | undefined;
}

export interface State {
  prepared: PreparedProfile;
  notes: NoteSink;
  /** The XML of `node`, by its type's handler. */
  one(node: unknown, context: Context): string;
  /** The XML of `nodes`, one after another. */
  all(nodes: readonly unknown[], context: Context): string;
}

/** How one node type is written: the fields it writes (besides `type`), and the writing. */
export interface Handler<T extends NodeType> {
  fields: readonly Exclude<keyof NodeOf<T>, "type">[];
  write(node: NodeOf<T>, state: State, context: Context): string;
}

export type Handlers = { readonly [T in NodeType]?: Handler<T> };

interface Known {
  handler: Handler<NodeType>;
  fields: ReadonlySet<string>;
  children: string | undefined;
}

/** A state writing with `handlers`; a node they do not take throws `Unwritable`. */
export function createState(handlers: Handlers, prepared: PreparedProfile, notes: NoteSink): State {
  const known = new Map<string, Known>(
    Object.entries(handlers).map(([type, h]) => [
      type,
      {
        handler: h as Handler<NodeType>,
        fields: new Set(["type", ...h.fields]),
        children: CHILDREN[type as NodeType],
      },
    ]),
  );
  const state: State = {
    prepared,
    notes,
    one(node, context) {
      const type = (node as { type?: unknown } | null)?.type;
      const k = typeof type === "string" ? known.get(type) : undefined;
      if (!k) throw UNWRITABLE;
      for (const key in node as object) if (!k.fields.has(key)) throw UNWRITABLE;
      if (k.children && !Array.isArray((node as Record<string, unknown>)[k.children])) throw UNWRITABLE;
      return k.handler.write(node as NodeOf<NodeType>, state, context);
    },
    all(nodes, context) {
      let xml = "";
      for (const n of nodes) xml += state.one(n, context);
      return xml;
    },
  };
  return state;
}

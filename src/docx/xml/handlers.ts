/**
 * What the package writer writes, by node type (model: mdast-util-to-hast's `handlers/index.js`):
 * the tree's types it has a handler for, each with the fields it writes. Anything else — a data
 * table, a cell with borders or spans, several sections, a field added to the tree later — sends
 * the whole document to docx (`package.ts`).
 */
import { blockHandlers, noteBlockHandlers } from "./blocks";
import { inlineHandlers } from "./inline";
import type { Handlers } from "./state";

/** The body's nodes. */
export const HANDLERS: Handlers = { ...blockHandlers, ...inlineHandlers };

/** A footnote's nodes: its paragraphs and their runs. */
export const NOTE_HANDLERS: Handlers = { ...noteBlockHandlers, ...inlineHandlers };

/**
 * A tree → .docx bytes without building docx objects: the profile's shared parts come packed
 * once (`../package-shell`), the body and notes are written as WordprocessingML by the handler
 * table (`handlers.ts`), and only those are compressed. Undefined for a tree with a node the
 * handlers do not take: the caller packs that whole document with docx. A whole document, not
 * the one node: docx numbers a document's footnotes as it packs it, so a node it wrote alone
 * could not agree with the notes written around it, and the bytes would differ from Packer's.
 */
import type { Root } from "../../tree/types";
import { shellFor, type Pack } from "../package-shell";
import type { PreparedProfile } from "../prepared";
import { zip, zipEntry } from "../zip";
import { noteXml } from "./blocks";
import { HANDLERS, NOTE_HANDLERS } from "./handlers";
import { createState, Unwritable, type NoteSink } from "./state";

/** The body's and the notes' XML of `tree`, or undefined when a node of it is not the writer's. */
export function writeBody(
  tree: Root,
  prepared: PreparedProfile,
): { body: string; notes: string } | undefined {
  // A reference inside a note's own text writes nothing (Word has no note inside a note).
  const inNotes = createState(NOTE_HANDLERS, prepared, { add: () => undefined });
  let notes = "";
  let count = 0;
  const sink: NoteSink = { add: (children) => ((notes += noteXml(++count, children, inNotes)), count) };
  try {
    const body = createState(HANDLERS, prepared, sink).one(tree, {
      width: prepared.textWidth,
      keepNext: false,
      loose: false,
    });
    return { body, notes };
  } catch (e) {
    if (e instanceof Unwritable) return undefined;
    throw e;
  }
}

/** Whether the package writer writes `tree` itself. */
export const writable = (tree: Root, prepared: PreparedProfile): boolean => !!writeBody(tree, prepared);

export async function writePackage(
  tree: Root,
  prepared: PreparedProfile,
  pack: Pack,
): Promise<Buffer | undefined> {
  const written = writeBody(tree, prepared);
  if (!written) return undefined;
  const shell = await shellFor(prepared, tree.kind, pack);
  const now = new Date();
  const own = {
    "word/document.xml": shell.document[0] + written.body + shell.document[1],
    "word/footnotes.xml": shell.footnotes[0] + written.notes + shell.footnotes[1],
    "docProps/core.xml": shell.core.replace(
      /(<dcterms:(?:created|modified) [^>]*>)[^<]*/g,
      `$1${now.toISOString()}`,
    ),
  };
  return zip(
    shell.parts.map((p) => (typeof p === "string" ? zipEntry(p, own[p]) : p)),
    now,
  );
}

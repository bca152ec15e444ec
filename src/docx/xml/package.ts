/**
 * A tree → .docx bytes without building docx objects: the profile's shared parts come packed
 * once (`../package-shell`), the body and notes are written as WordprocessingML (`blocks`), and
 * only those are compressed. Undefined for a tree the writer does not know (`writable`).
 */
import type { Root } from "../../tree/types";
import { shellFor, type Pack } from "../package-shell";
import type { PreparedProfile } from "../prepared";
import { zip, zipEntry } from "../zip";
import { blocksXml, noteXml, Unwritable } from "./blocks";
import type { NoteSink } from "./inline";
import { writable } from "./writable";

export async function writePackage(
  tree: Root,
  prepared: PreparedProfile,
  pack: Pack,
): Promise<Buffer | undefined> {
  if (!writable(tree)) return undefined;
  const shell = await shellFor(prepared, tree.kind, pack);
  let notes = "";
  let count = 0;
  const sink: NoteSink = { add: (children) => ((notes += noteXml(++count, children)), count) };
  let body: string;
  try {
    body = blocksXml(tree.sections[0].children, prepared.textWidth, prepared, sink);
  } catch (e) {
    if (e instanceof Unwritable) return undefined;
    throw e;
  }
  const now = new Date();
  const own = {
    "word/document.xml": shell.document[0] + body + shell.document[1],
    "word/footnotes.xml": shell.footnotes[0] + notes + shell.footnotes[1],
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

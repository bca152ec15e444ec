/**
 * The parts of a .docx that are the same for every document of a profile and kind (styles,
 * numbering, settings, theme, fonts, page headers, relationships, content types): packed once by
 * docx from an empty document and kept compressed — at build time for the bundled profiles
 * (`precompiled-shells-data.ts`), else on first use. A document adds only its body, notes and dates.
 */
import { precompiledName } from "../profile/precompiled";
import type { Pack } from "./shell-parts";
import { SHELLS } from "./precompiled-shells-data";
import type { PreparedProfile } from "./prepared";
import { zipEntry, type ZipEntry } from "./zip";

/** The parts each document writes itself. */
export type OwnPart = "word/document.xml" | "word/footnotes.xml" | "docProps/core.xml";
const OWN: readonly string[] = [
  "word/document.xml",
  "word/footnotes.xml",
  "docProps/core.xml",
] satisfies OwnPart[];

export interface Shell {
  /** In package order: shared entries, compressed once, and the names of the parts each document writes. */
  parts: (ZipEntry | OwnPart)[];
  /** document.xml before and after the body's blocks. */
  document: [head: string, tail: string];
  /** footnotes.xml before and after the notes. */
  footnotes: [head: string, tail: string];
  /** core.xml, whose dates each document sets. */
  core: string;
}

export type { Pack } from "./shell-parts";

const shells = new WeakMap<PreparedProfile, Map<string, Promise<Shell>>>();

export function shellFor(prepared: PreparedProfile, kind: string, pack: Pack): Promise<Shell> {
  let byKind = shells.get(prepared);
  if (!byKind) shells.set(prepared, (byKind = new Map()));
  let shell = byKind.get(kind);
  if (!shell) byKind.set(kind, (shell = build(prepared, kind, pack)));
  return shell;
}

async function build(prepared: PreparedProfile, kind: string, pack: Pack): Promise<Shell> {
  const name = precompiledName(prepared.profile);
  const built = name === undefined ? undefined : SHELLS[name]?.[kind];
  if (built) return shellOf(built);
  // Loaded only here: fflate's tables are built when it loads.
  const { shellParts } = require("./shell-parts") as typeof import("./shell-parts");
  return shellOf(await shellParts(prepared, kind, pack));
}

function shellOf(files: Record<string, string>): Shell {
  const text = (name: string) => files[name];
  const split = (name: string, at: string, after: boolean): [string, string] => {
    const xml = text(name);
    const found = after ? xml.indexOf(at) : xml.lastIndexOf(at);
    if (found < 0) throw new Error(`${name} has no ${at}`);
    const i = after ? found + at.length : found;
    return [xml.slice(0, i), xml.slice(i)];
  };
  return {
    parts: Object.keys(files).map((name) =>
      OWN.includes(name) ? (name as OwnPart) : zipEntry(name, files[name]),
    ),
    document: split("word/document.xml", "<w:body>", true),
    footnotes: split("word/footnotes.xml", "</w:footnotes>", false),
    core: text("docProps/core.xml"),
  };
}

/** The parts of a package shell (`package-shell.ts`) as docx packs them for an empty document. */
import { strFromU8, unzipSync } from "fflate";
import type { Root } from "../tree/types";
import type { PreparedProfile } from "./prepared";

/** How docx packs a tree (the reference renderer). */
export type Pack = (tree: Root) => Promise<Uint8Array>;

/** The parts of the package docx packs for an empty document of `kind`, by name, as text. */
export async function shellParts(
  prepared: PreparedProfile,
  kind: string,
  pack: Pack,
): Promise<Record<string, string>> {
  const files = unzipSync(
    await pack({
      type: "document",
      profile: prepared.profile.id,
      kind,
      sections: [{ type: "section", children: [] }],
    }),
  );
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    parts[name] = strFromU8(bytes);
    // Every part of docx's package is XML; anything else would not survive as text.
    if (!Buffer.from(parts[name], "utf8").equals(bytes)) throw new Error(`${name} is not UTF-8 text`);
  }
  return parts;
}

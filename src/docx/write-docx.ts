/**
 * Stage 4: document tree → .docx bytes, laid out with the profile. Written directly when the
 * package writer knows the whole tree (`xml/package.ts`); else packed by the `docx` package
 * (`to-docx.ts`), which is loaded only then: most documents never load it.
 */
import { layOut } from "../layout/lay-out";
import type { Root } from "../tree/types";
import type { PreparedProfile } from "./prepared";
import { writePackage } from "./xml/package";

export async function toDocx(tree: Root, prepared: PreparedProfile): Promise<Buffer> {
  const laid = layOut(tree, prepared);
  const pack = (t: Root) => (require("./to-docx") as typeof import("./to-docx")).packWithDocx(t, prepared);
  return (await writePackage(laid, prepared, pack)) ?? pack(laid);
}

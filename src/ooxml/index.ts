/** The OOXML reader: `readDocx(bytes, {file})` → the read tree (./types) and diagnostics. */
export { readDocx } from "./read-docx";
export { READ_LIMITS } from "./limits";
export type * from "./types";

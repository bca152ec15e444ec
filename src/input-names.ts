/**
 * The names a folder walk or a pattern skips, wherever files are gathered (the command line's
 * inputs, the web form's samples): a shared part ("_chung.yaml", ".an"), which is read only
 * through `ke_thua`, and a file Office leaves while a document is open ("~$bao-cao.docx", Word's
 * lock on bao-cao.docx: a few bytes, no document).
 */
export const isSkippedName = (name: string): boolean =>
  name.startsWith("_") || name.startsWith(".") || name.startsWith("~");

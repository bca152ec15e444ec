/**
 * Where a value is: its path of keys and indexes in the data (`["noi_nhan", 2]`), and the line
 * and column it is written at. Every stage names places this way; `load` makes the `Locate`.
 */

/** Keys and list indexes from the document's top to a value. */
export type FieldPath = readonly (string | number)[];

export interface Place {
  line: number;
  column: number;
  /** The file the value is written in, when it is not the document's own (a `ke_thua` base). */
  file?: string;
}

/** The place of the value at `path` (or of its key), or of the deepest part of it that exists. */
export type Locate = (path: FieldPath, at?: "key" | "value") => Place;

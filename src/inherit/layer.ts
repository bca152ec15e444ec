/** One file of a unit: the document, or a base it inherits (`ke_thua`), as loaded. */
import type { Loaded } from "../load";

export interface Layer {
  file: string;
  loaded: Loaded;
}

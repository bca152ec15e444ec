/** What `vanthu render` is asked to do (render.ts, and render-watch.ts when it keeps watching). */
import type { SessionOptions } from "../session";

export interface RenderArgs extends SessionOptions {
  inputs: string[];
  out: string;
  tree: boolean;
  jobs?: number;
  /** Output name pattern, e.g. "{so}-{ky_hieu}". */
  tenTep?: string;
  json?: boolean;
  /** Also write a PDF beside each .docx (LibreOffice). */
  pdf?: boolean;
  /** Keep running and render again what changes (`render-watch.ts`). */
  watch?: boolean;
  /** A spreadsheet (.xlsx, .csv) of units inheriting the one input (`--du-lieu`), and its sheet (`--bang-tinh`). */
  duLieu?: string;
  bangTinh?: string;
}

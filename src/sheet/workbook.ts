/**
 * A workbook as the core reads it for a ```bang block's `vung`: its sheets' names, each cell's
 * text as the sheet shows it (number format applied, display.ts) or its error value, and the
 * merged areas. Read at the edge (read-workbook.ts) and handed in already loaded; the core only
 * asks, it never reads a file.
 */
export type GridCell = { text: string; bold?: true } | { error: string };

/** A merged area, 1-based and inclusive, as Excel's A1:B2. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Workbook {
  /** The sheets' names, in the workbook's order (a CSV file: one, named after the file). */
  sheets: readonly string[];
  /** The cell at 1-based `row` and `column` of `sheet`; undefined when it is empty. */
  cell(sheet: string, row: number, column: number): GridCell | undefined;
  /** The merged areas of `sheet`. */
  merges(sheet: string): readonly Merge[];
}

/** A workbook, or why it cannot be read (Vietnamese: "không tìm thấy tệp", "tệp .xls …"). */
export type WorkbookResult = { workbook: Workbook } | { error: string };

/** The workbooks a document's tables name, by the path `workbookPath` gives. */
export type Workbooks = ReadonlyMap<string, WorkbookResult>;

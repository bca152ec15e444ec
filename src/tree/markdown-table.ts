/**
 * A GitHub Markdown table (`| a | b |` over `|---|--:|`) → a data table node: one header row,
 * column alignment from the delimiter row (`:--` left, `:-:` centre, `--:` right), and columns
 * whose body cells are all numbers right-aligned by default. markdown-it drops the cells of a
 * row beyond the header's count; they are reported here instead of lost silently.
 */
import type MarkdownIt from "markdown-it";
import { cellText, isNumericColumn } from "./numeric";
import type { Report } from "../report";
import type { Align, Cell, Column, DataTable, Inline, Row } from "./types";

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** The profile's data table layout and the styles of its header, cells and caption. */
export interface TableStyles {
  layout: string;
  header: string;
  cell: string;
  caption: string;
}

/** `tokens` run from table_open to table_close; `lines` is the Markdown source, line by line. */
export function tableFromTokens(
  tokens: readonly Token[],
  lines: readonly string[],
  styles: TableStyles,
  cellInlines: (inline: Token) => Inline[],
  report: Report,
): DataTable {
  const rows: Row[] = [];
  const aligns: (Align | undefined)[] = [];
  const texts: string[][] = [];
  let header = true;
  let columns = 0;
  for (const t of tokens) {
    if (t.type === "tbody_open") header = false;
    else if (t.type === "tr_open") {
      rows.push({ type: "row", cells: [] });
      if (!header && t.map) {
        const typed = splitRow(lines[t.map[0]] ?? "");
        if (typed > columns)
          report(
            "TABLE_INVALID",
            `dòng này của bảng có ${typed} ô, nhiều hơn ${columns} cột của dòng tiêu đề; thêm cột ở dòng tiêu đề hoặc bớt ô (dấu "|" trong ô viết là "\\|")`,
            { line: t.map[0] + 1 },
          );
      }
    } else if (t.type === "th_open") {
      columns++;
      aligns.push(alignOf(t));
    } else if (t.type === "inline") {
      const style = header ? styles.header : styles.cell;
      const cell: Cell = { type: "cell", children: [{ type: "paragraph", style, children: cellInlines(t) }] };
      rows[rows.length - 1].cells.push(cell);
      if (!header) (texts[rows[rows.length - 1].cells.length - 1] ??= []).push(cellText(cell));
    }
  }
  const cols: Column[] = aligns.map((align, i) => {
    const a = align ?? (isNumericColumn(texts[i] ?? []) ? "right" : undefined);
    return a ? { align: a } : {};
  });
  return { type: "dataTable", layout: styles.layout, columns: cols, headerRows: 1, rows };
}

function alignOf(t: Token): Align | undefined {
  const m = /text-align:(left|center|right)/.exec(t.attrGet("style") ?? "");
  return m ? (m[1] as Align) : undefined;
}

/** How many cells a table line holds, split as markdown-it splits it (a backslash escapes "|"). */
function splitRow(line: string): number {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0] === "") cells.shift();
  if (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells.length;
}

/**
 * A table copied from Excel or Word, as body text vanthu reads (docs/viet-yaml.md, "Bảng"): a Markdown table
 * (`| a | b |`, the first row its header) when no cell is merged, else a ```bang block whose
 * cells carry `gop_cot` / `gop_dong`. Every cell's text is kept: a `|` is escaped and a line
 * break is `<br>` in a Markdown table; text goes into the bang block as a JSON string (valid YAML).
 */

export interface PastedCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** Rows as in HTML: a merged cell appears once, in its first row and column. */
export interface PastedTable {
  rows: PastedCell[][];
  /** How many of the first rows are the header (at least 1). */
  headerRows: number;
}

/**
 * A cell's text in a Markdown table row: its `|` escaped (the body reads other marks as typed, see
 * src/tree/markdown.ts).
 */
const literal = (text: string) => text.replace(/\|/g, "\\|");

const merged = (t: PastedTable) => t.rows.some((r) => r.some((c) => c.colSpan > 1 || c.rowSpan > 1));

/** The number of columns the table spans (its widest row, counting merged cells). */
export function columnCount(t: PastedTable): number {
  const carry: number[] = [];
  let widest = 0;
  for (const row of t.rows) {
    let col = 0;
    for (const cell of row) {
      while ((carry[col] ?? 0) > 0) col++;
      for (let k = 0; k < cell.colSpan; k++) carry[col + k] = cell.rowSpan;
      col += cell.colSpan;
    }
    widest = Math.max(widest, col, carry.length);
    for (let k = 0; k < carry.length; k++) carry[k] = Math.max(0, (carry[k] ?? 0) - 1);
  }
  return widest;
}

export function tableText(t: PastedTable): string {
  return merged(t) ? bangText(t) : markdownText(t);
}

function markdownText(t: PastedTable): string {
  const width = columnCount(t);
  const cell = (c: PastedCell | undefined) =>
    literal(c?.text ?? "")
      .split("\n")
      .map((l) => l.trim())
      .join("<br>");
  const line = (row: PastedCell[]) =>
    `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(" | ")} |`;
  const [head, ...body] = t.rows;
  return [line(head), `|${" --- |".repeat(width)}`, ...body.map(line)].join("\n");
}

function bangText(t: PastedTable): string {
  const width = columnCount(t);
  const value = (c: PastedCell) => {
    const chu = JSON.stringify(c.text);
    if (c.colSpan === 1 && c.rowSpan === 1) return chu;
    const spans = [c.colSpan > 1 && `gop_cot: ${c.colSpan}`, c.rowSpan > 1 && `gop_dong: ${c.rowSpan}`];
    return `{ chu: ${chu}, ${spans.filter(Boolean).join(", ")} }`;
  };
  const rows = (list: PastedCell[][]) => list.map((r) => `  - [${r.map(value).join(", ")}]`);
  const columns = Array.from({ length: width }, (_, i) => JSON.stringify(`Cột ${i + 1}`)).join(", ");
  return [
    "```bang",
    `cot: [${columns}]`,
    "tieu_de_cot:",
    ...rows(t.rows.slice(0, t.headerRows)),
    "dong:",
    ...rows(t.rows.slice(t.headerRows)),
    "```",
  ].join("\n");
}

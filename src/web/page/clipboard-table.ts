/**
 * The table on the clipboard, if what is pasted is one: the HTML table Excel and Word put
 * there (read by the browser's own parser, with merged cells), else Excel's tab-separated
 * text (read by papaparse, so quoted cells holding line breaks or tabs stay whole). A table
 * has at least two rows and two columns; anything else is pasted as text.
 */
import Papa from "papaparse";
import { columnCount, type PastedCell, type PastedTable } from "./table-text";

export function clipboardTable(data: DataTransfer): PastedTable | undefined {
  const html = data.getData("text/html");
  const table = (html && /<table[\s>]/i.test(html) && fromHtml(html)) || fromTabs(data.getData("text/plain"));
  return table && table.rows.length >= 2 && columnCount(table) >= 2 ? table : undefined;
}

/** A cell's text: its paragraphs and line breaks as line breaks, runs of spaces as one. */
function cellText(cell: Element): string {
  const lines: string[] = [""];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += node.textContent ?? "";
    else if (node instanceof Element) {
      if (node.tagName === "BR") return void lines.push("");
      if (/^(STYLE|SCRIPT)$/.test(node.tagName)) return;
      const block = /^(P|DIV|LI|H[1-6])$/.test(node.tagName);
      if (block && lines[lines.length - 1].trim()) lines.push("");
      node.childNodes.forEach(walk);
      if (block) lines.push("");
    }
  };
  cell.childNodes.forEach(walk);
  return lines
    .map((l) => l.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

function fromHtml(html: string): PastedTable | undefined {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const table = doc.querySelector("table");
  if (!table) return undefined;
  const span = (v: string | null) => Math.max(1, Math.min(1000, Number.parseInt(v ?? "1", 10) || 1));
  const trs = [...table.querySelectorAll("tr")].filter((tr) => tr.closest("table") === table);
  const rows = trs.map((tr) =>
    [...tr.children]
      .filter((c) => c.tagName === "TD" || c.tagName === "TH")
      .map((c): PastedCell => ({
        text: cellText(c),
        colSpan: span(c.getAttribute("colspan")),
        rowSpan: span(c.getAttribute("rowspan")),
      })),
  );
  const inHead = trs.filter((tr) => tr.closest("thead")).length;
  // Without a header part: the first row, and the rows its merged cells reach down into.
  const first = Math.max(1, ...(rows[0] ?? []).map((c) => c.rowSpan));
  return { rows: rows.filter((r) => r.length), headerRows: clampHeader(inHead || first, rows.length) };
}

function fromTabs(text: string): PastedTable | undefined {
  if (!text.includes("\t")) return undefined;
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ""), { delimiter: "\t" });
  const rows = parsed.data
    .filter((r) => r.some((c) => c.trim()))
    .map((r) =>
      r.map((c): PastedCell => ({ text: c.replace(/\r\n?/g, "\n").trim(), colSpan: 1, rowSpan: 1 })),
    );
  if (!rows.every((r) => r.length >= 2)) return undefined;
  return { rows, headerRows: 1 };
}

const clampHeader = (n: number, rows: number) => Math.max(1, Math.min(n, rows - 1));

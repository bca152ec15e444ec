/** The bits of Markdown the generated pages of docs/ are written with. */

/** `text` as a code span, fenced past any backticks it holds. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain text (a help written for the terminal) made safe to read as Markdown: no emphasis, link, note or tag. */
export const plain = (text: string) => text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);

/** A table cell: its pipes escaped, its lines joined by `<br>`. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

/** A GitHub table; cells are Markdown already (use `code` for literal text). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

/** The first line of every generated page: where it comes from, and that it is not edited by hand. */
export const generatedNote = (sources: string) =>
  `<!-- Tệp này được sinh bằng \`npm run docs\` từ ${sources}; đừng sửa tay: sửa ở đó rồi chạy lại. -->`;

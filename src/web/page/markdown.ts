/**
 * The body editor: a text area for the Markdown subset vanthu reads, with buttons for bold,
 * italic, headings and footnotes, and a short cheat-sheet of the rules (docs/viet-yaml.md "Nội dung bằng
 * Markdown"). A table pasted from Excel or Word is written as a table (see table-text.ts), with
 * a notice that says so and can undo it.
 */
import type { FieldSpec } from "../spec";
import { textControl, type FormContext } from "./controls";
import type { Path } from "./data";
import { clipboardTable } from "./clipboard-table";
import { h } from "./dom";
import { isNumbered, nextHeadingNumber } from "./heading-number";
import { notify } from "./notice";
import { columnCount, tableText } from "./table-text";

const HEADINGS: [string, string][] = [
  ["#", "Phần (Phần I., Phần II.)"],
  ["##", "Mục I., II."],
  ["###", "Mục 1., 2."],
  ["####", "Mục 1.1., 1.2."],
  ["#####", "Mục a), b)"],
];

const CHEATS: [string, string][] = [
  ["Một dòng trống", "tách hai đoạn văn. Dòng bắt đầu bằng “1.”, “a)”, “- ”, “+ ”, “* ” luôn là đoạn mới."],
  ["**chữ đậm**, *chữ nghiêng*", "in đậm, in nghiêng; ***cả hai***."],
  ["Dòng kết thúc bằng \\", "xuống dòng trong cùng một đoạn."],
  [
    "## I. Tên mục",
    "đề mục: # Phần, ## I., ### 1., #### 1.1., ##### a). Nút “Đề mục…” điền sẵn số tiếp theo; số đã gõ được giữ nguyên.",
  ],
  ["…dân vận[^1]", "chú thích cuối trang; nội dung ghi ở dòng riêng: [^1]: Nội dung chú thích."],
  [
    "| Cột 1 | Cột 2 |",
    "bảng: mỗi hàng một dòng; hàng thứ hai là |---|---|; <br> để xuống dòng trong ô. Dán bảng từ Excel, Word: tự thành bảng.",
  ],
  ["[ngắt trang]", "một dòng chỉ có chữ này: sang trang mới."],
];

export function markdownControl(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLElement {
  const area = textControl(spec, path, ctx, id, true) as HTMLTextAreaElement;
  area.rows = 16;
  area.className = "markdown";
  const edited = () => {
    area.dispatchEvent(new Event("input", { bubbles: true }));
    area.focus();
  };
  const wrap = (mark: string) => {
    const { selectionStart: s, selectionEnd: e } = area;
    const inner = area.value.slice(s, e) || "chữ";
    area.setRangeText(`${mark}${inner}${mark}`, s, e, "end");
    area.setSelectionRange(s + mark.length, s + mark.length + inner.length);
    edited();
  };
  /** The caret's line becomes a heading of that level, numbered next in its level unless it has a number. */
  const heading = (marks: string) => {
    const start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    const old = /^#{1,6}[ \t]*/.exec(area.value.slice(start))?.[0] ?? "";
    const rest = area.value.slice(start + old.length).split("\n", 1)[0];
    const number = isNumbered(rest) ? "" : nextHeadingNumber(area.value.slice(0, start), marks.length);
    area.setRangeText(`${marks} ${number}`, start, start + old.length, "end");
    edited();
  };
  const footnote = () => {
    const n = Math.max(0, ...[...area.value.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))) + 1;
    area.setRangeText(`[^${n}]`, area.selectionEnd, area.selectionEnd, "end");
    const sep = area.value.endsWith("\n\n") ? "" : area.value.endsWith("\n") ? "\n" : "\n\n";
    area.value += `${sep}[^${n}]: `;
    area.setSelectionRange(area.value.length, area.value.length);
    edited();
  };
  // A table pasted from Excel or Word becomes a table of the body, not a paragraph full of tabs.
  area.addEventListener("paste", (e) => {
    const table = e.clipboardData && clipboardTable(e.clipboardData);
    if (!table) return;
    e.preventDefault();
    const before = area.value;
    const { selectionStart: s, selectionEnd: end } = area;
    const head = area.value.slice(0, s);
    const tail = area.value.slice(end);
    const lead = !head.trim() ? "" : head.endsWith("\n\n") ? "" : head.endsWith("\n") ? "\n" : "\n\n";
    const trail = tail.startsWith("\n\n") ? "" : tail.startsWith("\n") ? "\n" : "\n\n";
    const text = tableText(table);
    area.setRangeText(`${lead}${text}${trail}`, s, end, "end");
    area.setSelectionRange(
      s + lead.length + text.length + trail.length,
      s + lead.length + text.length + trail.length,
    );
    edited();
    const size = `${table.rows.length} hàng × ${columnCount(table)} cột`;
    const kind = text.startsWith("```bang")
      ? "một khối ```bang (bảng có ô gộp)"
      : "một bảng (hàng đầu là hàng tiêu đề)";
    notify(`Đã dán bảng ${size} thành ${kind} trong nội dung.`, "info", () => {
      area.value = before;
      edited();
    });
  });
  const button = (label: string, title: string, action: () => void) => {
    const b = h("button", { type: "button", className: "small", innerHTML: label, title });
    b.addEventListener("click", action);
    return b;
  };
  const headingSelect = h(
    "select",
    { className: "small", title: "Đề mục", attrs: { "aria-label": "Chèn đề mục" } },
    h("option", { value: "" }, "Đề mục…"),
    ...HEADINGS.map(([m, t]) => h("option", { value: m }, t)),
  );
  headingSelect.addEventListener("change", () => {
    if (headingSelect.value) heading(headingSelect.value);
    headingSelect.value = "";
  });
  const toolbar = h(
    "div",
    { className: "md-toolbar", attrs: { role: "toolbar", "aria-label": "Định dạng nội dung" } },
    button("<b>Đậm</b>", "In đậm chữ đang chọn (**…**)", () => wrap("**")),
    button("<i>Nghiêng</i>", "In nghiêng chữ đang chọn (*…*)", () => wrap("*")),
    headingSelect,
    button("Chú thích¹", "Chèn chú thích cuối trang tại con trỏ", footnote),
  );
  const cheats = h(
    "details",
    { className: "cheats" },
    h("summary", {}, "Cách viết nội dung"),
    h("dl", {}, ...CHEATS.flatMap(([k, v]) => [h("dt", {}, h("code", {}, k)), h("dd", {}, v)])),
  );
  return h("div", { className: "md" }, toolbar, area, cheats);
}

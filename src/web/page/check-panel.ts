/**
 * "Kiểm tra tệp Word…": the findings of `vanthu check` on a chosen .docx, beside the page. The
 * panel draws the document's paragraphs as read (numbered as the findings number them, a table's
 * cells side by side, a new page marked) and, on the same row, each finding about that paragraph:
 * the part, the Vietnamese message and the code. Findings about no paragraph (the page set-up, a
 * part that cannot be found) come first, under their own headings.
 */
import type { Diagnostic } from "../../diagnostic";
import type { CheckViewAnswer, ViewParagraph } from "../spec";
import { byId, h } from "./dom";

/** The parts of a document by the YAML field that names them in a finding's path. */
const PARTS: Record<string, string> = {
  trang: "Trang (khổ giấy, lề, số trang)",
  tieu_de: "Tiêu đề, quốc hiệu",
  co_quan: "Cơ quan ban hành",
  so: "Số, ký hiệu",
  ngay: "Địa danh, ngày tháng",
  do_mat: "Độ mật",
  do_khan: "Độ khẩn",
  ten_loai: "Tên loại văn bản",
  trich_yeu: "Trích yếu",
  kinh_gui: "Kính gửi",
  can_cu: "Căn cứ",
  noi_dung: "Nội dung",
  noi_nhan: "Nơi nhận",
  nguoi_ky: "Người ký",
  phu_luc: "Phụ lục",
  kem_theo: "Văn bản kèm theo",
};

/** "Số, ký hiệu", or "Văn bản kèm theo 1 — Người ký", for a finding's path. */
export function partLabel(path: string | undefined): string {
  if (!path) return "Cả văn bản";
  const enclosed = /^kem_theo\.(\d+)\.(.+)$/.exec(path);
  const top = (enclosed ? enclosed[2] : path).split(".")[0];
  const name = PARTS[top] ?? top;
  return enclosed ? `${PARTS.kem_theo} ${Number(enclosed[1]) + 1} — ${name}` : name;
}

const severityName = (d: Diagnostic) => (d.severity === "error" ? "Lỗi" : "Cảnh báo");

/** One finding as a card: "Lỗi · Số, ký hiệu · đoạn 7 «Số: 12/UBND-VX»", the message, the code. */
function card(d: Diagnostic): HTMLElement {
  return h(
    "div",
    { className: `finding ${d.severity}`, dataset: { code: d.code, paragraph: String(d.paragraph ?? "") } },
    h(
      "div",
      { className: "finding-head" },
      h("strong", {}, severityName(d)),
      ` · ${partLabel(d.path)}`,
      d.paragraph !== undefined &&
        h("span", { className: "where" }, ` · đoạn ${d.paragraph}${d.excerpt ? ` «${d.excerpt}»` : ""}`),
    ),
    h("p", { className: "finding-message" }, capitalise(d.message)),
    h("code", { className: "finding-code", title: "mã lỗi (xem bảng mã lỗi trong hướng dẫn)" }, d.code),
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** A length in mm kept within what the sheet can show (a hanging indent no wider than the left one). */
const mm = (n: number, min = 0) => Math.max(min, Math.min(n, 80));

/** A paragraph drawn as read: its text in its alignment, size and emphasis. */
function paragraphView(p: ViewParagraph, flagged: boolean): HTMLElement {
  const pieces = p.text.split("\t");
  const tabbed = pieces.length > 1;
  const style = [
    `text-align:${p.align}`,
    `font-size:${Math.max(8, Math.min(p.size || 13, 26)) * 0.95}pt`,
    p.bold ? "font-weight:bold" : "",
    p.italic ? "font-style:italic" : "",
    p.underline ? "text-decoration:underline" : "",
    // Indents as padding, so that the paragraph's number stays in the margin; a rule drawn under
    // an empty paragraph (a border) is as wide as its indents leave it, so those take margins.
    // A paragraph on tab stops is drawn as a row of pieces: its first line's start is its start.
    p.indent !== 0 && p.align !== "center" && !tabbed
      ? `text-indent:calc(var(--mm) * ${mm(p.indent, -p.left)})`
      : "",
    p.left > 0
      ? `${p.ruled ? "margin" : "padding"}-left:calc(var(--mm) * ${mm(tabbed ? p.left + Math.min(0, p.indent) : p.left)})`
      : "",
    p.right > 0 ? `${p.ruled ? "margin" : "padding"}-right:calc(var(--mm) * ${mm(p.right)})` : "",
  ]
    .filter(Boolean)
    .join(";");
  return h(
    "div",
    {
      className: `para${flagged ? " flagged" : ""}${p.ruled ? " ruled" : ""}${p.text.trim() ? "" : " empty"}`,
      dataset: { n: String(p.n), ...(p.part && { part: p.part }) },
      attrs: { style, title: p.label ? `đoạn ${p.n}: ${p.label}` : `đoạn ${p.n}` },
    },
    h("span", { className: "para-no", attrs: { "aria-label": `đoạn ${p.n}` } }, String(p.n)),
    pieces.length > 1
      ? // A header laid out with tab stops spreads across the line; "Kính gửi:<tab>…" keeps a gap.
        h(
          "span",
          { className: `tabbed${/:\s*$/.test(pieces[0]) ? "" : " spread"}` },
          ...pieces.map((t) => h("span", {}, t)),
        )
      : h("span", { className: "para-text" }, p.text || "\u00a0"),
  );
}

/** The paragraphs in rows: one per paragraph, one per table row (its cells side by side). */
function rowsOf(paragraphs: ViewParagraph[]): ViewParagraph[][] {
  const rows: ViewParagraph[][] = [];
  let key = "";
  for (const p of paragraphs) {
    const k = p.cell ? `${p.cell.table}:${p.cell.row}` : "";
    if (k && k === key) rows[rows.length - 1].push(p);
    else rows.push([p]);
    key = k;
  }
  return rows;
}

function row(ps: ViewParagraph[], byParagraph: Map<number, Diagnostic[]>): HTMLElement {
  const found = ps.flatMap((p) => byParagraph.get(p.n) ?? []);
  const worst = found.some((d) => d.severity === "error") ? "has-error" : found.length ? "has-warning" : "";
  const cols = new Map<number, ViewParagraph[]>();
  for (const p of ps) cols.set(p.cell?.col ?? 0, [...(cols.get(p.cell?.col ?? 0) ?? []), p]);
  const flagged = (p: ViewParagraph) => byParagraph.has(p.n);
  const sheet =
    ps[0].cell && cols.size > 1
      ? h(
          "div",
          { className: "cells" },
          ...[...cols.values()].map((c) =>
            h("div", { className: "cell" }, ...c.map((p) => paragraphView(p, flagged(p)))),
          ),
        )
      : h("div", {}, ...ps.map((p) => paragraphView(p, flagged(p))));
  return h(
    "div",
    {
      className: `check-row ${worst}${ps[0].newPage ? " new-page" : ""}`,
      dataset: { paragraphs: ps.map((p) => p.n).join(" ") },
    },
    h("div", { className: "sheet" }, sheet),
    h("div", { className: "notes" }, ...found.map(card)),
  );
}

/** Show the panel for a checked document (replacing what it showed before). */
export function showCheckPanel(answer: CheckViewAnswer): void {
  const dialog = byId<HTMLDialogElement>("kiem-tra");
  const shown = new Set(answer.paragraphs.map((p) => p.n));
  const byParagraph = new Map<number, Diagnostic[]>();
  const missing: Diagnostic[] = [];
  const whole: Diagnostic[] = [];
  for (const d of answer.diagnostics) {
    if (d.paragraph !== undefined && shown.has(d.paragraph))
      byParagraph.set(d.paragraph, [...(byParagraph.get(d.paragraph) ?? []), d]);
    else if (d.code === "PART_MISSING") missing.push(d);
    else whole.push(d);
  }
  const errors = answer.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = answer.diagnostics.length - errors;
  const judged = [answer.profileName ?? answer.the_thuc, answer.kindName ?? answer.loai]
    .filter(Boolean)
    .join(" · ");
  const verdict = !answer.diagnostics.length
    ? h("p", { className: "verdict ok" }, "Không có lỗi thể thức: văn bản đúng thể thức.")
    : h(
        "p",
        { className: `verdict ${errors ? "bad" : "warn"}` },
        `${errors} lỗi, ${warnings} cảnh báo`,
        byParagraph.size ? ` — ghi bên phải đoạn văn có lỗi (${byParagraph.size} đoạn)` : "",
        ".",
      );
  const only = h("input", { type: "checkbox", id: "kiem-tra-chi-loi" });
  const rows = h(
    "div",
    { className: "check-rows" },
    ...rowsOf(answer.paragraphs).map((ps) => row(ps, byParagraph)),
  );
  only.addEventListener("change", () => rows.classList.toggle("only-flagged", only.checked));
  const section = (title: string, list: Diagnostic[], kind: string) =>
    list.length > 0 &&
    h(
      "section",
      { className: `check-whole ${kind}` },
      h("h3", {}, `${title} (${list.length})`),
      ...list.map(card),
    );
  dialog.replaceChildren(
    h(
      "header",
      { className: "check-head" },
      h(
        "div",
        {},
        h("h2", {}, `Kiểm tra thể thức: ${answer.file}`),
        h("p", { className: "judged" }, judged ? `Kiểm tra theo: ${judged}` : ""),
        verdict,
      ),
      h(
        "div",
        { className: "check-tools" },
        byParagraph.size > 0 && h("label", {}, only, " Chỉ hiện các đoạn có lỗi, cảnh báo"),
        h("form", { method: "dialog" }, h("button", { className: "primary", textContent: "Đóng" })),
      ),
    ),
    h(
      "div",
      { className: "check-body" },
      section("Phần không tìm thấy trong văn bản", missing, "missing") || "",
      section("Trang và cả văn bản", whole, "whole") || "",
      h(
        "div",
        { className: "check-columns", attrs: { "aria-hidden": "true" } },
        h("span", {}, "Văn bản như vanthu đọc được (số bên trái là số đoạn)"),
        h("span", {}, "Lỗi và cảnh báo của đoạn"),
      ),
      rows,
    ),
  );
  if (!dialog.open) dialog.showModal();
  dialog.querySelector(".check-body")?.scrollTo(0, 0);
}

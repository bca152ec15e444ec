/**
 * Diagnostics on the page: each beside the field its path names (the deepest field on the
 * page that the path reaches), and all of them in a summary above the form whose entries jump
 * to their field. A field's message waits until the field has been edited, unless `showAll`.
 */
import type { Diagnostic } from "../../diagnostic";
import type { Path } from "./data";
import { controlId, h } from "./dom";

export interface MessageState {
  /** Paths the user has edited. */
  touched: Set<string>;
  /** Show every message, edited or not (a loaded document, a download attempt). */
  showAll: boolean;
  /** Where a field the form does not know is in the document (undefined: not found, or ambiguous). */
  locate(path: string): Path | undefined;
  /** Remove a field the form does not know (offered for UNKNOWN_FIELD, when `locate` finds it). */
  remove(path: Path): void;
}

const segments = (p: string) => (p ? p.split(".") : []);
const within = (a: string[], b: string[]) => a.every((s, i) => b[i] === s);

/** The element marked with the deepest path that `path` starts with. */
function fieldFor(form: HTMLElement, path: string): HTMLElement | undefined {
  const segs = segments(path);
  for (let n = segs.length; n > 0; n--) {
    const el = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(segs.slice(0, n).join("."))}"]`);
    if (el) return el;
  }
  return undefined;
}

export function showDiagnostics(
  form: HTMLElement,
  summary: HTMLElement,
  diagnostics: Diagnostic[],
  state: MessageState,
): void {
  for (const el of form.querySelectorAll<HTMLElement>(".has-error, .has-warning"))
    el.classList.remove("has-error", "has-warning");
  for (const el of form.querySelectorAll<HTMLElement>("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const el of form.querySelectorAll<HTMLElement>(".msg")) {
    el.hidden = true;
    el.replaceChildren();
  }

  const entries = diagnostics.map((d) => {
    const field = d.path !== undefined ? fieldFor(form, d.path) : undefined;
    const segs = segments(d.path ?? "");
    const shown =
      state.showAll ||
      !field ||
      [...state.touched].some((t) => within(segments(t), segs) || within(segs, segments(t)));
    if (field && shown) place(field, d);
    return { d, field, shown };
  });

  if (!diagnostics.length) {
    summary.className = "summary ok";
    summary.replaceChildren(h("p", {}, "✓ Văn bản hợp lệ: có thể tải tệp .docx."));
    return;
  }
  const shown = entries.filter((e) => e.shown);
  const waiting = entries.length - shown.length;
  if (!shown.length) {
    summary.className = "summary todo";
    summary.replaceChildren(h("p", {}, `Điền các ô có dấu * để tạo văn bản (còn ${waiting} mục).`));
    return;
  }
  const errors = shown.filter((e) => e.d.severity === "error").length;
  const warnings = shown.length - errors;
  const counts = [errors && `${errors} lỗi`, warnings && `${warnings} cảnh báo`].filter(Boolean).join(" và ");
  summary.className = `summary ${errors || waiting ? "error" : "warning"}`;
  summary.replaceChildren(
    h("p", {}, errors || waiting ? `Còn ${counts} — văn bản chưa tạo được:` : `Có ${counts}:`),
    h(
      "ul",
      {},
      ...shown.map(({ d, field }) =>
        h(
          "li",
          { className: d.severity },
          link(d, field),
          d.code === "UNKNOWN_FIELD" && d.path ? removeButton(d.path, state) : null,
        ),
      ),
      waiting ? h("li", { className: "todo" }, `và ${waiting} ô bắt buộc chưa điền`) : null,
    ),
  );
}

function place(field: HTMLElement, d: Diagnostic) {
  const msg = field.querySelector<HTMLElement>(":scope > .msg");
  if (!msg) return;
  msg.hidden = false;
  msg.append(
    h("span", { className: d.severity }, `${d.severity === "warning" ? "Cảnh báo: " : ""}${d.message}`),
  );
  field.classList.add(d.severity === "error" ? "has-error" : "has-warning");
  if (d.severity === "error")
    field
      .querySelector(`#${CSS.escape(controlId(field.dataset.path!))}`)
      ?.setAttribute("aria-invalid", "true");
}

/**
 * What the page calls a field: its label; a list's row is "Nơi nhận, dòng 4"; a part of a
 * field without a label of its own takes the label of the field around it.
 */
export function fieldName(field: HTMLElement): string | undefined {
  const own = field.querySelector(":scope > label, :scope > legend, :scope > .label")?.textContent;
  if (own) return own.replace(/\s*\*$/, "");
  const outer = field.parentElement?.closest<HTMLElement>("[data-path]");
  const name = outer ? fieldName(outer) : undefined;
  if (field.matches("li.row") && field.parentElement) {
    const n = [...field.parentElement.children].indexOf(field) + 1;
    return name ? `${name}, dòng ${n}` : `Dòng ${n}`;
  }
  return name;
}

/** A summary entry: the field's label and the message; a click moves to the field. */
function link(d: Diagnostic, field: HTMLElement | undefined): HTMLElement {
  const label = field && fieldName(field);
  const text = `${label ? `${label}: ` : d.path && !field ? `${d.path}: ` : ""}${d.message}`;
  if (!field) return h("span", {}, text);
  const a = h("a", { href: `#${controlId(field.dataset.path!)}`, textContent: text });
  a.addEventListener("click", (e) => {
    e.preventDefault();
    field.scrollIntoView({ block: "center", behavior: "smooth" });
    field.querySelector<HTMLElement>("input,textarea,select")?.focus({ preventScroll: true });
  });
  return a;
}

/** "Xóa trường này": the only way to drop, on the form, a field it has no control for. */
function removeButton(path: string, state: MessageState): HTMLElement | null {
  const at = state.locate(path);
  if (!at) return null;
  const b = h("button", {
    type: "button",
    className: "small",
    textContent: "Xóa trường này",
    title: `Xóa trường ${path} khỏi văn bản`,
  });
  b.addEventListener("click", () => state.remove(at));
  return b;
}

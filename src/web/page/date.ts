/**
 * The date field: a text line (YYYY-MM-DD, a year alone, or empty for a draft, exactly as the
 * YAML takes it, so an impossible date is shown and reported rather than silently refused)
 * with a calendar button and a "today" button beside it.
 */
import type { FieldSpec } from "../spec";
import { textControl, type FormContext } from "./controls";
import type { Path } from "./data";
import { h } from "./dom";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function dateControl(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLElement {
  const text = textControl(spec, path, ctx, id, false) as HTMLInputElement;
  text.placeholder = "YYYY-MM-DD";
  text.className = "date-text";
  const picker = h("input", {
    type: "date",
    className: "date-picker",
    tabIndex: -1,
    attrs: { "aria-hidden": "true" },
  });
  const sync = () => (picker.value = ISO.test(text.value) ? text.value : "");
  const set = (value: string) => {
    text.value = value;
    text.dispatchEvent(new Event("input", { bubbles: true }));
    sync();
  };
  text.addEventListener("input", sync);
  picker.addEventListener("change", () => picker.value && set(picker.value));
  sync();
  const calendar = h("button", {
    type: "button",
    className: "small",
    textContent: "Lịch…",
    title: "Chọn ngày trên lịch",
  });
  calendar.addEventListener("click", () => {
    try {
      picker.showPicker();
    } catch {
      picker.focus();
    }
  });
  const today = h("button", {
    type: "button",
    className: "small",
    textContent: "Hôm nay",
    title: "Điền ngày hôm nay",
  });
  today.addEventListener("click", () => {
    const d = new Date();
    set(
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
    );
  });
  return h(
    "div",
    { className: "date-row" },
    text,
    h("span", { className: "picker-anchor" }, calendar, picker),
    today,
  );
}

/**
 * The date field: a text line that shows and takes the date as people write it (10/03/2025;
 * also 10-03-2025, 10.03.2025, 2025-03-10), a year alone for a draft, or nothing; the document
 * holds ISO (see date-text.ts). Text that is no date is kept as typed, so an impossible date is
 * shown and reported rather than silently refused. A calendar button and a "today" button sit
 * beside it.
 */
import { calendarDateOf } from "../../schema/date";
import { writtenDate } from "../../template/format";
import type { FieldSpec } from "../spec";
import type { FormContext } from "./controls";
import { getAt, setAt, type Path } from "./data";
import { isoOf, shownDate, storedDate } from "./date-text";
import { h } from "./dom";

export function dateControl(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLElement {
  const text = h("input", {
    id,
    type: "text",
    autocomplete: "off",
    className: "date-text",
    placeholder: "ngày/tháng/năm",
    inputMode: "numeric",
  });
  text.value = shownDate(getAt(ctx.data, path));
  const picker = h("input", {
    type: "date",
    className: "date-picker",
    tabIndex: -1,
    attrs: { "aria-hidden": "true" },
  });
  const sync = () => (picker.value = isoOf(text.value) ?? "");
  const store = () => {
    setAt(ctx.data, path, storedDate(text.value, spec.required));
    sync();
    ctx.changed(path);
  };
  text.addEventListener("input", store);
  // Once typed, a date is shown the way the form writes dates (2025-3-10 → 10/03/2025).
  text.addEventListener("change", () => {
    const iso = isoOf(text.value);
    if (iso) text.value = shownDate(iso);
  });
  const set = (iso: string) => {
    text.value = shownDate(iso);
    store();
  };
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
    set(writtenDate({ kind: "date", date: calendarDateOf(new Date()) }));
  });
  return h(
    "div",
    { className: "date-row" },
    text,
    h("span", { className: "picker-anchor" }, calendar, picker),
    today,
  );
}

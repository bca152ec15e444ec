/**
 * The simple controls: a text line, a text area, a checkbox, a list of choices. Each writes
 * its value into the document at its path on every keystroke and reports the change.
 */
import type { FieldSpec } from "../spec";
import { getAt, setAt, type Data, type Path } from "./data";
import { h } from "./dom";

/** A field's view; `bare` leaves out the label, help and message place. */
export type FieldView = (spec: FieldSpec, path: Path, ctx: FormContext, bare?: boolean) => HTMLElement;

export interface FormContext {
  data: Data;
  /** Called after every edit, with the path that changed. */
  changed(path: Path): void;
  /** Field paths the profile does not print: not shown while they hold nothing. */
  unused?: readonly string[];
  /** The profile's own help for some fields, by field path. */
  hints?: Readonly<Record<string, string>>;
  /** The view of any field (form.ts's fieldView), so a list or a union can hold fields of every kind. */
  view: FieldView;
}

/**
 * Form text → the value the YAML would hold: empty optional fields are left out, digits of a numeric field
 * become a number.
 */
export function fromText(text: string, spec: FieldSpec): unknown {
  if (text === "") return spec.required ? "" : undefined;
  if (spec.numeric && /^[1-9]\d{0,14}$/.test(text)) return Number(text);
  return text;
}

/**
 * A text field. A value holding a line break always gets a text area (a one-line box would
 * drop the break and glue the words on both sides); a text area grows with its lines.
 */
export function textControl(
  spec: FieldSpec,
  path: Path,
  ctx: FormContext,
  id: string,
  multiline = spec.widget === "textarea",
): HTMLInputElement | HTMLTextAreaElement {
  const v = getAt(ctx.data, path);
  const value = v === undefined || v === null ? "" : String(v);
  const el =
    multiline || value.includes("\n")
      ? h("textarea", { id, rows: 2, className: "lines" })
      : h("input", { id, type: "text", autocomplete: "off" });
  el.value = value;
  if (spec.numeric) el.inputMode = "numeric";
  const fit = () => {
    if (el instanceof HTMLTextAreaElement && el.classList.contains("lines"))
      el.rows = Math.max(2, Math.min(8, el.value.split("\n").length));
  };
  fit();
  el.addEventListener("input", () => {
    fit();
    setAt(ctx.data, path, fromText(el.value, spec));
    ctx.changed(path);
  });
  return el;
}

export function checkboxControl(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLInputElement {
  const el = h("input", { id, type: "checkbox", checked: getAt(ctx.data, path) === true });
  el.addEventListener("change", () => {
    setAt(ctx.data, path, el.checked ? true : spec.required ? false : undefined);
    ctx.changed(path);
  });
  return el;
}

export function selectControl(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLSelectElement {
  const el = h(
    "select",
    { id },
    h("option", { value: "" }, spec.required ? "— chọn —" : "— không —"),
    ...(spec.options ?? []).map((o) => h("option", { value: o.value }, o.label)),
  );
  el.value = String(getAt(ctx.data, path) ?? "");
  el.addEventListener("change", () => {
    setAt(ctx.data, path, el.value === "" ? undefined : el.value);
    ctx.changed(path);
  });
  return el;
}

/**
 * The form, generated from the kind's field descriptions (FieldSpec, built on the server from
 * the zod schema): one labelled control per field with its help and a place for its messages,
 * each marked with its field path (`data-path`) so diagnostics land beside it. Optional fields
 * outside the main form are folded under "Các mục khác".
 */
import type { FieldSpec } from "../spec";
import { checkboxControl, selectControl, textControl, type FormContext } from "./controls";
import { getAt, pathKey, type Path } from "./data";
import { dateControl } from "./date";
import { controlId, h } from "./dom";
import { message, required } from "./labels";
import { listField } from "./list";
import { markdownControl } from "./markdown";
import { rawField } from "./raw";
import { unionField } from "./union";

export function renderForm(container: HTMLElement, fields: FieldSpec[], ctx: FormContext): void {
  const shown = fields.filter((f) => wanted([f.key], ctx));
  const main = shown.filter((f) => !f.more);
  const more = shown.filter((f) => f.more);
  const views = main.map((f) => fieldView(f, [f.key], ctx));
  if (more.length) {
    const open = more.some((f) => getAt(ctx.data, [f.key]) !== undefined);
    const hint = h("p", { className: "help" }, `${more.map((f) => f.label).join(", ")}.`);
    views.push(
      h(
        "details",
        { className: "more", open },
        h("summary", {}, "Các mục khác (không bắt buộc)"),
        hint,
        ...more.map((f) => fieldView(f, [f.key], ctx)),
      ),
    );
  }
  container.replaceChildren(...views);
}

/** A field's view; `bare` leaves out the label, help and message place (a shape inside a union field). */
export function fieldView(spec: FieldSpec, path: Path, ctx: FormContext, bare = false): HTMLElement {
  const key = pathKey(path);
  if (spec.widget === "group") {
    const inner = (spec.fields ?? [])
      .filter((f) => wanted([...path, f.key], ctx))
      .map((f) => fieldView(f, [...path, f.key], ctx));
    if (bare) return h("div", { className: "group-body" }, ...inner);
    return h(
      "fieldset",
      { className: "group", dataset: { path: key } },
      h("legend", {}, spec.label, required(spec)),
      message(key),
      ...inner,
    );
  }
  if (spec.widget === "list") return listField(spec, path, ctx, bare);
  const id = controlId(key);
  const control = controlFor(spec, path, ctx, id, bare);
  const input = control.matches("input,textarea,select")
    ? control
    : (control.querySelector<HTMLElement>(`[id="${id}"]`) ??
      control.querySelector<HTMLElement>("input,textarea,select,[tabindex]") ??
      control);
  if (bare) {
    input.setAttribute("aria-label", spec.label);
    return control;
  }
  const help = ctx.hints?.[key] ?? spec.help;
  input.setAttribute("aria-describedby", `${help ? `h-${key} ` : ""}m-${key}`);
  return h(
    "div",
    { className: `field ${spec.widget}`, dataset: { path: key } },
    h("label", { htmlFor: id }, spec.label, required(spec)),
    help ? h("p", { className: "help", id: `h-${key}` }, help) : null,
    control,
    message(key),
  );
}

function controlFor(spec: FieldSpec, path: Path, ctx: FormContext, id: string, bare: boolean): HTMLElement {
  switch (spec.widget) {
    case "date":
      return dateControl(spec, path, ctx, id);
    case "markdown":
      return markdownControl(spec, path, ctx, id);
    case "checkbox":
      return checkboxControl(spec, path, ctx, id);
    case "select":
      return selectControl(spec, path, ctx, id);
    case "union":
      return unionField(spec, path, ctx, id, bare);
    case "raw":
      return rawField(spec, path, ctx, id);
    default:
      return textControl(spec, path, ctx, id);
  }
}

/** A field the profile prints, or one that holds a value (never hidden with something in it). */
const wanted = (path: Path, ctx: FormContext) =>
  !ctx.unused?.includes(pathKey(path)) || getAt(ctx.data, path) !== undefined;

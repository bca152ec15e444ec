/**
 * A field whose value may take several shapes (a recipient line or a group of recipients;
 * one signer or several): a choice of shape, then that shape's control. Switching keeps what
 * can be kept (one signer becomes the first of a list, and back). As a list item (`bare`),
 * the item's own shape, without a choice.
 */
import type { FieldSpec } from "../spec";
import type { FormContext } from "./controls";
import { getAt, setAt, type Path } from "./data";
import { h } from "./dom";

/** The variant that fits a value's shape (the first one for an empty value). */
function variantOf(variants: FieldSpec[], value: unknown): number {
  const fits = (v: FieldSpec) =>
    Array.isArray(value)
      ? v.widget === "list"
      : value && typeof value === "object"
        ? v.widget === "group" || v.widget === "union"
        : typeof value === "boolean"
          ? v.widget === "checkbox"
          : typeof value === "number"
            ? !!v.numeric
            : v.widget !== "group" && v.widget !== "list" && v.widget !== "checkbox";
  const i = variants.findIndex(fits);
  return i >= 0 ? i : 0;
}

/** The value carried over to another shape. */
function convert(value: unknown, to: FieldSpec): unknown {
  if (to.widget === "list")
    return Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value];
  const first = Array.isArray(value) ? value[0] : value;
  if (to.widget === "group") return first && typeof first === "object" ? first : {};
  if (to.widget === "checkbox") return true;
  return typeof first === "string" || typeof first === "number" ? first : to.required ? "" : undefined;
}

export function unionField(
  spec: FieldSpec,
  path: Path,
  ctx: FormContext,
  id: string,
  bare = false,
): HTMLElement {
  const variants = spec.variants ?? [];
  let active = variantOf(variants, getAt(ctx.data, path));
  const body = h("div", { className: "variant" });
  const draw = () =>
    body.replaceChildren(ctx.view({ ...variants[active], label: spec.label, help: "" }, path, ctx, true));
  const choose = h(
    "select",
    {
      id: `${id}~shape`,
      className: "small shape",
      title: `Dạng của ${spec.label || "dòng này"}`,
      attrs: { "aria-label": `Dạng của ${spec.label || "dòng này"}` },
    },
    ...variants.map((v, i) => h("option", { value: String(i) }, v.label)),
  );
  if (!spec.required) choose.prepend(h("option", { value: "" }, "— không có —"));
  const empty = !spec.required && getAt(ctx.data, path) === undefined;
  choose.value = empty ? "" : String(active);
  choose.addEventListener("change", () => {
    if (choose.value === "") {
      setAt(ctx.data, path, undefined);
      body.replaceChildren();
    } else {
      active = Number(choose.value);
      setAt(ctx.data, path, convert(getAt(ctx.data, path), variants[active]));
      draw();
    }
    ctx.changed(path);
  });
  if (!empty || bare) draw();
  // In a list row the shape is fixed (each shape has its own "add" button under the list).
  if (bare) return h("div", { className: "shapes in-row" }, body);
  return h("div", { className: "shapes" }, choose, body);
}

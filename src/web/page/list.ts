/**
 * A list field (kính gửi, nơi nhận…): numbered rows that can be added, removed and moved up or
 * down. Each row is a text line, or a group of fields when the list holds tables of fields.
 * A required list always shows at least one row.
 */
import type { FieldSpec } from "../spec";
import type { FormContext } from "./controls";
import { textControl } from "./controls";
import { getAt, pathKey, setAt, type Path } from "./data";
import { controlId, h } from "./dom";
import { message, required } from "./labels";
import { unionField } from "./union";

/** `bare`: no label, help or message place (the list is one shape of a union field). */
/** What a new item of a shape holds. */
const emptyOf = (shape: FieldSpec): unknown =>
  shape.widget === "group" ? {} : shape.widget === "list" ? [] : "";

export function listField(spec: FieldSpec, path: Path, ctx: FormContext, bare = false): HTMLElement {
  const key = pathKey(path);
  const item = spec.item!;
  const rows = h("ol", { className: "rows" });
  const items = () => {
    const v = getAt(ctx.data, path);
    return Array.isArray(v) ? [...(v as unknown[])] : [];
  };
  const commit = (list: unknown[], focus?: [number, string]) => {
    setAt(ctx.data, path, list.length || spec.required ? list : undefined);
    draw(focus);
    ctx.changed(path);
  };

  const button = (text: string, label: string, disabled: boolean, action: () => void, role: string) => {
    const b = h("button", {
      type: "button",
      className: `icon ${role}`,
      textContent: text,
      title: label,
      disabled,
      attrs: { "aria-label": label },
    });
    b.addEventListener("click", action);
    return b;
  };

  const row = (i: number, count: number) => {
    const itemPath = [...path, i];
    const itemKey = pathKey(itemPath);
    const n = i + 1;
    const itemLabel = `${spec.label}, dòng ${n}`;
    let content: HTMLElement;
    if (item.widget === "group")
      content = ctx.view({ ...item, label: `${item.label || spec.label} ${n}` }, itemPath, ctx);
    else if (item.widget === "text" || item.widget === "textarea") {
      content = textControl(item, itemPath, ctx, controlId(itemKey));
      content.setAttribute("aria-label", itemLabel);
      content.setAttribute("aria-describedby", `m-${itemKey}`);
    } else if (item.widget === "union")
      content = unionField({ ...item, label: itemLabel }, itemPath, ctx, controlId(itemKey), true);
    else content = ctx.view({ ...item, label: itemLabel }, itemPath, ctx, true);
    const move = (to: number, role: string) => () => {
      const list = items();
      [list[i], list[to]] = [list[to], list[i]];
      commit(list, [to, role]);
    };
    const remove = () => {
      const list = items();
      list.splice(i, 1);
      commit(list, [Math.min(i, Math.max(list.length, 1) - 1), "input"]);
    };
    const li = h(
      "li",
      { className: "row", dataset: { path: itemKey } },
      h(
        "div",
        { className: "row-line" },
        content,
        button("↑", `Đưa dòng ${n} lên`, i === 0, move(i - 1, "up"), "up"),
        button("↓", `Đưa dòng ${n} xuống`, i >= count - 1, move(i + 1, "down"), "down"),
        button("✕", `Xóa dòng ${n}`, count <= 1 && spec.required, remove, "remove"),
      ),
      message(itemKey),
    );
    // Enter in a one-line row adds a row below it, as in a list on paper.
    li.addEventListener("keydown", (e) => {
      const target = e.target as HTMLElement;
      if (e.key !== "Enter" || e.shiftKey || e.isComposing) return;
      if (!(target instanceof HTMLInputElement) || target.id !== controlId(itemKey)) return;
      e.preventDefault();
      const list = items();
      while (list.length < count) list.push(emptyOf(item.variants?.[0] ?? item));
      list.splice(i + 1, 0, emptyOf(item.variants?.[0] ?? item));
      commit(list, [i + 1, "input"]);
    });
    return li;
  };

  function draw(focus?: [number, string]) {
    const list = items();
    const count = Math.max(list.length, spec.required ? 1 : 0);
    rows.replaceChildren(...Array.from({ length: count }, (_, i) => row(i, count)));
    if (focus) {
      const li = rows.children[focus[0]];
      const target =
        li?.querySelector<HTMLElement>(
          focus[1] === "input" ? "input,textarea,select" : `button.${focus[1]}:not([disabled])`,
        ) ?? li?.querySelector<HTMLElement>("input,textarea");
      target?.focus();
    }
  }

  /** One "add" button per shape an item may take ("+ Thêm dòng", "+ Thêm nhóm nơi nhận"). */
  const addButton = (shape: FieldSpec, text: string) => {
    const b = h("button", { type: "button", className: "small add", textContent: text });
    b.addEventListener("click", () => {
      const list = items();
      while (list.length < (spec.required ? 1 : 0)) list.push(emptyOf(item.variants?.[0] ?? item));
      list.push(emptyOf(shape));
      commit(list, [list.length - 1, "input"]);
    });
    return b;
  };
  const shapes = item.widget === "union" ? (item.variants ?? []) : [item];
  const adds = h(
    "div",
    { className: "adds" },
    ...shapes.map((v, i) =>
      addButton(
        v,
        i === 0 ? "+ Thêm dòng" : `+ Thêm ${v.label.replace(/^Một /, "").toLocaleLowerCase("vi")}`,
      ),
    ),
  );
  draw();
  if (bare) return h("div", { className: "list bare" }, rows, adds);
  return h(
    "div",
    {
      className: "field list",
      dataset: { path: key },
      attrs: { role: "group", "aria-labelledby": `l-${key}` },
    },
    h("span", { className: "label", id: `l-${key}` }, spec.label, required(spec)),
    (ctx.hints?.[key] ?? spec.help) ? h("p", { className: "help" }, ctx.hints?.[key] ?? spec.help) : null,
    rows,
    message(key),
    adds,
  );
}

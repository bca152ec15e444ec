/**
 * A value the form cannot edit (whole enclosed documents): kept exactly as it is in the
 * draft, in the YAML download and in the rendering; the page says how many there are and
 * that they are edited in the YAML file.
 */
import type { FieldSpec } from "../spec";
import type { FormContext } from "./controls";
import { getAt, setAt, type Path } from "./data";
import { h } from "./dom";

export function rawField(spec: FieldSpec, path: Path, ctx: FormContext, id: string): HTMLElement {
  const value = getAt(ctx.data, path);
  const count = Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
  const text = count
    ? `Có ${count} mục; phần này chỉ sửa được trong tệp YAML (Tải YAML, sửa, rồi Mở tệp YAML). Biểu mẫu giữ nguyên nội dung này.`
    : "Chưa có; phần này chỉ thêm được trong tệp YAML (Tải YAML, thêm, rồi Mở tệp YAML).";
  const remove = h("button", {
    type: "button",
    className: "small",
    textContent: "Bỏ phần này",
    hidden: !count,
  });
  remove.addEventListener("click", () => {
    setAt(ctx.data, path, undefined);
    remove.hidden = true;
    note.textContent = "Đã bỏ.";
    ctx.changed(path);
  });
  const note = h("span", { id, tabIndex: -1 }, text);
  return h("div", { className: "raw-control" }, note, remove);
}

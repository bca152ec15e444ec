/** A short message under the toolbar ("Đã tạo từ mẫu …"), optionally with an undo button. */
import { byId, h } from "./dom";

let timer: ReturnType<typeof setTimeout> | undefined;

export function notify(text: string, kind: "info" | "error" = "info", undo?: () => void): void {
  const box = byId("notice");
  clearTimeout(timer);
  const close = () => {
    box.hidden = true;
    box.replaceChildren();
  };
  const undoButton = undo && h("button", { type: "button", className: "small", textContent: "Hoàn tác" });
  undoButton?.addEventListener("click", () => {
    close();
    undo!();
  });
  box.className = `notice ${kind}`;
  box.replaceChildren(
    h("span", {}, text),
    undoButton ?? "",
    h("button", {
      type: "button",
      className: "icon",
      textContent: "✕",
      title: "Đóng",
      attrs: { "aria-label": "Đóng thông báo" },
      onclick: close,
    }),
  );
  box.hidden = false;
  timer = setTimeout(close, kind === "error" ? 20000 : 10000);
}

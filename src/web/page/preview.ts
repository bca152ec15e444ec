/**
 * The live preview: the real .docx the server renders, drawn by docx-preview. Edits are
 * debounced (400 ms); a newer edit aborts the request in flight; the new rendering is drawn
 * off-screen and swapped in only when complete, so the preview never flickers or goes blank.
 * While the document has errors, the last good rendering stays, dimmed.
 */
import { renderAsync } from "docx-preview";
import type { Diagnostic } from "../../diagnostic";
import { isTemplateFault } from "../form-messages";
import { preview } from "./api";
import { clone, type Data } from "./data";
import { h } from "./dom";

const DEBOUNCE_MS = 400;
const NO_BREAK_HYPHEN = "\u2060-\u2060";

export interface Preview {
  /**
   * Render `data` after a pause in typing (or now). `fresh`: another document, so an old rendering must not
   * stand in for it.
   */
  update(data: Data, now?: boolean, fresh?: boolean): void;
}

export function createPreview(
  pane: HTMLElement,
  status: HTMLElement,
  onDiagnostics: (d: Diagnostic[]) => void,
): Preview {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let seq = 0;
  let current: HTMLElement | undefined;

  const say = (text: string, kind = "") => {
    status.textContent = text;
    status.className = `status ${kind}`;
  };

  /** Back to the placeholder (a new document that cannot be rendered yet). */
  function clear() {
    current?.remove();
    current = undefined;
    pane.classList.remove("stale");
    if (!pane.querySelector(".placeholder"))
      pane.prepend(
        h("p", { className: "placeholder" }, "Văn bản sẽ hiện ở đây khi các ô bắt buộc đã được điền."),
      );
  }

  async function run(data: Data, fresh: boolean) {
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const mine = ++seq;
    say("Đang cập nhật…", "busy");
    try {
      const answer = await preview(data, controller.signal);
      if (mine !== seq) return;
      onDiagnostics(answer.diagnostics ?? []);
      if (!answer.docx) {
        if (fresh) clear();
        pane.classList.toggle("stale", !!current);
        if ((answer.diagnostics ?? []).some(isTemplateFault))
          say(
            "Mẫu văn bản của máy chủ có lỗi (xem thông báo bên trái); văn bản đang soạn vẫn được giữ",
            "error",
          );
        else
          say(
            current ? "Còn lỗi — đang hiện bản hợp lệ gần nhất" : "Điền các ô có dấu * để xem văn bản",
            current ? "error" : "",
          );
        return;
      }
      await swap(answer.docx, mine);
    } catch (e) {
      if ((e as Error).name === "AbortError" || mine !== seq) return;
      say("Không kết nối được với máy chủ vanthu; kiểm tra cửa sổ lệnh đang chạy “vanthu serve”", "error");
    }
  }

  async function swap(base64: string, mine: number) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const next = h("div", { className: "doc offscreen", attrs: { "aria-hidden": "true" } });
    pane.append(next);
    await renderAsync(bytes, next, next, {
      inWrapper: true,
      breakPages: true,
      ignoreLastRenderedPageBreak: true,
      renderHeaders: true,
      renderFootnotes: true,
      useBase64URL: true,
      experimental: true,
    });
    // docx-preview draws Word's non-breaking hyphen (w:noBreakHyphen, in symbols such as
    // "05-CV/TU") as <wbr>, a place to break with no hyphen at all: draw the hyphen, joined to
    // its neighbours (U+2060), as Word does.
    for (const wbr of next.querySelectorAll("wbr")) wbr.replaceWith(NO_BREAK_HYPHEN);
    // Chromium may break a line after the slash of a symbol ("CTr/" | "ĐUK"); Word and LibreOffice
    // do not, so neither does the preview.
    const walker = document.createTreeWalker(next, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.includes("/"))
        node.textContent = node.textContent.replace(/\/(?=\S)/g, "/\u2060");
    if (mine !== seq) return next.remove();
    const scroll = pane.scrollTop;
    current?.remove();
    current = next;
    next.classList.remove("offscreen");
    next.removeAttribute("aria-hidden");
    pane.querySelector(".placeholder")?.remove();
    pane.classList.remove("stale");
    fit();
    pane.scrollTop = scroll;
    const time = new Date().toLocaleTimeString("vi-VN", {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    say(`Đã cập nhật lúc ${time}`, "ok");
  }

  /** Scale the pages to the pane's width (never above 100 %). */
  function fit() {
    const page = current?.querySelector<HTMLElement>("section.docx");
    if (!current || !page) return;
    current.style.setProperty("zoom", "1");
    const zoom = Math.min(1, (pane.clientWidth - 24) / (page.offsetWidth + 32));
    current.style.setProperty("zoom", String(zoom));
  }
  new ResizeObserver(fit).observe(pane);

  return {
    update(data, now = false, fresh = false) {
      clearTimeout(timer);
      const snapshot = clone(data);
      if (now) void run(snapshot, fresh);
      else {
        say("Đang soạn…", "busy");
        timer = setTimeout(() => void run(snapshot, false), DEBOUNCE_MS);
      }
    },
  };
}

/**
 * "Tạo hàng loạt từ bảng tính…": a dialog where a person chooses a spreadsheet (and, if they
 * like, a `_chung.yaml` instead of the document in the form), sends both, and gets one .zip with a
 * document per row; the rows that made no document are listed by sheet, row and column
 * (`don-vi.xlsx:Đơn vị!C7`), in the dialog, with what to fix.
 */
import type { Diagnostic } from "../../diagnostic";
import { sheetBatch } from "./api";
import type { Data } from "./data";
import { byId, h } from "./dom";
import { saveBlob } from "./save";

/** Base64 of a chosen file's bytes. */
async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function setUpSheetBatch(current: () => Data, maxBytes: number): void {
  const dialog = byId<HTMLDialogElement>("bang-tinh-hop");
  const sheet = byId<HTMLInputElement>("bang-tinh-tep");
  const base = byId<HTMLInputElement>("bang-tinh-chung");
  const sheetName = byId<HTMLInputElement>("bang-tinh-trang");
  const pattern = byId<HTMLInputElement>("bang-tinh-ten");
  const result = byId("bang-tinh-ket-qua");
  const make = byId<HTMLButtonElement>("bang-tinh-tao");
  const say = (className: string, text: string, details?: HTMLElement) =>
    result.replaceChildren(h("p", { className }, text), ...(details ? [details] : []));

  byId("bang-tinh").addEventListener("click", () => {
    result.replaceChildren();
    dialog.showModal();
  });
  make.addEventListener("click", async () => {
    const file = sheet.files?.[0];
    if (!file) return say("failed", "Chọn một bảng tính (.xlsx hoặc .csv) trước.");
    const chosenBase = base.files?.[0];
    if (file.size + (chosenBase?.size ?? 0) > (maxBytes * 3) / 4)
      return say(
        "failed",
        `Bảng tính quá lớn cho biểu mẫu web (hơn ${Math.round((maxBytes * 3) / 4 / 1024)} KB); dùng dòng lệnh vanthu render … --du-lieu.`,
      );
    make.disabled = true;
    say("", `Đang tạo các văn bản từ ${file.name}…`);
    try {
      const answer = await sheetBatch({
        ...(chosenBase
          ? { chung_tep: { ten: chosenBase.name, noi_dung: await base64(chosenBase) } }
          : { chung: current() }),
        bang_tinh: { ten: file.name, noi_dung: await base64(file) },
        ...(sheetName.value.trim() && { trang: sheetName.value.trim() }),
        ...(pattern.value.trim() && { ten_tep: pattern.value.trim() }),
      });
      if (answer.zip && answer.name) {
        const bytes = Uint8Array.from(atob(answer.zip), (c) => c.charCodeAt(0));
        saveBlob(new Blob([bytes], { type: "application/zip" }), answer.name);
      }
      const head = answer.zip
        ? `Đã tải ${answer.name}: ${answer.rendered} văn bản${answer.failed ? `; ${answer.failed} dòng chưa tạo được (xem dưới)` : ""}.`
        : `Chưa tạo được văn bản nào từ ${file.name}${answer.failed ? ` (${answer.failed} dòng lỗi)` : ""}:`;
      say(answer.zip ? "done" : "failed", head, problemList(answer.diagnostics));
    } catch {
      say("failed", "Không gửi được yêu cầu tới vanthu serve; kiểm tra máy chủ còn chạy rồi thử lại.");
    } finally {
      make.disabled = false;
    }
  });
}

/** One line per problem: where (file:Sheet!Cell) and what. */
function problemList(list: readonly Diagnostic[]): HTMLElement {
  return h(
    "ul",
    { className: "sheet-problems" },
    ...list.map((d) =>
      h(
        "li",
        { className: d.severity },
        `${d.severity === "error" ? "Lỗi" : "Cảnh báo"} ở ${d.file}${d.line !== undefined ? `:${d.line}` : ""}${d.path ? ` (${d.path})` : ""}: ${d.message}`,
      ),
    ),
  );
}

/**
 * What "Chuẩn hóa tệp Word…" found, in a dialog that stays until it is closed: the findings of
 * `vanthu check` on the document as it was and on the re-laid-out copy, each as a list; or, when
 * no copy could be made, the required fields the document lacks (its text is then in the form).
 */
import type { Diagnostic } from "../../diagnostic";
import type { ChuanHoaAnswer } from "../spec";
import { byId, h } from "./dom";

export interface ReportOutcome {
  /** The document's name as chosen ("bao-cao.docx"). */
  file: string;
  answer: ChuanHoaAnswer;
  /** No copy: whether the imported text was opened in the form (false: the person kept their draft). */
  opened?: boolean;
}

export function showChuanHoaReport({ file, answer, opened }: ReportOutcome): void {
  const dialog = byId<HTMLDialogElement>("chuan-hoa-report");
  const head = answer.docx
    ? h("p", { className: "done" }, `Đã tải ${answer.name}: bản trình bày lại đúng thể thức.`)
    : h(
        "p",
        { className: "failed" },
        `Chưa tạo được bản chuẩn hóa: văn bản thiếu ${answer.missing?.length ?? 0} trường bắt buộc (${(answer.missing ?? []).join(", ")}). `,
        opened
          ? "Nội dung đã nhập được mở trong biểu mẫu: điền các ô đánh dấu đỏ rồi bấm “Tải .docx”."
          : "Biểu mẫu vẫn giữ văn bản đang soạn; chọn lại tệp và đồng ý thay để mở nội dung đã nhập.",
      );
  const imported = answer.diagnostics.filter((d) => d.code !== "PART_MISSING");
  const parts = [
    h("h2", {}, `Chuẩn hóa ${file}`),
    head,
    findings("Trước khi chuẩn hóa", answer.before ?? []),
    answer.docx && findings("Sau khi chuẩn hóa", answer.after ?? []),
    imported.length > 0 && findings("Khi nhập văn bản", imported),
    h("form", { method: "dialog" }, h("button", { className: "primary", textContent: "Đóng" })),
  ];
  dialog.replaceChildren(...parts.filter((p): p is HTMLElement => !!p));
  if (!dialog.open) dialog.showModal();
}

/** A heading with the counts, then one line per finding. */
function findings(title: string, list: readonly Diagnostic[]): HTMLElement {
  const errors = list.filter((d) => d.severity === "error").length;
  const counts = list.length ? `${errors} lỗi, ${list.length - errors} cảnh báo` : "không có lỗi thể thức";
  return h(
    "section",
    { className: "findings", dataset: { title } },
    h("h3", {}, `${title}: ${counts}`),
    list.length
      ? h(
          "ul",
          {},
          ...list.map((d) =>
            h(
              "li",
              { className: d.severity },
              `${d.severity === "error" ? "Lỗi" : "Cảnh báo"}${where(d)}: ${d.message}`,
            ),
          ),
        )
      : null,
  );
}

/** " ở đoạn 7 «Số: 12/UBND-VX»" for a finding in a paragraph of the .docx. */
const where = (d: Diagnostic) =>
  d.paragraph === undefined ? "" : ` ở đoạn ${d.paragraph}${d.excerpt ? ` «${d.excerpt}»` : ""}`;

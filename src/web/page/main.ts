/**
 * The page: loads the catalogue, restores the draft, and wires the toolbar (profile, kind,
 * "Tạo từ mẫu", open, new, downloads) to the form, the messages and the preview.
 */
import type { Diagnostic } from "../../diagnostic";
import type { ProfileInfo } from "../spec";
import { checkDocx, chuanHoa, exportFile, getMeta, openYaml, sample } from "./api";
import { showCheckPanel } from "./check-panel";
import type { FormContext } from "./controls";
import { clone, pathKey, resolvePath, setAt, type Data } from "./data";
import { showChuanHoaReport } from "./chuan-hoa-report";
import { byId, h } from "./dom";
import { lastOpen, loadDraft, saveDraft } from "./drafts";
import { fieldView, renderForm } from "./form";
import { showDiagnostics, type MessageState } from "./messages";
import { notify } from "./notice";
import { followReloads } from "./live-reload";
import { createPreview } from "./preview";
import { profileNames } from "./profile-names";
import { saveBlob } from "./save";
import { setUpSheetBatch } from "./sheet-batch";

async function start() {
  const meta = await getMeta();
  const profileSelect = byId<HTMLSelectElement>("profile");
  const kindSelect = byId<HTMLSelectElement>("kind");
  const sampleSelect = byId<HTMLSelectElement>("sample");
  const fileInput = byId<HTMLInputElement>("file");
  const form = byId("form");
  const summary = byId("summary");

  form.addEventListener("submit", (e) => e.preventDefault());
  const messages: MessageState = {
    touched: new Set(),
    showAll: false,
    locate: (path) => resolvePath(data, path),
    remove(path) {
      setAt(data, path, undefined);
      setDocument(data, true);
    },
  };
  let data: Data = {};
  const show = (ds: Diagnostic[]) => showDiagnostics(form, summary, ds, messages);
  const preview = createPreview(byId("preview"), byId("status"), show);
  const ctx: FormContext = {
    get data() {
      return data;
    },
    changed(path) {
      messages.touched.add(pathKey(path));
      saveDraft(data);
      preview.update(data);
    },
    get unused() {
      return profileOf(data.the_thuc)?.unused ?? [];
    },
    get hints() {
      return profileOf(data.the_thuc)?.hints ?? {};
    },
    view: fieldView,
  };

  const profileOf = (id: unknown) => meta.profiles.find((p) => p.id === id);
  const hasKind = (p: ProfileInfo | undefined, loai: unknown) => !!p?.kinds.some((k) => k.loai === loai);
  /** A document the form can hold: a known kind in a profile that has it (`the_thuc` filled in). */
  const usable = (d: unknown): Data | undefined => {
    if (!d || typeof d !== "object" || Array.isArray(d)) return undefined;
    const doc = { ...(d as Data) };
    doc.the_thuc ??= meta.defaultProfile ?? meta.profiles[0]?.id;
    return meta.forms[String(doc.loai)] && hasKind(profileOf(doc.the_thuc), doc.loai) ? doc : undefined;
  };

  function setDocument(next: Data, showAll: boolean) {
    data = next;
    messages.touched.clear();
    messages.showAll = showAll;
    profileSelect.value = String(data.the_thuc);
    fillKinds();
    kindSelect.value = String(data.loai);
    renderForm(form, meta.forms[String(data.loai)].fields, ctx);
    saveDraft(data);
    summary.className = "summary";
    summary.replaceChildren(h("p", {}, "Đang kiểm tra…"));
    form.parentElement!.scrollTop = 0;
    preview.update(data, true, true);
  }

  /**
   * Replace the document, with an undo in the notice; asks first when the draft holds anything typed.
   * Whether it was replaced.
   */
  function replace(next: Data, text: string, showAll = true, question = "Thay văn bản đang soạn?"): boolean {
    if (
      hasContent(data) &&
      !confirm(
        `${question}\n\nNhững gì đang có trong biểu mẫu sẽ được thay (bấm “Hoàn tác” ngay sau đó để lấy lại).`,
      )
    )
      return false;
    const before = clone(data);
    setDocument(next, showAll);
    notify(text, "info", () => setDocument(before, true));
    return true;
  }

  /**
   * An imported Word document for the form: when its kind was not recognised (a body-only
   * document), the kind now chosen in the form, said in `note`.
   */
  const imported = (d: unknown): { doc?: Data; note: string } => {
    const given = d && typeof d === "object" && !Array.isArray(d) ? (d as Data) : undefined;
    if (!given || (typeof given.loai === "string" && given.loai)) return { doc: usable(d), note: "" };
    const doc = usable({ ...given, loai: data.loai, the_thuc: given.the_thuc ?? data.the_thuc });
    const name = profileOf(doc?.the_thuc)?.kinds.find((k) => k.loai === doc?.loai)?.name ?? String(data.loai);
    return {
      doc,
      note: ` Chưa nhận ra loại văn bản: biểu mẫu để loại “${name}”, đổi ở ô Loại văn bản nếu cần.`,
    };
  };

  const blank = (theThuc: unknown, loai: string): Data => ({ loai, the_thuc: theThuc });

  /** Switch kind: that kind's draft, or the current fields that kind also has. */
  function switchKind(loai: string) {
    saveDraft(data);
    const draft = usable(loadDraft(loai));
    if (draft) return setDocument({ ...draft, the_thuc: data.the_thuc }, true);
    const keys = new Set(meta.forms[loai].fields.map((f) => f.key));
    const carried = Object.fromEntries(Object.entries(clone(data)).filter(([k]) => keys.has(k)));
    setDocument({ ...carried, ...blank(data.the_thuc, loai) }, false);
  }

  function fillKinds() {
    const p = profileOf(data.the_thuc);
    byId("profile-name").textContent = p ? `Thể thức: ${p.name || p.id}` : "";
    kindSelect.replaceChildren(...(p?.kinds ?? []).map((k) => h("option", { value: k.loai }, k.name)));
  }

  const profileName = profileNames(meta.profiles);
  profileSelect.replaceChildren(
    ...meta.profiles.map((p) => h("option", { value: p.id, title: p.name }, profileName.get(p.id)!)),
  );
  for (const p of meta.profiles) {
    const own = meta.samples.filter((s) => (s.the_thuc ?? meta.defaultProfile) === p.id);
    if (own.length)
      sampleSelect.append(
        h(
          "optgroup",
          { label: profileName.get(p.id)! },
          ...own.map((s) => h("option", { value: s.name }, s.title)),
        ),
      );
  }

  profileSelect.addEventListener("change", () => {
    const p = profileOf(profileSelect.value)!;
    if (!hasKind(p, data.loai)) {
      data.the_thuc = p.id;
      return switchKind(p.kinds[0].loai);
    }
    data.the_thuc = p.id;
    fillKinds();
    kindSelect.value = String(data.loai);
    renderForm(form, meta.forms[String(data.loai)].fields, ctx);
    saveDraft(data);
    preview.update(data, true);
  });
  kindSelect.addEventListener("change", () => switchKind(kindSelect.value));

  sampleSelect.addEventListener("change", async () => {
    const name = sampleSelect.value;
    sampleSelect.value = "";
    if (!name) return;
    const answer = await sample(name);
    const doc = usable(answer.data);
    const title = meta.samples.find((s) => s.name === name)?.title ?? name;
    if (doc) replace(doc, `Đã tạo văn bản từ mẫu “${title}”.`, true, `Tạo văn bản từ mẫu “${title}”?`);
    else notify(`Không mở được mẫu ${name}: ${problems(answer.diagnostics)}`, "error");
  });

  byId("open").addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > meta.maxBytes)
      return notify(`Tệp ${file.name} quá lớn (hơn ${Math.round(meta.maxBytes / 1048576)} MB).`, "error");
    const answer = await openYaml(await file.arrayBuffer(), file.name);
    const { doc, note } = imported(answer.data);
    if (doc) replace(doc, `Đã mở tệp ${file.name}.${note}`, true, `Mở tệp ${file.name}?`);
    else notify(`Không mở được ${file.name}: ${problems(answer.diagnostics)}`, "error");
  });

  const chuanHoaInput = byId<HTMLInputElement>("file-chuan-hoa");
  byId("chuan-hoa").addEventListener("click", () => chuanHoaInput.click());
  chuanHoaInput.addEventListener("change", async () => {
    const file = chuanHoaInput.files?.[0];
    chuanHoaInput.value = "";
    if (!file) return;
    if (file.size > meta.maxBytes)
      return notify(`Tệp ${file.name} quá lớn (hơn ${Math.round(meta.maxBytes / 1048576)} MB).`, "error");
    notify(`Đang chuẩn hóa ${file.name}…`);
    const answer = await chuanHoa(await file.arrayBuffer(), file.name);
    if (answer.docx && answer.name) {
      const bytes = Uint8Array.from(atob(answer.docx), (ch) => ch.charCodeAt(0));
      saveBlob(
        new Blob([bytes], {
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }),
        answer.name,
      );
      notify(`Đã tải ${answer.name}.`);
      return showChuanHoaReport({ file: file.name, answer });
    }
    const { doc, note } = imported(answer.data);
    if (!doc) return notify(`Không chuẩn hóa được ${file.name}: ${problems(answer.diagnostics)}`, "error");
    const opened = replace(
      doc,
      `Đã mở nội dung của ${file.name} để điền các trường còn thiếu.${note}`,
      true,
      `Chưa chuẩn hóa được ${file.name} vì văn bản thiếu trường bắt buộc. Mở nội dung của tệp trong biểu mẫu để điền?`,
    );
    showChuanHoaReport({ file: file.name, answer, opened });
  });

  setUpSheetBatch(() => data, meta.maxBytes);

  const checkInput = byId<HTMLInputElement>("file-kiem-tra");
  byId("kiem-tra-word").addEventListener("click", () => checkInput.click());
  checkInput.addEventListener("change", async () => {
    const file = checkInput.files?.[0];
    checkInput.value = "";
    if (!file) return;
    if (file.size > meta.maxBytes)
      return notify(`Tệp ${file.name} quá lớn (hơn ${Math.round(meta.maxBytes / 1048576)} MB).`, "error");
    notify(`Đang kiểm tra ${file.name}…`);
    const answer = await checkDocx(await file.arrayBuffer(), file.name);
    if (!answer.the_thuc)
      return notify(`Không kiểm tra được ${file.name}: ${problems(answer.diagnostics)}`, "error");
    notify(`Đã kiểm tra ${file.name}.`);
    showCheckPanel(answer);
  });

  byId("new").addEventListener("click", () =>
    replace(
      blank(data.the_thuc, String(data.loai)),
      "Đã xóa biểu mẫu để soạn văn bản mới.",
      false,
      "Xóa biểu mẫu để soạn văn bản mới?",
    ),
  );

  const download = (kind: "docx" | "pdf" | "yaml") => async () => {
    if (kind === "pdf") notify("Đang chuyển sang PDF bằng LibreOffice (vài giây)…");
    const result = await exportFile(kind, data);
    if ("blob" in result) return saveBlob(result.blob, result.name);
    const pdfFailed = result.diagnostics.find((d) => d.code === "PDF_FAILED");
    if (pdfFailed) return notify(`Chưa tải được PDF: ${pdfFailed.message}`, "error");
    messages.showAll = true;
    show(result.diagnostics);
    const name = { docx: ".docx", pdf: "PDF", yaml: "YAML" }[kind];
    notify(`Chưa tải được tệp ${name}: văn bản còn lỗi, xem các ô đánh dấu đỏ.`, "error");
  };
  byId("save-docx").addEventListener("click", download("docx"));
  byId("save-pdf").addEventListener("click", download("pdf"));
  byId("save-yaml").addEventListener("click", download("yaml"));
  followReloads(() => {
    notify("Mẫu hoặc thể thức vừa được sửa: bản xem trước đã vẽ lại theo bản mới.");
    preview.update(data, true);
  });

  const last = lastOpen();
  const profile = profileOf(last.the_thuc) ?? profileOf(meta.defaultProfile) ?? meta.profiles[0];
  const loai = profile.kinds.find((k) => k.loai === last.loai)?.loai ?? profile.kinds[0].loai;
  const draft = usable(loadDraft(loai));
  setDocument(
    draft ? { ...draft, the_thuc: profile.id } : blank(profile.id, loai),
    !!draft && Object.keys(draft).length > 2,
  );
  document.body.classList.add("ready");
}

/** Whether the document holds anything typed, beyond its kind and profile. */
const hasContent = (d: Data) =>
  Object.entries(d).some(([k, v]) => k !== "loai" && k !== "the_thuc" && typed(v));
const typed = (v: unknown): boolean =>
  typeof v === "string"
    ? v.trim() !== ""
    : typeof v === "number" || v === true || (!!v && typeof v === "object" && Object.values(v).some(typed));

const problems = (ds: Diagnostic[] | undefined) =>
  (ds ?? [])
    .filter((d) => d.severity === "error")
    .slice(0, 3)
    .map((d) => `${d.line ? `dòng ${d.line}: ` : ""}${d.message}`)
    .join("; ") || "tệp không đúng dạng";

start().catch((e) => {
  document.body.classList.add("ready");
  notify(`Không tải được trang: ${String(e)}. Kiểm tra cửa sổ lệnh đang chạy “vanthu serve”.`, "error");
});

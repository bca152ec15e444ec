/** The page's calls to its server (same origin); every document answer carries diagnostics. */
import type { Diagnostic } from "../../diagnostic";
import type { ChuanHoaAnswer, CheckViewAnswer, Meta, OpenAnswer, PreviewAnswer, SheetAnswer } from "../spec";
import type { Data } from "./data";

const post = (url: string, body: BodyInit, signal?: AbortSignal, type = "application/json") =>
  fetch(url, { method: "POST", body, signal, headers: { "Content-Type": type } });

export const getMeta = async (): Promise<Meta> => (await fetch("/api/meta")).json();

export async function preview(data: Data, signal: AbortSignal): Promise<PreviewAnswer> {
  return (await post("/api/preview", JSON.stringify(data), signal)).json();
}

export async function sample(name: string): Promise<OpenAnswer> {
  return (await fetch(`/api/samples/${name.split("/").map(encodeURIComponent).join("/")}`)).json();
}

/**
 * A YAML file's bytes: the server decodes them as the CLI does (UTF-8, or UTF-16 with a BOM; anything else is
 * an error).
 */
export async function openYaml(bytes: ArrayBuffer, fileName: string): Promise<OpenAnswer> {
  const type = /\.docx$/i.test(fileName) ? DOCX : "text/yaml";
  return (await post(`/api/open?ten=${encodeURIComponent(fileName)}`, bytes, undefined, type)).json();
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A Word document laid out again by its profile (the server imports and renders it). */
export async function chuanHoa(bytes: ArrayBuffer, fileName: string): Promise<ChuanHoaAnswer> {
  return (await post(`/api/chuan-hoa?ten=${encodeURIComponent(fileName)}`, bytes, undefined, DOCX)).json();
}

/** A Word document judged by `vanthu check`: its findings and its paragraphs as read. */
export async function checkDocx(bytes: ArrayBuffer, fileName: string): Promise<CheckViewAnswer> {
  return (await post(`/api/kiem-tra?ten=${encodeURIComponent(fileName)}`, bytes, undefined, DOCX)).json();
}

/** One document per row of a spreadsheet over a shared base (the form's document or a chosen file), as a .zip. */
export async function sheetBatch(request: {
  chung?: Data;
  chung_tep?: { ten: string; noi_dung: string };
  bang_tinh: { ten: string; noi_dung: string };
  trang?: string;
  ten_tep?: string;
}): Promise<SheetAnswer> {
  return (await post("/api/bang-tinh", JSON.stringify(request))).json();
}

/** A file the server makes from the document (/api/docx, /api/pdf, /api/yaml), or its diagnostics. */
export async function exportFile(
  kind: "docx" | "pdf" | "yaml",
  data: Data,
): Promise<{ blob: Blob; name: string } | { diagnostics: Diagnostic[] }> {
  const res = await post(`/api/${kind}`, JSON.stringify(data));
  if (!res.ok) return (await res.json()) as { diagnostics: Diagnostic[] };
  return {
    blob: await res.blob(),
    name: fileName(res.headers.get("Content-Disposition")) ?? `van-ban.${kind}`,
  };
}

/** The UTF-8 name of a Content-Disposition header (filename*=UTF-8''…), else its plain name. */
function fileName(header: string | null): string | undefined {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header ?? "");
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/.exec(header ?? "")?.[1];
}

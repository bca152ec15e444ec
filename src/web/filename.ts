/**
 * The name of a downloaded file ("Công văn số 1866.docx", "Báo cáo (dự thảo).yaml") and its
 * Content-Disposition header: an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266).
 */

export function documentName(data: unknown, kindName: string | undefined): string {
  const d = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const name = kindName ?? (typeof d.loai === "string" ? d.loai : "Văn bản");
  const so = typeof d.so === "number" || typeof d.so === "string" ? String(d.so).trim() : "";
  const base = so ? `${name} số ${so}` : `${name} (dự thảo)`;
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "-").replace(/\p{Cs}/gu, "");
  // By code points: cutting a surrogate pair in two would make the name unencodable.
  return Array.from(safe).slice(0, 100).join("");
}

export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

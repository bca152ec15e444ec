/**
 * Drafts autosaved in the browser (localStorage): one per kind, written on every edit, so a
 * reload or a closed tab loses nothing; plus which kind and profile were open last.
 */
import type { Data } from "./data";

const DRAFT = (loai: string) => `vanthu:ban-nhap:${loai}`;
const LAST = "vanthu:dang-soan";

const read = (key: string): unknown => {
  try {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

export function saveDraft(data: Data): void {
  try {
    localStorage.setItem(DRAFT(String(data.loai)), JSON.stringify(data));
    localStorage.setItem(LAST, JSON.stringify({ loai: data.loai, the_thuc: data.the_thuc }));
  } catch {
    // Storage full or disabled: the form still works, only without autosave.
  }
}

export function loadDraft(loai: string): Data | undefined {
  const d = read(DRAFT(loai));
  return d && typeof d === "object" && !Array.isArray(d) ? (d as Data) : undefined;
}

export function lastOpen(): { loai?: string; the_thuc?: string } {
  const v = read(LAST) as { loai?: unknown; the_thuc?: unknown } | undefined;
  return {
    loai: typeof v?.loai === "string" ? v.loai : undefined,
    the_thuc: typeof v?.the_thuc === "string" ? v.the_thuc : undefined,
  };
}

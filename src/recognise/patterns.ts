/**
 * The lines an official document is made of, told by their words: the number line ("Số …"),
 * the date line ("…, ngày … tháng … năm …"), the labels of the profile (tiêu đề, "Kính gửi:",
 * "Nơi nhận:", tên loại, "Phụ lục"), and the forms of authority before a signer's title.
 */
import type { Profile } from "../profile/schema";
import { key } from "./text";

/** The number line is known in one place, with its parts and its departures from the profile. */
export { isNumberLine } from "./number-line";

export const isDateLine = (s: string): boolean =>
  /ngày\s*[\d.…_ ]*\s*tháng\s*[\d.…_ ]*\s*năm\s*\d{4}/iu.test(s);

/** The tiêu đề line of `profile` this text is (its index in `labels.tieu_de`), or -1. */
export function tieuDeIndex(profile: Profile, text: string): number {
  const k = key(text);
  return k ? profile.labels.tieu_de.findIndex((t) => key(t.text) === k) : -1;
}

/** The kind whose title this line is ("BÁO CÁO" → "bao-cao"), or undefined. */
export function kindOfTitle(profile: Profile, text: string): string | undefined {
  const k = key(text);
  if (!k) return undefined;
  return Object.entries(profile.kinds).find(([, v]) => v.title && key(v.title) === k)?.[0];
}

/** The line starts with `label` ("Kính gửi:", "Nơi nhận:"), colon or not. */
export function startsWithLabel(text: string, label: string): boolean {
  const bare = label.replace(/[:\s]+$/, "");
  const t = text.normalize("NFC").trim();
  return !!key(bare) && key(t.slice(0, bare.length)) === key(bare) && !/^\p{L}/u.test(t.slice(bare.length));
}

/** The line is the appendix label ("Phụ lục", "Phụ lục I", "PHỤ LỤC 2"). */
export function isAppendixLabel(profile: Profile, text: string): boolean {
  const label = profile.appendix?.label.replace(/\[[^\]]*\]/g, "").replace(/\{\w+\}/g, "");
  if (!label) return false;
  const rest = text.trim().slice(label.trim().length).trim();
  return key(text.slice(0, label.trim().length)) === key(label) && /^([IVXLC]+|\d+)?\.?$/i.test(rest);
}

/** Normalised authority form: "T/M", "TM.", "t/m" → "TM"; "K/T" → "KT". */
export const formKey = (s: string): string => key(s);

/** The authority form at the start of a quyền hạn line ("TM. ỦY BAN…" → "TM."), as written. */
export function leadingForm(line: string): string | undefined {
  return /^\s*(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|T\s*\/\s*U|TM|KT|TL|TUQ|Q)\s*[.:]?(?=\s|$)/iu
    .exec(line)?.[0]
    .trim();
}

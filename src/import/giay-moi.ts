/**
 * A giấy mời's opening lines, which vanthu prints from fields at the start of its body
 * (templates/kinds/giay-moi.hbs): "<cơ quan> trân trọng kính mời:" with the invitees on the same
 * line or one per line ("- …"), "Tới dự …", "Chủ trì: …", "Thời gian: …", "Địa điểm: …", each
 * label the profile's (`labels.kinh_moi` …). They are taken back into `ben_moi` (only when it is
 * not the issuer's name), `kinh_moi`, `toi_du`, `chu_tri`, `thoi_gian`, `dia_diem`; the blocks
 * after them stay the body. Lines that do not follow this order are left in the body.
 */
import type { ReadBlock } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import { numberLabel, plainText } from "./body";

export interface Invitation {
  /** The issuer named before "trân trọng kính mời:", as printed (the name's case as typed). */
  ben?: string;
  fields: Record<string, string | string[]>;
  rest: ReadBlock[];
}

export function splitInvitation(blocks: readonly ReadBlock[], profile: Profile): Invitation {
  const labels = profile.labels as Record<string, unknown>;
  const label = (k: string) => (typeof labels[k] === "string" ? (labels[k] as string) : "");
  const texts = blocks.map((b) =>
    b.type === "paragraph" ? (numberLabel(b) + plainText(b.children)).trim() : undefined,
  );
  const fields: Record<string, string | string[]> = {};
  const invite = label("kinh_moi");
  const first = texts[0];
  const at = first && invite ? first.toLocaleLowerCase("vi").indexOf(invite.toLocaleLowerCase("vi")) : -1;
  if (!first || at < 0) return { fields, rest: [...blocks] };
  const ben = first.slice(0, at).trim();
  const same = first.slice(at + invite.length).trim();
  let i = 1;
  if (same) fields.kinh_moi = [same];
  else {
    const people: string[] = [];
    while (texts[i]?.startsWith("-")) people.push(texts[i++]!.replace(/^-\s*/, ""));
    if (people.length) fields.kinh_moi = people;
  }
  for (const key of ["toi_du", "chu_tri", "thoi_gian", "dia_diem"]) {
    const l = label(key);
    const t = texts[i];
    if (!l || !t || !t.toLocaleLowerCase("vi").startsWith(l.toLocaleLowerCase("vi"))) continue;
    fields[key] = t.slice(l.length).trim();
    i++;
  }
  return { ben, fields, rest: blocks.slice(i) };
}

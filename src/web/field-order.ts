/**
 * Where fields go on the form and in saved YAML: in the order they appear on the paper
 * document (as in docs/viet-yaml.md's example), whatever order a schema declares them in. A field this
 * list does not know keeps its place after the field the schema declares before it.
 */
const DOCUMENT_ORDER = [
  "loai",
  "the_thuc",
  "co_quan",
  "cap_tren",
  "ten",
  "viet_tat",
  "don_vi",
  "dong_ban_hanh",
  "so",
  "ky_hieu",
  "dia_danh",
  "ngay",
  "do_mat",
  "do_khan",
  "du_thao",
  "trich_yeu",
  "kinh_gui",
  "kinh_trinh",
  "can_cu",
  "tham_quyen",
  "ben_moi",
  "kinh_moi",
  "toi_du",
  "chu_tri",
  "thoi_gian",
  "dia_diem",
  "noi_dung",
  "noi_nhan",
  "nguoi_ky",
  "quyen_han",
  "chuc_vu",
  "ho_ten",
  "danh_may",
  "phu_luc",
  "kem_theo",
];

/**
 * Optional fields shown in the main part of the form; any other optional field (document
 * marks, attachments, fields added later) goes under "Các mục khác".
 */
const MAIN_OPTIONAL = new Set([
  "so",
  "ky_hieu",
  "ngay",
  "noi_dung",
  "can_cu",
  "tham_quyen",
  "ben_moi",
  "chu_tri",
]);

export const isMainField = (key: string, required: boolean) => required || MAIN_OPTIONAL.has(key);

/** `keys` in document order (stable: unknown keys follow their schema predecessor). */
export function orderKeys(keys: readonly string[]): string[] {
  let rank = -1;
  const ranked = keys.map((key, i) => {
    const known = DOCUMENT_ORDER.indexOf(key);
    rank = known >= 0 ? known : rank + 1e-3;
    return { key, rank, i };
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.key);
}

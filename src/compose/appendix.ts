/**
 * The two lines that open a phụ lục, from the profile's `appendix` patterns: its label ("Phụ lục
 * I") and the reference to the document it belongs to ("(Kèm theo Báo cáo số 143-BC/TU, ngày
 * 12/3/2013 của Tỉnh ủy Quảng Trị)"). A `[...]` part of a pattern is printed only when every value
 * inside it is given; a draft's missing number or date prints the profile's blanks.
 */
import type { Profile } from "../profile/schema";
import type { DocumentInput } from "../schema/kinds";
import { fill, printedDate, printedKyHieu, printedSo } from "../template/format";

type Appendix = NonNullable<DocumentInput["phu_luc"]>[number];
type Pattern = NonNullable<Profile["appendix"]>;

/** `today` gives the year of a draft without a date, as on its date line. */
export function appendixLines(
  profile: Profile,
  pattern: Pattern,
  doc: DocumentInput,
  appendix: Appendix,
  today: Date,
): { nhan: string; kem_theo_dong: string } {
  return {
    nhan: fill(pattern.label, { so: appendix.so ?? "" }).trim(),
    kem_theo_dong: fill(pattern.reference, {
      ten_loai: profile.kinds[doc.loai]?.name ?? doc.loai,
      so: printedSo(profile, doc.so),
      ky_hieu: printedKyHieu(profile, doc),
      ...printedDate(profile, doc.ngay, today),
      co_quan: doc.co_quan.ten.split(/\s*\n\s*/).join(" "),
    }),
  };
}

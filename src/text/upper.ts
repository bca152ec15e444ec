/**
 * Vietnamese-aware upper case for IN HOA lines (tên cơ quan, tên loại). `toLocaleUpperCase("vi")`
 * maps the whole Latin Extended Additional block (Ạ…Ỹ), unlike the broken conversion seen in seed 003.
 */
export const upperVi = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");

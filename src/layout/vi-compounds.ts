/**
 * Two-syllable words of official prose that a line must not split ("đối / với", "giai / đoạn",
 * "công / tác"): the words of trích yếu and "(Kèm theo …)" lines that were seen split in the
 * samples, and their neighbours in the same vocabulary. Lower case, NFC.
 */
const WORDS = `đối với, giai đoạn, thực hiện, tăng cường, lãnh đạo, chỉ đạo, công tác, dân vận, nhân dân,
chính quyền, nâng cao, hiệu quả, kế hoạch, nghị quyết, kết luận, quyết định, hướng dẫn, chương trình,
ban hành, tổ chức, xây dựng, nhiệm vụ, kết quả, phương hướng, đại hội, đảng bộ, đảng ủy, đảng uỷ,
cấp ủy, cấp uỷ, chi bộ, cơ quan, nhà nước, ủy ban, uỷ ban, mặt trận, tổ quốc, đoàn thể, chính trị,
xã hội, dân cư, đoàn kết, dân tộc, địa bàn, sơ kết, tổng kết, thường vụ, thường trực, chấp hành,
trung ương, bí thư, phong trào, thi đua, mô hình, cải cách, hành chính, nông thôn, đổi mới,
tình hình, quy chế, quy định, dân chủ, cơ sở, báo cáo, tờ trình, thông báo, công văn, đề án,
phát triển, kinh tế, văn hóa, văn hoá, an ninh, quốc phòng, trật tự, an toàn, chuyển đổi, số hóa,
tuyên truyền, vận động, đoàn viên, hội viên, thanh niên, phụ nữ, cựu chiến, chiến binh, nông dân,
công đoàn, doanh nghiệp, việt nam, hồ chí, chí minh, tư tưởng, đạo đức, phong cách, tiếp tục,
triển khai, quán triệt, giám sát, phản biện, kiểm tra, đánh giá, trọng tâm, hằng năm, hàng năm,
toàn dân, đại đoàn, ngày hội, khu dân, sửa đổi, bổ sung, thủ tục, đơn giản, tình hình, đối thoại`;

export const COMPOUNDS = new Set(
  WORDS.split(",")
    .map((w) => w.trim().normalize("NFC"))
    .filter(Boolean),
);

/** Whether a line break between `previous` and `word` would split a two-syllable word. */
export const splitsCompound = (previous: string, word: string): boolean =>
  COMPOUNDS.has(`${previous} ${word}`.toLocaleLowerCase("vi").normalize("NFC"));

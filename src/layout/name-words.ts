/**
 * The words an agency name is read by (`name-groups.ts`), as data: upper case, NFC, one phrase
 * per entry, both spellings of "ỦY"/"UỶ" where a name may carry either.
 * - Party organs ("ĐẢNG ỦY", "BAN CHẤP HÀNH"): the organ of a unit named after it. Organs in a row
 *   read as one head ("BAN CHẤP HÀNH ĐẢNG BỘ"); an organ alone never makes a good line.
 * - Unit types ("CÔNG TY", "TRƯỜNG ĐẠI HỌC", "SỞ", "ỦY BAN NHÂN DÂN"): a unit named by the words
 *   after it. After an organ the type joins the organ's head and its own name starts the next
 *   group ("ĐẢNG ỦY CÔNG TY / XỔ SỐ KIẾN THIẾT"); elsewhere the type starts a group with its name.
 * - Links ("CÁC", "VÀ") start the group they link.
 * - Administrative levels ("TỈNH", "THỊ TRẤN") start a group with the place name after them. A
 *   place name is never split; the level may end a line before it ("ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG
 *   TÀU") only where the other way would leave the organ alone ("ĐẢNG BỘ / TỈNH …"): common
 *   practice in Party documents, not a written rule of HD 36.
 * - Kinds ("TRUNG HỌC PHỔ THÔNG", "ĐA KHOA", "NHÂN DÂN"): the compound words that make a unit type
 *   of a bare one ("TRƯỜNG", "BỆNH VIỆN", "ỦY BAN"). A line never starts inside a kind; a unit type
 *   too wide for its line may break only before the kind or unit type that ends it ("CHI BỘ
 *   TRƯỜNG / TRUNG HỌC PHỔ THÔNG HƯỚNG HÓA", never "TRƯỜNG TRUNG HỌC / PHỔ THÔNG").
 */

const table = (text: string): string[][] =>
  text
    .split(",")
    .map((p) => p.trim().normalize("NFC"))
    .filter(Boolean)
    .flatMap((p) => [...new Set([p, p.replace(/ỦY/g, "UỶ")])])
    .map((p) => p.split(/\s+/))
    // Longest first, so "BAN CHẤP HÀNH" is read before "BAN".
    .sort((a, b) => b.length - a.length);

export const ORGANS = table(`ĐẢNG BỘ, ĐẢNG ỦY, ĐẢNG ĐOÀN, CHI BỘ, BAN CÁN SỰ ĐẢNG, BAN CÁN SỰ,
BAN CHẤP HÀNH, BAN THƯỜNG VỤ, BAN THƯỜNG TRỰC, TỈNH ỦY, HUYỆN ỦY, THÀNH ỦY, QUẬN ỦY, THỊ ỦY`);

export const UNITS = table(`ỦY BAN NHÂN DÂN, HỘI ĐỒNG NHÂN DÂN, ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM,
ỦY BAN KIỂM TRA, ỦY BAN, MẶT TRẬN TỔ QUỐC VIỆT NAM, MẶT TRẬN, HỘI ĐỒNG, VĂN PHÒNG, BAN CHỈ ĐẠO,
BAN QUẢN LÝ, BAN, SỞ, CỤC, CHI CỤC, TỔNG CỤC, VIỆN, HỌC VIỆN, TRƯỜNG ĐẠI HỌC, TRƯỜNG CAO ĐẲNG,
TRƯỜNG TRUNG CẤP, TRƯỜNG TRUNG HỌC PHỔ THÔNG, TRƯỜNG TRUNG HỌC CƠ SỞ, TRƯỜNG TIỂU HỌC,
TRƯỜNG MẦM NON, TRƯỜNG CHÍNH TRỊ, TRƯỜNG, ĐẠI HỌC, BỆNH VIỆN ĐA KHOA, BỆNH VIỆN,
TRUNG TÂM Y TẾ, TRUNG TÂM, CÔNG TY CỔ PHẦN, CÔNG TY TNHH MỘT THÀNH VIÊN, CÔNG TY TNHH MTV,
CÔNG TY TNHH, CÔNG TY, TỔNG CÔNG TY, TẬP ĐOÀN, NGÂN HÀNG, KHO BẠC NHÀ NƯỚC, NHÀ MÁY,
HỢP TÁC XÃ, BỘ CHỈ HUY QUÂN SỰ, BỘ CHỈ HUY, CÔNG AN, BÁO, ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH,
LIÊN ĐOÀN LAO ĐỘNG, LIÊN ĐOÀN, HỘI, ĐOÀN`);

export const LINKS = table(`TRỰC THUỘC, THUỘC, CÁC, VÀ, CỦA`);

export const KINDS = table(`TRUNG HỌC PHỔ THÔNG, TRUNG HỌC CƠ SỞ, PHỔ THÔNG DÂN TỘC NỘI TRÚ,
PHỔ THÔNG DÂN TỘC BÁN TRÚ, TIỂU HỌC, MẦM NON, ĐẠI HỌC, CAO ĐẲNG, TRUNG CẤP, CHÍNH TRỊ, ĐA KHOA,
Y TẾ, CỔ PHẦN, TNHH MỘT THÀNH VIÊN, NHÂN DÂN, KIỂM TRA, CHỈ ĐẠO, QUẢN LÝ, CHỈ HUY QUÂN SỰ, QUÂN SỰ,
NHÀ NƯỚC, PHÁT THANH VÀ TRUYỀN HÌNH, LAO ĐỘNG, TỔ QUỐC VIỆT NAM`);

export const LEVELS = table(`THÀNH PHỐ, THỊ XÃ, THỊ TRẤN, ĐẶC KHU, TỈNH, HUYỆN, QUẬN, XÃ, PHƯỜNG`);

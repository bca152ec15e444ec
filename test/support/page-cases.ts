/**
 * The documents the page tests print (test/e2e/page-layout.test.ts, test/e2e/libreoffice.test.ts):
 * the samples, and Party documents under the longest and hardest real agency names and names the
 * author broke with their own line breaks — sample 030 (a công văn with a long trích yếu, symbols
 * in the body, a grouped Nơi nhận) with its cơ quan replaced, so every rule is measured under
 * names other than the samples' own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { ROOT, sampleFiles, sampleName } from "./samples";

/** A document to print: its name in test titles, its path (for messages) and its YAML. */
export interface PageCase {
  name: string;
  file: string;
  source: string;
  /** The header's agency names as they must print, " / " between lines, where a test pins them. */
  names?: string[];
}

/** Every sample under data/. */
export const sampleCases = (): PageCase[] =>
  sampleFiles().map((file) => ({ name: sampleName(file), file, source: readFileSync(file, "utf8") }));

const BASE = join(ROOT, "data/030-cong-van-dang-bo-khoi-ten-dai.yaml");

/** [cấp trên, tên]: an empty cấp trên is left out; "\n" is the author's own line break. */
export const LONG_PARTY_NAMES: [string, string][] = [
  ["Đảng bộ tỉnh Bà Rịa - Vũng Tàu", "Đảng ủy Bệnh viện Đa khoa tỉnh Bà Rịa - Vũng Tàu"],
  ["Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "Đảng ủy Trường Đại học Sư phạm Kỹ thuật"],
  ["Đảng bộ tỉnh Thừa Thiên Huế", "Đảng ủy Công ty Cổ phần Cấp nước Thừa Thiên Huế"],
  ["", "Ban Chấp hành Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"],
  ["Đảng bộ thành phố Hồ Chí Minh", "Đảng ủy Trung tâm Y tế huyện Bình Chánh"],
  ["Đảng bộ huyện Hướng Hóa", "Chi bộ Trường Trung học phổ thông Hướng Hóa"],
  ["Đảng bộ Khối doanh nghiệp tỉnh", "Đảng ủy Công ty\nXổ số kiến thiết"],
  ["Đảng bộ Khối các cơ quan\nvà doanh nghiệp tỉnh", "Đảng ủy Sở Nông nghiệp và Phát triển nông thôn"],
];

/**
 * How some of LONG_PARTY_NAMES must print (by their index there): a level ends the first line rather
 * than leave the organ alone, a place name stays whole, a compound school type is not split.
 */
const PRINTED: Record<number, string[]> = {
  0: ["ĐẢNG BỘ TỈNH / BÀ RỊA - VŨNG TÀU", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA / TỈNH BÀ RỊA - VŨNG TÀU"],
  4: ["ĐẢNG BỘ THÀNH PHỐ / HỒ CHÍ MINH", "ĐẢNG ỦY TRUNG TÂM Y TẾ / HUYỆN BÌNH CHÁNH"],
  5: ["ĐẢNG BỘ HUYỆN HƯỚNG HÓA", "CHI BỘ TRƯỜNG / TRUNG HỌC PHỔ THÔNG / HƯỚNG HÓA"],
};

/** Sample 030 under each of LONG_PARTY_NAMES. */
export function longPartyNameCases(): PageCase[] {
  const base = readFileSync(BASE, "utf8");
  return LONG_PARTY_NAMES.map(([above, name], i) => {
    const doc = parseDocument(base);
    if (above) doc.setIn(["co_quan", "cap_tren"], above);
    else doc.deleteIn(["co_quan", "cap_tren"]);
    doc.setIn(["co_quan", "ten"], name);
    const slug = String(i + 1).padStart(2, "0");
    return {
      name: `ten-dai-dang/${slug}`,
      file: join(ROOT, "data", `ten-dai-dang-${slug}.yaml`),
      source: doc.toString({ lineWidth: 0 }),
      ...(PRINTED[i] && { names: PRINTED[i] }),
    };
  });
}

/**
 * The page of every section against the profile: paper size, the four margins (within what the
 * text permits, `page.accept`), and page numbers: none on a section's first page when the
 * profile says so, a PAGE field in the header on the pages after (when the section may run
 * past one page), formatted as the profile's page-number style.
 */
import type { Diagnostic } from "../diagnostic";
import type { ReadBlock, ReadParagraph, ReadRoot, ReadText } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import type { Line } from "../recognise/types";
import { cite, finding, num, severityOf, type Where } from "./finding";
import { formatFindings } from "./format-rules";

const MM = 0.5;
/** Text of a section below which it fits on one page, and a missing page number is no fault. */
const ONE_PAGE_CHARS = 1800;

export function pageFindings(
  where: Where,
  profile: Profile,
  tree: ReadRoot,
  lines: readonly Line[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const page = profile.page;
  const at = { path: "trang", severity: severityOf(page.unverified) };
  const fixPage = "sửa ở Bố cục › Lề › Lề tùy chỉnh (Layout › Margins › Custom Margins)";
  tree.sections.forEach((s, i) => {
    const name = tree.sections.length > 1 ? `phần (section) ${i + 1}: ` : "";
    const p = s.page;
    const [w, h] = p.orientation === "landscape" && i > 0 ? [p.height, p.width] : [p.width, p.height];
    if (Math.abs(w - page.width) > MM * 2 || Math.abs(h - page.height) > MM * 2)
      out.push(
        finding(
          where,
          "PAGE_SETUP",
          `${name}khổ giấy ${num(p.width)} × ${num(p.height)} mm, thể thức yêu cầu ${num(page.width)} × ${num(page.height)} mm (A4)${cite(page.source, page.unverified)}; chọn Bố cục › Khổ giấy › A4 (Layout › Size)`,
          at,
        ),
      );
    for (const [key, label] of [
      ["top", "trên"],
      ["bottom", "dưới"],
      ["left", "trái"],
      ["right", "phải"],
    ] as const) {
      const want = page.margins[key];
      const [lo, hi] = page.accept?.[key] ?? [want, want];
      const have = p.orientation === "landscape" && i > 0 ? rotated(p.margins, key) : p.margins[key];
      if (have < lo - MM || have > hi + MM)
        out.push(
          finding(
            where,
            "PAGE_SETUP",
            `${name}lề ${label} ${num(have)} mm, thể thức yêu cầu ${lo === hi ? `${num(want)} mm` : `từ ${num(lo)} đến ${num(hi)} mm`}${cite(page.source, page.unverified)}; ${fixPage}`,
            at,
          ),
        );
    }
  });
  out.push(...pageNumberFindings(where, profile, tree, lines));
  return out;
}

const rotated = (
  m: { top: number; bottom: number; left: number; right: number },
  key: "top" | "bottom" | "left" | "right",
) => ({ top: m.left, bottom: m.right, left: m.bottom, right: m.top })[key];

function pageNumberFindings(
  where: Where,
  profile: Profile,
  tree: ReadRoot,
  lines: readonly Line[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rule = profile.page_number;
  const at = { path: "trang", severity: severityOf(rule.unverified) };
  const source = cite(rule.source, rule.unverified);
  const numberLines: Line[] = [];
  tree.sections.forEach((s, i) => {
    const name = tree.sections.length > 1 ? `phần (section) ${i + 1}: ` : "";
    const first = s.page.titlePage ? s.headers.first : s.headers.default;
    const firstFooter = s.page.titlePage ? s.footers.first : s.footers.default;
    if (!rule.first_page && (hasPage(first) || hasPage(firstFooter)))
      out.push(
        finding(
          where,
          "PAGE_NUMBER",
          `${name}trang đầu có số trang, thể thức không đánh số trang 1${source}; bật Khác ở trang đầu (Different First Page) trong Đầu trang › Tùy chọn`,
          at,
        ),
      );
    const later = s.headers.default;
    const chars = lines.filter((l) => l.section === i).reduce((n, l) => n + l.text.length, 0);
    const footerOnly = !hasPage(later) && hasPage(s.footers.default);
    if (footerOnly)
      out.push(
        finding(
          where,
          "PAGE_NUMBER",
          `${name}số trang ở chân trang, thể thức đặt số trang ở giữa lề trên${source}; xóa số ở chân trang, chèn lại ở Chèn › Số trang › Đầu trang (Insert › Page Number › Top of Page)`,
          at,
        ),
      );
    else if (!hasPage(later) && chars > ONE_PAGE_CHARS)
      out.push(
        finding(
          where,
          "PAGE_NUMBER",
          `${name}không có số trang, thể thức đánh số trang từ trang 2 ở giữa lề trên${source}; chọn Chèn › Số trang › Đầu trang › Số thường 2 (Insert › Page Number › Top of Page)`,
          at,
        ),
      );
    for (const p of paragraphs(later ?? []))
      if (p.children.some((c) => c.type === "pageNumber"))
        numberLines.push({
          role: rule.style,
          field: "trang",
          text: "",
          runs: p.children
            .filter((c) => c.type === "pageNumber")
            .map((c) => ({ type: "text", value: "1", look: c.look }) as ReadText),
          paragraph: p,
          section: i,
        });
  });
  // One finding per fault across sections: each section repeats the same header.
  const formats = formatFindings(where, profile, numberLines);
  const seen = new Set<string>();
  return [...out, ...formats.filter((d) => !seen.has(d.message) && seen.add(d.message))];
}

const hasPage = (blocks?: ReadBlock[]): boolean =>
  paragraphs(blocks ?? []).some((p) => p.children.some((c) => c.type === "pageNumber"));

function paragraphs(blocks: readonly ReadBlock[]): ReadParagraph[] {
  return blocks.flatMap((b) =>
    b.type === "paragraph"
      ? [b]
      : b.type === "table"
        ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.children)))
        : [],
  );
}

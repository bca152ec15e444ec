/**
 * The page of every section against the profile: paper size, the four margins (within what the
 * text permits, `page.accept`), and page numbers: none on a section's first page when the
 * profile says so, a PAGE field in the header on the pages after (when the section may run
 * past one page), formatted as the profile's page-number style. A fault found in several
 * sections is one finding naming them.
 */
import type { Report } from "../report";
import type { ReadBlock, ReadParagraph, ReadRoot, ReadText } from "../ooxml/types";
import type { Profile } from "../profile/schema";
import type { Line } from "../recognise/types";
import { cite, finding, num, severityOf } from "./finding";
import { formatFindings } from "./format-rules";

const MM = 0.5;
/** Printed lines of 14 pt text on an A4 page with the official margins, about: more may run past a page. */
const LINES_PER_PAGE = 40;
const CHARS_PER_LINE = 80;

/** Whether a section's text may run past one page (then it needs page numbers): its lines, each at least one line. */
export function mayRunPastOnePage(lines: readonly Line[]): boolean {
  const printed = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.text.length / CHARS_PER_LINE)), 0);
  return printed > LINES_PER_PAGE;
}

/** Faults by message with the sections they are in ("phần (section) 1, 2, 3: …" when the file has several). */
class Faults {
  private readonly found = new Map<string, number[]>();
  constructor(private readonly count: number) {}
  add(section: number, message: string) {
    this.found.set(message, [...(this.found.get(message) ?? []), section + 1]);
  }
  messages(): string[] {
    return [...this.found].map(([m, s]) => (this.count > 1 ? `phần (section) ${s.join(", ")}: ${m}` : m));
  }
}

type Margin = "top" | "bottom" | "left" | "right";
const MARGINS: [Margin, string][] = [
  ["top", "trên"],
  ["bottom", "dưới"],
  ["left", "trái"],
  ["right", "phải"],
];

export function pageFindings(report: Report, profile: Profile, tree: ReadRoot, lines: readonly Line[]): void {
  const page = profile.page;
  const at = { path: "trang", severity: severityOf(page.unverified) };
  const source = cite(page.source, page.unverified);
  const faults = new Faults(tree.sections.length);
  tree.sections.forEach((s, i) => {
    const p = s.page;
    // A phụ lục may be turned to landscape for a wide table: its page is judged turned back.
    const turned = p.orientation === "landscape" && i > 0;
    const [w, h] = turned ? [p.height, p.width] : [p.width, p.height];
    if (Math.abs(w - page.width) > 2 * MM || Math.abs(h - page.height) > 2 * MM)
      faults.add(
        i,
        `khổ giấy ${num(p.width)} × ${num(p.height)} mm, thể thức yêu cầu ${num(page.width)} × ${num(page.height)} mm (A4)${source}; chọn Bố cục › Khổ giấy › A4 (Layout › Size)`,
      );
    for (const [key, label] of MARGINS) {
      const want = page.margins[key];
      const [lo, hi] = page.accept?.[key] ?? [want, want];
      const have = turned ? rotated(p.margins, key) : p.margins[key];
      if (have < lo - MM || have > hi + MM)
        faults.add(
          i,
          `lề ${label} ${num(have)} mm, thể thức yêu cầu ${lo === hi ? `${num(want)} mm` : `từ ${num(lo)} đến ${num(hi)} mm`}${source}; sửa ở Bố cục › Lề › Lề tùy chỉnh (Layout › Margins › Custom Margins)`,
        );
    }
  });
  for (const m of faults.messages()) finding(report, "PAGE_SETUP", m, at);
  pageNumberFindings(report, profile, tree, lines);
}

const rotated = (m: Record<Margin, number>, key: Margin) =>
  ({ top: m.left, bottom: m.right, left: m.bottom, right: m.top })[key];

function pageNumberFindings(report: Report, profile: Profile, tree: ReadRoot, lines: readonly Line[]): void {
  const rule = profile.page_number;
  const at = { path: "trang", severity: severityOf(rule.unverified) };
  const source = cite(rule.source, rule.unverified);
  const faults = new Faults(tree.sections.length);
  const numberLines: Line[] = [];
  tree.sections.forEach((s, i) => {
    const first = s.page.titlePage ? s.headers.first : s.headers.default;
    const firstFooter = s.page.titlePage ? s.footers.first : s.footers.default;
    if (!rule.first_page && (hasPage(first) || hasPage(firstFooter)))
      faults.add(
        i,
        `trang đầu có số trang, thể thức không đánh số trang 1${source}; bật Khác ở trang đầu (Different First Page) trong Đầu trang › Tùy chọn`,
      );
    const later = s.headers.default;
    if (!hasPage(later) && hasPage(s.footers.default))
      faults.add(
        i,
        `số trang ở chân trang, thể thức đặt số trang ở giữa lề trên${source}; xóa số ở chân trang, chèn lại ở Chèn › Số trang › Đầu trang (Insert › Page Number › Top of Page)`,
      );
    else if (!hasPage(later) && mayRunPastOnePage(lines.filter((l) => l.section === i)))
      faults.add(
        i,
        `không có số trang, thể thức đánh số trang từ trang 2 ở giữa lề trên${source}; chọn Chèn › Số trang › Đầu trang › Số thường 2 (Insert › Page Number › Top of Page)`,
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
  for (const m of faults.messages()) finding(report, "PAGE_NUMBER", m, at);
  // Each section repeats the same header: one finding per fault.
  const seen = new Set<string>();
  const once: Report = (code, message, where) => {
    if (!seen.has(message) && seen.add(message)) report(code, message, where);
  };
  formatFindings(once, profile, numberLines);
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

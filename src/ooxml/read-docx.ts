/**
 * `readDocx(bytes, {file})`: a .docx → the read tree (src/ooxml/types.ts) and diagnostics.
 * Any file gets an answer: a tree (with warnings for parts that had to be skipped), or one
 * clear error — not a zip, damaged, password-protected or an old .doc, over a limit — never an
 * exception.
 */
import { diagnostic, internalError, type Diagnostic } from "../diagnostic";
import { TooLarge, type Context } from "./context";
import { readBlocks } from "./blocks";
import { READ_LIMITS } from "./limits";
import { notesReader } from "./notes";
import { readNumbering } from "./numbering";
import { mainPart, partOfKind, relationshipsOf, type Relationship } from "./parts";
import { pageSetup, sectionRefs, type SectionRefs } from "./sections";
import { readStyles } from "./styles";
import { readTheme } from "./theme";
import type { HeaderFooterSet, ReadBlock, ReadOptions, ReadOutcome, ReadSection } from "./types";
import { child, descendant, onOff, textOf, XmlProblem, type El } from "./xml";
import { openZip, type Package } from "./zip";
import { parseXml } from "./xml";

const stage = "read" as const;

const PART_NAMES: Record<string, string> = {
  styles: "phần kiểu (styles)",
  numbering: "phần đánh số tự động (numbering)",
  footnotes: "phần chú thích cuối trang (footnotes)",
  endnotes: "phần chú thích cuối văn bản (endnotes)",
  settings: "phần thiết lập (settings)",
  theme: "phần giao diện (theme)",
  header: "phần đầu trang (header)",
  footer: "phần chân trang (footer)",
};

const LOST: Record<string, string> = {
  styles: "định dạng theo kiểu không được đọc",
  numbering: "số thứ tự tự động của các đoạn không được đọc",
  footnotes: "chữ của chú thích không được đọc",
  endnotes: "chữ của chú thích không được đọc",
  settings: "thiết lập trang chẵn lẻ không được đọc",
  theme: "phông chữ theo giao diện không được đọc",
  header: "chữ ở đầu trang này không được đọc",
  footer: "chữ ở chân trang này không được đọc",
};

export function readDocx(bytes: Uint8Array, options: ReadOptions): ReadOutcome {
  const file = options.file;
  const fail = (code: Parameters<typeof diagnostic>[0], message: string): ReadOutcome => ({
    diagnostics: [diagnostic(code, message, { file, stage })],
  });
  try {
    return read(bytes, file);
  } catch (e) {
    if (e instanceof TooLarge) return fail("DOCX_TOO_LARGE", tooLarge(e.what));
    if (e instanceof RangeError)
      return fail("DOCX_TOO_LARGE", tooLarge("cấu trúc lồng nhau quá sâu hoặc quá nhiều nội dung"));
    return { diagnostics: [internalError(e, file, stage, "khi đọc tệp .docx")] };
  }
}

const tooLarge = (what: string) =>
  `tệp .docx quá lớn để đọc: ${what}; có thể là tệp độc hại (bom zip) hoặc cần tách thành nhiều văn bản`;

const NOT_DOCX =
  "tệp không phải tệp Word .docx (không phải tệp zip) hoặc đã bị hỏng; mở bằng Word và lưu lại dưới dạng .docx";

function read(bytes: Uint8Array, file: string): ReadOutcome {
  const fail = (code: Diagnostic["code"], message: string): ReadOutcome => ({
    diagnostics: [diagnostic(code, message, { file, stage })],
  });
  const pkg = openZip(bytes);
  if ("kind" in pkg) {
    switch (pkg.kind) {
      case "not-zip":
        return fail("DOCX_UNREADABLE", NOT_DOCX);
      case "damaged":
        return fail(
          "DOCX_UNREADABLE",
          "tệp .docx bị hỏng hoặc không trọn vẹn (có thể tải về chưa xong hay bị cắt ngắn); mở bằng Word để sửa, hoặc lấy lại bản gốc",
        );
      case "protected":
        return fail(
          "DOCX_PROTECTED",
          "tệp được bảo vệ bằng mật khẩu hoặc là tệp .doc cũ (Word 97–2003), không phải .docx; mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) hoặc lưu lại dưới dạng .docx",
        );
      case "too-large":
        return fail("DOCX_TOO_LARGE", tooLarge(pkg.what));
    }
  }
  const main = mainPart(pkg);
  if (!main)
    return fail(
      "DOCX_UNREADABLE",
      "tệp zip này không phải văn bản Word: không có phần nội dung chính (word/document.xml); mở bằng Word và lưu lại dưới dạng .docx",
    );
  let docRoot: El;
  try {
    docRoot = parseXml(pkg.text(main)!);
  } catch (e) {
    if (e instanceof XmlProblem && e.kind === "deep")
      return fail("DOCX_TOO_LARGE", tooLarge(`${main} lồng nhau quá ${READ_LIMITS.depth} tầng`));
    return fail(
      "DOCX_UNREADABLE",
      `${main}: nội dung chính của tệp .docx không phải XML hợp lệ (tệp bị hỏng); mở bằng Word để sửa rồi lưu lại`,
    );
  }
  const body = child(docRoot, "w:body");
  if (!body)
    return fail(
      "DOCX_UNREADABLE",
      `${main}: không có phần thân văn bản (w:body); tệp không phải văn bản Word hợp lệ`,
    );

  const diagnostics: Diagnostic[] = [];
  let rels: Map<string, Relationship>;
  try {
    rels = relationshipsOf(pkg, main);
  } catch {
    rels = new Map();
    diagnostics.push(
      diagnostic(
        "DOCX_PART_UNREADABLE",
        `${main}.rels: danh sách các phần của văn bản bị hỏng nên bị bỏ qua; kiểu, đánh số, đầu trang và chú thích không được đọc`,
        { file, stage, severity: "warning" },
      ),
    );
  }
  const optional = (kind: string, part = partOfKind(rels, kind)): El | undefined => {
    if (!part) return undefined;
    const text = pkg.text(part);
    if (text === undefined) return undefined;
    try {
      return parseXml(text);
    } catch (e) {
      const why =
        e instanceof XmlProblem && e.kind === "deep" ? `lồng nhau quá ${READ_LIMITS.depth} tầng` : "XML sai";
      diagnostics.push(
        diagnostic(
          "DOCX_PART_UNREADABLE",
          `${part}: ${PART_NAMES[kind]} bị hỏng (${why}) nên bị bỏ qua; ${LOST[kind]}`,
          {
            file,
            stage,
            severity: "warning",
          },
        ),
      );
      return undefined;
    }
  };

  const styles = readStyles(optional("styles"));
  const numbering = readNumbering(optional("numbering"), (id) => styles.paragraph(id).numId);
  const theme = readTheme(optional("theme"));
  const settings = optional("settings");
  const evenAndOdd = onOff(child(settings, "w:evenAndOddHeaders")) === true;
  const ctx: Context = {
    file,
    styles,
    numbering,
    theme,
    notes: notesReader({ footnote: optional("footnotes"), endnote: optional("endnotes") }, () => ctx),
    diagnostics,
    source: 0,
    paragraphs: 0,
    fields: [],
  };

  // Body: sections end at paragraphs holding a w:sectPr, and at the body's own last w:sectPr.
  const ends: { blocks: ReadBlock[]; sectPr?: El }[] = [];
  let current: ReadBlock[] = [];
  readBlocks(body, ctx, { body: true }, {
    get blocks() {
      return current;
    },
    onSection(sectPr) {
      ends.push({ blocks: current, sectPr });
      current = [];
    },
  } as { blocks: ReadBlock[]; onSection: (s: El) => void });
  ends.push({ blocks: current, sectPr: child(body, "w:sectPr") });
  ctx.fields = [];

  const stories = new Map<string, ReadBlock[]>();
  const story = (kind: "header" | "footer", id: string | undefined): ReadBlock[] | undefined => {
    const target = id ? rels.get(id) : undefined;
    if (!target || target.external) return undefined;
    if (stories.has(target.target)) return stories.get(target.target);
    const root = optional(kind, target.target);
    const blocks = root ? readBlocks(root, ctx, { body: false }) : [];
    ctx.fields = [];
    stories.set(target.target, blocks);
    return blocks;
  };
  const set = (kind: "header" | "footer", ids: SectionRefs["headers"]): HeaderFooterSet => {
    const out: HeaderFooterSet = {};
    for (const t of ["default", "first", "even"] as const) {
      const blocks = story(kind, ids[t]);
      if (blocks) out[t] = blocks;
    }
    return out;
  };

  let previous: SectionRefs | undefined;
  const sections: ReadSection[] = ends.map(({ blocks, sectPr }) => {
    const refs = sectionRefs(sectPr, previous);
    previous = refs;
    return {
      type: "section",
      children: tidy(blocks),
      page: pageSetup(sectPr, evenAndOdd),
      headers: set("header", refs.headers),
      footers: set("footer", refs.footers),
    };
  });
  const app = optionalText(pkg, "docProps/app.xml", "Application");
  return {
    tree: {
      type: "document",
      sections,
      ...(app && { application: app }),
      paragraphs: ctx.source,
    },
    diagnostics,
  };
}

/** A section starts on a new page: a page break first or last in it says nothing. */
function tidy(blocks: ReadBlock[]): ReadBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && blocks[start].type === "pageBreak") start++;
  while (end > start && blocks[end - 1].type === "pageBreak") end--;
  return start === 0 && end === blocks.length ? blocks : blocks.slice(start, end);
}

function optionalText(pkg: Package, part: string, element: string): string | undefined {
  const text = pkg.text(part);
  if (text === undefined) return undefined;
  try {
    const el = descendant(parseXml(text), element);
    return el ? textOf(el).trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * .docx files written the way Word, LibreOffice or WPS write them, WITHOUT vanthu's writer: raw
 * WordprocessingML strings zipped with fflate, so the reader is tested on habits vanthu never
 * produces (basedOn chains, numbering.xml, text boxes, fields as fldChar runs, tracked changes…).
 */
import { strToU8, zipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const NS = [
  `xmlns:w="${W}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'mc:Ignorable="wps"',
].join(" ");

export interface WordParts {
  /** The children of w:body (paragraphs, tables, the last w:sectPr). */
  body: string;
  /** The children of w:styles (w:docDefaults, w:style …). */
  styles?: string;
  /** The children of w:numbering. */
  numbering?: string;
  /** The w:footnote elements (separators are added). */
  footnotes?: string;
  /** Headers and footers by relationship id: `{ rIdH1: { kind: "header", xml: "<w:p>…" } }`. */
  stories?: Record<string, { kind: "header" | "footer"; xml: string }>;
  /** The children of w:settings. */
  settings?: string;
  /** Latin font of the theme's minor (body) and major (headings) fonts. */
  theme?: { minor: string; major: string };
  /** docProps/app.xml Application. */
  application?: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const theme = (t: { minor: string; major: string }) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="${t.major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${t.minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

/** A .docx of these parts, as a word processor would zip it. */
export function wordDocx(p: WordParts): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const files: Record<string, string> = {};
  const rels: string[] = [];
  const types: string[] = [];
  const add = (id: string, type: string, target: string, xml: string, contentType: string) => {
    files[`word/${target}`] = head + xml;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
    types.push(
      `<Override PartName="/word/${target}" ContentType="application/vnd.openxmlformats-officedocument.${contentType}"/>`,
    );
  };
  const wml = "wordprocessingml";
  files["word/document.xml"] = `${head}<w:document ${NS}><w:body>${p.body}</w:body></w:document>`;
  add(
    "rIdStyles",
    "styles",
    "styles.xml",
    `<w:styles ${NS}>${p.styles ?? ""}</w:styles>`,
    `${wml}.styles+xml`,
  );
  if (p.numbering !== undefined)
    add(
      "rIdNum",
      "numbering",
      "numbering.xml",
      `<w:numbering ${NS}>${p.numbering}</w:numbering>`,
      `${wml}.numbering+xml`,
    );
  if (p.footnotes !== undefined)
    add(
      "rIdFn",
      "footnotes",
      "footnotes.xml",
      `<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${p.footnotes}</w:footnotes>`,
      `${wml}.footnotes+xml`,
    );
  if (p.settings !== undefined)
    add(
      "rIdSet",
      "settings",
      "settings.xml",
      `<w:settings ${NS}>${p.settings}</w:settings>`,
      `${wml}.settings+xml`,
    );
  if (p.theme) {
    files["word/theme/theme1.xml"] = theme(p.theme);
    rels.push(`<Relationship Id="rIdTheme" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  }
  for (const [id, s] of Object.entries(p.stories ?? {})) {
    const tag = s.kind === "header" ? "w:hdr" : "w:ftr";
    add(id, s.kind, `${s.kind}-${id}.xml`, `<${tag} ${NS}>${s.xml}</${tag}>`, `${wml}.${s.kind}+xml`);
  }
  files["word/_rels/document.xml.rels"] =
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  files["_rels/.rels"] =
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files["docProps/app.xml"] =
    `${head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${p.application ?? "Microsoft Office Word"}</Application></Properties>`;
  files["[Content_Types].xml"] =
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.${wml}.document.main+xml"/>${types.join("")}</Types>`;
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

/** A paragraph: `p("text")`, `p("text", '<w:pStyle w:val="Heading1"/>')`, runs given as XML with `raw`. */
export const p = (text: string, pPr = "", rPr = "") =>
  `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}<w:r>${rPr && `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const r = (text: string, rPr = "") =>
  `<w:r>${rPr && `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const A4 =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

/** A header line laid out with two centred tab stops, as Word users type one: left and right text. */
export const tabbed = (left: string, right: string, rPr = "") =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="2268"/><w:tab w:val="center" w:pos="6804"/></w:tabs></w:pPr><w:r>${rPr && `<w:rPr>${rPr}</w:rPr>`}<w:tab/><w:t>${left}</w:t><w:tab/><w:t>${right}</w:t></w:r></w:p>`;

/**
 * A công văn as a Word user lays it out: the header on tab stops, no styles, Word's default size;
 * `recipients: false` leaves out its Nơi nhận.
 */
export function wordCongVan({ recipients = true } = {}): Uint8Array {
  return wordDocx({
    body:
      tabbed("TỈNH ỦY LẠNG SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM") +
      tabbed("*", "") +
      tabbed("Số 1866-CV/TU", "Lạng Sơn, ngày 21 tháng 7 năm 2020") +
      p("V/v tăng cường công tác dân vận", "", "<w:i/>") +
      `<w:p>${r("Kính gửi: ", "<w:i/>")}${r("Các huyện ủy, thành ủy, đảng ủy trực thuộc.")}</w:p>` +
      p("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt công tác dân vận./.") +
      (recipients
        ? p("Nơi nhận:", "", "<w:b/><w:i/>") + p("- Như trên,") + p("- Lưu Văn phòng Tỉnh ủy.")
        : "") +
      p("T/M BAN THƯỜNG VỤ", '<w:jc w:val="right"/>', "<w:b/>") +
      p("PHÓ BÍ THƯ", '<w:jc w:val="right"/>', "<w:b/>") +
      p("Nguyễn Văn An", '<w:jc w:val="right"/>', "<w:b/>") +
      A4,
  });
}

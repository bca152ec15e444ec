/**
 * Read-back of word/document.xml and styles.xml for each state sample (data/nha-nuoc/) against
 * the rules of NĐ 30/2020 Phụ lục I, as ranges where the decree gives a range: a template,
 * profile or renderer change that breaks a rule a văn thư checks fails here. The rules' lengths
 * are measured too: the rule under the tiêu ngữ as long as its text, the ones under the cơ quan
 * and the trích yếu 1/3 to 1/2 of their longest line, all centred under their text.
 */
import { join } from "node:path";
import { textWidth } from "../../src/docx/measure";
import { twipFromMm, twipFromPt } from "../../src/docx/units";
import type { DocxInfo, ParaInfo } from "../support/docx-reader";
import { engine, rendered, ROOT, sampleFiles, sampleName } from "../support/samples";

const profile = engine.resources.profiles.get("nha-nuoc")!;
const STATE = sampleFiles(join(ROOT, "data/nha-nuoc")).map((f) => [sampleName(f), f] as const);
const mm = twipFromMm;
/** A4 less the decree's sample margins (left 35, right 20 mm). */
const TEXT_WIDTH = 11906 - mm(35) - mm(20);
const QUYEN_HAN = /^(TM|KT|TL|TUQ|Q)\. \S/;

/**
 * Widths, in pt, that LibreOffice gives these lines in the PDFs of the samples (pdftotext -bbox,
 * first word's left edge to last word's right edge); the e2e test measures the drawn rules.
 */
const PRINTED: [string, number, boolean, number][] = [
  ["Độc lập - Tự do - Hạnh phúc", 13, true, 159.08],
  ["ỦY BAN NHÂN DÂN", 12, true, 112.9],
  ["SỞ NỘI VỤ", 12, true, 61.93],
  ["Kết quả công tác văn thư, lưu trữ", 14, true, 200.09],
];

const inRange = (v: number | undefined, lo: number, hi: number) => {
  expect(v).toBeGreaterThanOrEqual(lo);
  expect(v).toBeLessThanOrEqual(hi);
};

/** Width in twips of the longest line of `p`, in its style's size and weight. */
function longestLine(docx: DocxInfo, p: ParaInfo): number {
  const s = docx.style(p.style!)!;
  return Math.max(...p.text.split("\n").map((line) => textWidth(line, s.size!, !!s.bold, !!s.italic)));
}

/** The rule paragraph right after `p` in document order: its drawn length and its centre offset, in twips. */
function ruleAfter(docx: DocxInfo, p: ParaInfo, available: number) {
  const rule = docx.paragraphs[docx.paragraphs.indexOf(p) + 1];
  expect(rule.borderBottom).toBe(true);
  expect(rule.text).toBe("");
  const left = rule.ind!.left ?? 0;
  const right = rule.ind!.right ?? 0;
  return { length: available - left - right, offCentre: Math.abs(left - right) };
}

const cells = (docx: DocxInfo, table: number, row: number, cell: number) =>
  docx.paragraphs.filter((p) => p.table === table && p.row === row && p.cell === cell);

it("has the state samples of the issue", () => {
  const kinds = STATE.map(([name]) => name.replace(/^nha-nuoc\//, "").replace(/-\d.*$/, ""));
  expect(kinds).toEqual(
    expect.arrayContaining([
      "cong-van",
      "quyet-dinh",
      "bao-cao",
      "to-trinh",
      "thong-bao",
      "ke-hoach",
      "giay-moi",
    ]),
  );
});

it("measures text as LibreOffice lays it out, to 0.5 %", () => {
  for (const [text, size, bold, pt] of PRINTED)
    expect([text, Math.abs(textWidth(text, size, bold) / 20 - pt) / pt < 0.005]).toEqual([text, true]);
});

describe.each(STATE)("the state sample %s", (_name, file) => {
  const doc = async () => {
    const r = await rendered(file);
    return { docx: r.docx, kind: (r.tree as { kind: string }).kind };
  };

  it("is A4 portrait with the decree's sample margins: top 25, bottom 20, left 35, right 20 mm", async () => {
    const { docx } = await doc();
    const s = docx.sections[0];
    expect(s.pgSz).toMatchObject({ w: 11906, h: 16838 });
    expect(s.pgMar).toMatchObject({
      top: mm(25),
      bottom: mm(20),
      left: mm(35),
      right: mm(20),
      header: mm(10),
    });
  });

  it("numbers pages 13–14 pt in the top centre, none on page 1", async () => {
    const { docx } = await doc();
    const s = docx.sections[0];
    expect(s.titlePg).toBe(true);
    const byType = Object.fromEntries(s.headers.map((h) => [h.type, docx.headerParagraphs(h.id)]));
    expect(byType.first.map((p) => p.text).join("")).toBe("");
    const number = byType.default[0];
    expect(number.runs.some((r) => r.field === "PAGE")).toBe(true);
    const style = docx.style(number.style!)!;
    expect(style.jc).toBe("center");
    inRange(style.size, 13, 14);
    expect(style.bold).toBeFalsy();
  });

  it("sets Times New Roman in all four font slots, in Vietnamese", async () => {
    const { docx } = await doc();
    expect(docx.defaults.fonts).toMatchObject({
      ascii: "Times New Roman",
      hAnsi: "Times New Roman",
      eastAsia: "Times New Roman",
      cs: "Times New Roman",
    });
    expect(docx.defaults.lang).toBe("vi-VN");
  });

  it("lays the header out as a borderless fixed table across the text width, about 40 : 60", async () => {
    const { docx } = await doc();
    const t = docx.tables[0];
    expect(t.width).toBe(TEXT_WIDTH);
    expect(t.grid.reduce((a, b) => a + b)).toBe(TEXT_WIDTH);
    inRange(t.grid[0] / TEXT_WIDTH, 0.38, 0.45);
    expect(t.layout).toBe("fixed");
    expect(Object.values(t.borders).every((b) => b === "none")).toBe(true);
  });

  it("prints the cơ quan (12–13, bold, IN HOA; chủ quản not bold) with a centred rule 1/3–1/2 of its line, and no asterisk", async () => {
    const { docx } = await doc();
    const left = cells(docx, 0, 0, 0);
    const issuer = left.find((p) => p.style === "co-quan")!;
    expect(issuer.text).toBe(issuer.text.toLocaleUpperCase("vi"));
    const s = docx.style("co-quan")!;
    expect(s).toMatchObject({ bold: true, jc: "center" });
    inRange(s.size, 12, 13);
    const superior = left.find((p) => p.style === "co-quan-cap-tren");
    if (superior) {
      expect(superior.text).toBe(superior.text.toLocaleUpperCase("vi"));
      expect(left.indexOf(superior)).toBeLessThan(left.indexOf(issuer));
      expect(docx.style("co-quan-cap-tren")!.bold).toBeFalsy();
      inRange(docx.style("co-quan-cap-tren")!.size, 12, 13);
    }
    const rule = ruleAfter(docx, issuer, docx.tables[0].grid[0]);
    inRange(rule.length / longestLine(docx, issuer), 1 / 3, 1 / 2);
    expect(rule.offCentre).toBeLessThanOrEqual(1);
    expect(docx.paragraphs.some((p) => p.text === "*" || p.style === "sao")).toBe(false);
  });

  it("prints the quốc hiệu (12–13, bold) and the tiêu ngữ (13–14, bold) with a rule as long as the tiêu ngữ", async () => {
    const { docx } = await doc();
    const right = cells(docx, 0, 0, 1);
    expect(right[0].text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(right[1].text).toBe("Độc lập - Tự do - Hạnh phúc");
    const [qh, tn] = [docx.style(right[0].style!)!, docx.style(right[1].style!)!];
    expect(qh).toMatchObject({ bold: true, jc: "center" });
    expect(tn).toMatchObject({ bold: true, jc: "center" });
    inRange(qh.size, 12, 13);
    inRange(tn.size, 13, 14);
    // The quốc hiệu fits its cell on one line.
    expect(textWidth(right[0].text, qh.size!, true)).toBeLessThan(docx.tables[0].grid[1]);
    const rule = ruleAfter(docx, right[1], docx.tables[0].grid[1]);
    const printed = PRINTED.find(([t, size]) => t === right[1].text && size === tn.size)![3] * 20;
    expect(Math.abs(rule.length - printed)).toBeLessThanOrEqual(printed * 0.005);
    expect(rule.offCentre).toBeLessThanOrEqual(1);
  });

  it('writes "Số: NN/…" (13) and the italic date (13–14) on the same row, the symbol per Phụ lục III', async () => {
    const { docx, kind } = await doc();
    const so = docx.paragraphs.find((p) => p.style === "so")!;
    const ngay = docx.paragraphs.find((p) => p.style === "ngay")!;
    expect([so.table, so.row, so.cell]).toEqual([0, 1, 0]);
    expect([ngay.table, ngay.row, ngay.cell]).toEqual([0, 1, 1]);
    const code = profile.kinds[kind].code;
    // Công văn: issuer-unit, no type code; other kinds: TYPE-issuer[-unit].
    expect(so.text).toMatch(
      code ? new RegExp(`^Số: \\d{2,}/${code}-[A-ZĐ]+(-[A-ZĐ]+)?$`) : /^Số: \d{2,}\/[A-ZĐ]+-[A-ZĐ]+$/,
    );
    expect(docx.style("so")).toMatchObject({ size: 13 });
    expect(docx.style("so")!.bold).toBeFalsy();
    expect(ngay.text).toMatch(/^[^,]+, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
    expect(docx.style("ngay")).toMatchObject({ italic: true, jc: "center" });
    inRange(docx.style("ngay")!.size, 13, 14);
  });

  it("prints the tên loại (13–14, bold) and the trích yếu (13–14, bold) with a centred rule 1/3–1/2 of its line, or the V/v line of a công văn", async () => {
    const { docx, kind } = await doc();
    const body = docx.paragraphs.filter((p) => p.table === undefined);
    expect(docx.paragraphs.some((p) => p.text === "-----" || p.style === "phan-cach")).toBe(false);
    if (kind === "cong-van") {
      expect(cells(docx, 0, 1, 0).map((p) => p.style)).toEqual(["so", "trich-yeu-cong-van"]);
      expect(cells(docx, 0, 1, 0)[1].text).toMatch(/^V\/v \S/);
      const s = docx.style("trich-yeu-cong-van")!;
      inRange(s.size, 12, 13);
      expect(s.italic).toBeFalsy();
      expect(s.bold).toBeFalsy();
      expect(Number(s.spacing.before)).toBe(twipFromPt(6));
      expect(body.some((p) => p.style === "ten-loai")).toBe(false);
      return;
    }
    expect(body[0]).toMatchObject({ style: "ten-loai", text: profile.kinds[kind].title });
    expect(body[1].style).toBe("trich-yeu");
    for (const id of ["ten-loai", "trich-yeu"]) {
      const s = docx.style(id)!;
      expect(s).toMatchObject({ bold: true, jc: "center", keepNext: true });
      inRange(s.size, 13, 14);
    }
    const rule = ruleAfter(docx, body[1], TEXT_WIDTH);
    inRange(rule.length / longestLine(docx, body[1]), 1 / 3, 1 / 2);
    expect(rule.offCentre).toBeLessThanOrEqual(1);
  });

  it("sets the body 13–14, justified, first line indented 1–1.27 cm, ≥ 6 pt apart, single to 1.5 lines", async () => {
    const { docx } = await doc();
    const body = docx.style("noi-dung")!;
    expect(body.jc).toBe("both");
    inRange(body.size, 13, 14);
    inRange(body.ind.firstLine, mm(10), mm(12.7));
    expect(Number(body.spacing.before)).toBeGreaterThanOrEqual(twipFromPt(6));
    expect(body.spacing.lineRule).toBe("auto");
    inRange(Number(body.spacing.line), 240, 360);
    const paragraphs = docx.paragraphs.filter((p) => p.style === "noi-dung" && p.table === undefined);
    expect(paragraphs.length).toBeGreaterThan(2);
  });

  it('ends the body with "./." just before the footer, kept on the signature\'s page', async () => {
    const { docx } = await doc();
    const footer = docx.paragraphs.find((p) => p.style === "noi-nhan-nhan")!.table!;
    const first = docx.paragraphs.findIndex((p) => p.table === footer);
    expect(docx.paragraphs[first - 1].text).toMatch(/\.\/\.$/);
    expect(docx.paragraphs[first - 1].keepNext).toBe(true);
    expect(docx.tables[footer].cantSplit.every(Boolean)).toBe(true);
  });

  it('prints "Nơi nhận:" (12, bold italic) level with the signature, items at 11 with ";" and "- Lưu: VT, …."', async () => {
    const { docx } = await doc();
    const label = docx.paragraphs.find((p) => p.style === "noi-nhan-nhan")!;
    expect(label.text).toBe("Nơi nhận:");
    expect(docx.style("noi-nhan-nhan")).toMatchObject({ size: 12, bold: true, italic: true });
    const left = cells(docx, label.table!, label.row!, label.cell!);
    const right = cells(docx, label.table!, label.row!, label.cell! + 1);
    expect(left[0]).toBe(label);
    expect(right.length).toBeGreaterThanOrEqual(2);
    const items = left.slice(1);
    expect(docx.style("noi-nhan")).toMatchObject({ size: 11 });
    expect(docx.style("noi-nhan")!.bold).toBeFalsy();
    expect(items.every((p) => p.style === "noi-nhan" && p.text.startsWith("- "))).toBe(true);
    expect(items.slice(0, -1).every((p) => p.text.endsWith(";"))).toBe(true);
    expect(items.at(-1)!.text).toMatch(/^- Lưu: VT(, [^,;]+)*\.$/);
  });

  it("signs with TM./KT./TL./TUQ./Q., chức vụ and họ tên, all bold 13–14", async () => {
    const { docx } = await doc();
    const label = docx.paragraphs.find((p) => p.style === "noi-nhan-nhan")!;
    const right = cells(docx, label.table!, label.row!, label.cell! + 1);
    const quyenHan = right.filter((p) => p.style === "quyen-han");
    for (const line of quyenHan.flatMap((p) => p.text.split("\n"))) expect(line).toMatch(QUYEN_HAN);
    expect(right.at(-1)!.style).toBe("ho-ten");
    expect(right.at(-2)!.style).toBe("chuc-vu");
    for (const id of ["quyen-han", "chuc-vu", "ho-ten"]) {
      const s = docx.style(id)!;
      expect(s).toMatchObject({ bold: true, jc: "center" });
      inRange(s.size, 13, 14);
    }
    expect(right.at(-1)!.text).not.toBe(right.at(-1)!.text.toLocaleUpperCase("vi"));
    expect(Number(docx.style("ho-ten")!.spacing.before)).toBeGreaterThanOrEqual(twipFromPt(40));
  });
});

describe("the state công văn", () => {
  const name = STATE.find(([n]) => n.startsWith("nha-nuoc/cong-van"))![1];

  it('puts "Kính gửi:" alone 35 mm in, and each recipient on its own line at 45 mm, ";" between, "." last', async () => {
    const { docx } = await rendered(name);
    const kg = docx.paragraphs.filter((p) => p.style?.startsWith("kinh-gui"));
    expect(kg[0]).toMatchObject({ style: "kinh-gui", text: "Kính gửi:" });
    const label = docx.style("kinh-gui")!;
    expect((label.ind.left ?? 0) - (label.ind.hanging ?? 0) + (label.ind.firstLine ?? 0)).toBe(mm(35));
    expect(docx.style("kinh-gui-muc")!.ind.left).toBe(mm(45));
    const items = kg.slice(1);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((p) => p.style === "kinh-gui-muc" && p.text.startsWith("- "))).toBe(true);
    expect(items.slice(0, -1).every((p) => p.text.endsWith(";"))).toBe(true);
    expect(items.at(-1)!.text).toMatch(/\.$/);
    inRange(label.size, 13, 14);
  });

  it('writes the symbol as issuer-unit, "Số: 12/UBND-VX"', async () => {
    const { docx } = await rendered(name);
    expect(docx.paragraphs.find((p) => p.style === "so")!.text).toBe("Số: 12/UBND-VX");
  });
});

describe("the state giấy mời", () => {
  const name = STATE.find(([n]) => n.startsWith("nha-nuoc/giay-moi"))![1];

  it("invites, names the meeting, its chair, time and place, in the order of Mẫu 1.7", async () => {
    const { docx } = await rendered(name);
    const body = docx.paragraphs
      .filter((p) => p.table === undefined && p.style === "noi-dung")
      .map((p) => p.text);
    expect(body[0]).toMatch(/^Ủy ban nhân dân tỉnh Hà Tĩnh trân trọng kính mời:$/);
    const at = (start: string) => body.findIndex((t) => t.startsWith(start));
    expect(at("- ")).toBe(1);
    expect(
      [at("Tới dự "), at("Chủ trì: "), at("Thời gian: "), at("Địa điểm: ")].every(
        (i, k, all) => i > 0 && (k === 0 || i > all[k - 1]),
      ),
    ).toBe(true);
    expect(docx.paragraphs.find((p) => p.style === "so")!.text).toMatch(/^Số: \d{2}\/GM-UBND$/);
  });
});

describe("the state quyết định", () => {
  const name = STATE.find(([n]) => n.startsWith("nha-nuoc/quyet-dinh"))![1];

  it("puts the thẩm quyền above the căn cứ and QUYẾT ĐỊNH: below them, IN HOA, bold, centred", async () => {
    const { docx } = await rendered(name);
    const body = docx.paragraphs.filter((p) => p.table === undefined);
    const first = body.findIndex((p) => p.style === "can-cu");
    const last = body.findLastIndex((p) => p.style === "can-cu");
    expect(body[first - 1]).toMatchObject({
      style: "ban-hanh",
      text: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    });
    expect(body[last + 1]).toMatchObject({ style: "ban-hanh", text: "QUYẾT ĐỊNH:" });
    expect(docx.style("ban-hanh")).toMatchObject({ bold: true, jc: "center", keepNext: true });
    inRange(docx.style("ban-hanh")!.size, 13, 14);
  });

  it('writes each căn cứ on its own line, italic, no dash, ";" after each and "." after the last (PL I II.6.a)', async () => {
    const { docx } = await rendered(name);
    const canCu = docx.paragraphs.filter((p) => p.style === "can-cu").map((p) => p.text);
    expect(canCu.length).toBeGreaterThanOrEqual(3);
    expect(canCu.every((t) => /^(Căn cứ|Theo đề nghị|Xét đề nghị) /.test(t))).toBe(true);
    expect(canCu.slice(0, -1).every((t) => t.endsWith(";"))).toBe(true);
    expect(canCu.at(-1)).toMatch(/[^.]\.$/);
    const s = docx.style("can-cu")!;
    expect(s).toMatchObject({ italic: true, jc: "both", keepNext: true });
    expect(s.bold).toBeFalsy();
    expect(s.size).toBe(docx.style("noi-dung")!.size);
  });

  it('prints each "Điều N." label in bold, the rest of the article upright', async () => {
    const { docx } = await rendered(name);
    const articles = docx.paragraphs.filter((p) => /^Điều \d+\. /.test(p.text));
    expect(articles.map((p) => p.text.slice(0, 8))).toEqual(["Điều 1. ", "Điều 2. ", "Điều 3. "]);
    for (const p of articles) {
      expect(p.style).toBe("noi-dung");
      expect(p.runs[0]).toMatchObject({ text: expect.stringMatching(/^Điều \d+\.$/), bold: true });
      expect(p.runs.slice(1).every((r) => !r.bold)).toBe(true);
    }
  });
});

describe("the state tờ trình", () => {
  const name = STATE.find(([n]) => n.startsWith("nha-nuoc/to-trinh"))![1];

  it('addresses the authority with "Kính gửi:" (not "Kính trình:"), on the label\'s line for one recipient', async () => {
    const { docx } = await rendered(name);
    const kg = docx.paragraphs.filter((p) => p.style?.startsWith("kinh-gui"));
    expect(kg.map((p) => p.text)).toEqual(["Kính gửi: Ủy ban nhân dân tỉnh."]);
    expect(docx.paragraphs.some((p) => p.text.includes("Kính trình:"))).toBe(false);
    expect(docx.paragraphs.find((p) => p.style === "noi-nhan")!.text).toBe("- Như trên;");
  });
});

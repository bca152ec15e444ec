/**
 * An independent check of the Party rules (Hướng dẫn 36-HD/VPTW), written from
 * /work/shared/formats.md §3 with the numbers as literals: it never reads the format profile,
 * so a wrong number in templates/profiles/dang.yaml fails here even when the layout tests
 * (which compare against the profile) pass. Every size, weight and alignment is the effective
 * one: the paragraph style resolved through basedOn, then the paragraph's and run's own
 * properties, then the document defaults.
 *
 * Units: twips (1/20 pt; 1 mm = 56.7 twips). Sources: §3.1 page, §3.3 elements, §3.4 number and date.
 */
import { readFileSync } from "node:fs";
import type { DocumentInput } from "../../src/schema/kinds";
import type { DocxInfo, ParaInfo } from "../support/docx-reader";
import { engine, rendered, sampleFiles, sampleName, TODAY } from "../support/samples";

const TNR = "Times New Roman";

/** The effective formatting of a paragraph and of each of its runs that holds text. */
function effective(docx: DocxInfo, p: ParaInfo) {
  const style = (p.style ? docx.style(p.style) : undefined) ?? docx.style("Normal");
  const runs = p.runs
    .filter((r) => r.text.trim() !== "")
    .map((r) => ({
      text: r.text,
      size: r.size ?? style?.size ?? docx.defaults.size,
      bold: r.bold ?? style?.bold ?? false,
      italic: r.italic ?? style?.italic ?? false,
      underline: r.underline ?? style?.underline ?? false,
    }));
  const num = (v: unknown) => (v === undefined ? undefined : Number(v));
  return {
    runs,
    /** Every text run's value of `key`, when they all agree; else "mixed". */
    all<K extends "size" | "bold" | "italic" | "underline">(key: K) {
      const values = new Set(runs.map((r) => r[key]));
      return values.size === 1 ? [...values][0] : "mixed";
    },
    jc: p.jc ?? style?.jc ?? "left",
    firstLine: num(p.ind?.firstLine ?? style?.ind.firstLine) ?? 0,
    before: num(p.spacing?.before ?? style?.spacing.before) ?? 0,
    line: num(p.spacing?.line ?? style?.spacing.line),
    lineRule: (p.spacing as Record<string, unknown> | undefined)?.lineRule ?? style?.spacing.lineRule,
  };
}

const inputOf = (file: string) =>
  engine.toTree(readFileSync(file, "utf8"), file, { today: TODAY }).input as DocumentInput;
/**
 * The three Party samples made from the seeds 002–004: a công văn, a báo cáo and a thông báo, each
 * one section with one signer. (Other kinds bring rules of their own — "CTr"/"TTr" symbols,
 * appendices in their own sections, two signers, draft marks — not checked here.)
 */
const CHECKED = ["002-cong-van-1866-cv-tu", "003-bao-cao-143-bc-tu", "004-thong-bao-ket-luan"];
const PARTY = sampleFiles().filter((f) => CHECKED.includes(sampleName(f)));

describe.each(PARTY.map((f) => [sampleName(f), f]))("HD 36 in %s", (_name, file) => {
  const input = inputOf(file);
  /** The Party samples have one signer (nguoi_ky may also be written as a list of one). */
  const signer = ([] as { quyen_han?: string; chuc_vu: string; ho_ten: string }[]).concat(
    input.nguoi_ky as never,
  )[0];
  const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");
  let docx: DocxInfo;
  let outside: ParaInfo[];
  const head = (row: number, cell: number) =>
    docx.paragraphs.filter((p) => p.table === 0 && p.row === row && p.cell === cell && p.text !== "");
  const find = (text: string | RegExp) => {
    const p = docx.paragraphs.find((q) => (typeof text === "string" ? q.text === text : text.test(q.text)));
    if (!p) throw new Error(`no paragraph ${text}`);
    return p;
  };
  const fx = (p: ParaInfo) => effective(docx, p);

  beforeAll(async () => {
    docx = (await rendered(file)).docx;
    outside = docx.paragraphs.filter((p) => p.table === undefined && p.text.trim() !== "");
  });

  describe("the page (§3.1)", () => {
    it("is A4 portrait, 11906 × 16838 twips", () => {
      expect(docx.sections).toHaveLength(1);
      expect(docx.sections[0].pgSz).toMatchObject({ w: 11906, h: 16838 });
      expect(docx.sections[0].pgSz.orient).not.toBe("landscape");
    });

    it("has margins of 20, 20, 30 and 15 mm: 1134 / 1134 / 1701 / 850 twips", () => {
      expect(docx.sections[0].pgMar).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    });

    it("is set in Times New Roman, with no other font anywhere", () => {
      expect(docx.defaults.fonts).toEqual({ ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR });
      for (const part of [
        "word/document.xml",
        "word/styles.xml",
        "word/footnotes.xml",
        ...docx.files.filter((f) => /^word\/header\d*\.xml$/.test(f)),
      ]) {
        const fonts = [...(docx.xml(part) ?? "").matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)].map(
          (m) => m[1],
        );
        expect(fonts.filter((f) => f !== TNR)).toEqual([]);
      }
    });

    it("numbers pages from page 2: a distinct first page with an empty header, 14 pt centred numbers after", () => {
      const s = docx.sections[0];
      expect(s.titlePg).toBe(true);
      const headers = Object.fromEntries(s.headers.map((h) => [h.type, docx.headerParagraphs(h.id)]));
      expect(
        headers.first
          .map((p) => p.text)
          .join("")
          .trim(),
      ).toBe("");
      const number = headers.default.find((p) => p.runs.some((r) => r.field === "PAGE"))!;
      expect(number).toBeDefined();
      expect(fx(number).jc).toBe("center");
      const field = number.runs.find((r) => r.field === "PAGE")!;
      expect(field.size ?? docx.style(number.style!)?.size ?? docx.defaults.size).toBe(14);
    });
  });

  describe("the header (§3.2, §3.3)", () => {
    it("prints ĐẢNG CỘNG SẢN VIỆT NAM top right, 15 bold, centred, with a rule below", () => {
      const title = find("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect([title.table, title.row]).toEqual([0, 0]);
      expect(title.cell).toBeGreaterThan(0);
      expect(fx(title).all("size")).toBe(15);
      expect(fx(title).all("bold")).toBe(true);
      expect(fx(title).all("italic")).toBe(false);
      expect(fx(title).jc).toBe("center");
      const next = docx.paragraphs[docx.paragraphs.indexOf(title) + 1];
      expect(next.borderBottom).toBe(true);
    });

    it("prints the issuer top left, 14 bold, in capitals, with * centred below", () => {
      const issuer = find(upper(input.co_quan.ten));
      expect([issuer.table, issuer.row, issuer.cell]).toEqual([0, 0, 0]);
      expect(issuer.text).toBe(upper(issuer.text));
      expect(fx(issuer).all("size")).toBe(14);
      expect(fx(issuer).all("bold")).toBe(true);
      expect(fx(issuer).jc).toBe("center");
      const left = head(0, 0);
      expect(left.at(-1)!.text).toBe("*");
      expect(left.indexOf(issuer)).toBe(left.length - 2);
      expect(fx(left.at(-1)!).jc).toBe("center");
    });

    it("prints the superior body, when there is one, 14 in capitals, not bold, above the issuer", () => {
      const left = head(0, 0);
      if (!input.co_quan.cap_tren) {
        expect(left).toHaveLength(2);
        return;
      }
      expect(left[0].text).toBe(upper(input.co_quan.cap_tren));
      expect(fx(left[0]).all("size")).toBe(14);
      expect(fx(left[0]).all("bold")).toBe(false);
    });

    it("writes the number line as Số NN-TYPE/BODY at 14, no colon, centred under the issuer", () => {
      const so = find(/^Số /);
      expect(so.text).toMatch(/^Số \d{2,}-[A-ZĐ]+\/[A-ZĐ-]+$/);
      expect(so.text).not.toContain(":");
      expect([so.table, so.cell]).toEqual([0, 0]);
      expect(fx(so).all("size")).toBe(14);
      expect(fx(so).all("bold")).toBe(false);
      expect(fx(so).jc).toBe("center");
    });

    it("writes the place and date in italics at 14, day below 10 and months 1–2 zero-padded", () => {
      const date = find(/, ngày /);
      if (input.ngay.kind !== "date") throw new Error("every sample is dated");
      const { year: y, month: m, day: d } = input.ngay.date;
      const month = m <= 2 ? `0${m}` : String(m);
      expect(date.text).toBe(`${input.dia_danh}, ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`);
      expect(date.text).toMatch(/^[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
      expect(date.table).toBe(0);
      expect(date.cell).toBeGreaterThan(0);
      expect(fx(date).all("size")).toBe(14);
      expect(fx(date).all("italic")).toBe(true);
      expect(fx(date).all("bold")).toBe(false);
    });
  });

  describe("the title block", () => {
    if (input.loai === "cong-van") {
      it("puts the công văn's trích yếu under the number, 12 italic, centred, and no tên loại", () => {
        const so = find(/^Số /);
        const next = docx.paragraphs[docx.paragraphs.indexOf(so) + 1];
        expect(next.text.replace(/\n/g, " ")).toBe(input.trich_yeu.replace(/\n/g, " "));
        expect([next.table, next.cell]).toEqual([0, 0]);
        expect(fx(next).all("size")).toBe(12);
        expect(fx(next).all("italic")).toBe(true);
        expect(fx(next).jc).toBe("center");
        expect(outside.some((p) => /^(BÁO CÁO|THÔNG BÁO|CÔNG VĂN)$/.test(p.text))).toBe(false);
      });

      it("lists Kính gửi: before the body, at 14", () => {
        expect(outside[0].text).toMatch(/^Kính gửi:/);
        for (const p of outside.slice(0, input.kinh_gui.length)) expect(fx(p).all("size")).toBe(14);
      });
    } else {
      it("prints the tên loại in capitals, 15–16 bold, centred, then the trích yếu 14–15 bold centred, then -----", () => {
        const [kind, summary, separator] = outside;
        expect(kind.text).toBe(upper(kind.text));
        expect(kind.text).toBe(input.loai === "bao-cao" ? "BÁO CÁO" : "THÔNG BÁO");
        expect(fx(kind).all("size")).toBeGreaterThanOrEqual(15);
        expect(fx(kind).all("size")).toBeLessThanOrEqual(16);
        expect(fx(kind).all("bold")).toBe(true);
        expect(fx(kind).jc).toBe("center");
        expect(summary.text.replace(/\n/g, " ")).toBe(input.trich_yeu.replace(/\n/g, " "));
        expect(fx(summary).all("size")).toBeGreaterThanOrEqual(14);
        expect(fx(summary).all("size")).toBeLessThanOrEqual(15);
        expect(fx(summary).all("bold")).toBe(true);
        expect(fx(summary).jc).toBe("center");
        expect(separator.text).toBe("-----");
        expect(fx(separator).jc).toBe("center");
      });
    }
  });

  describe("the body (§3.3)", () => {
    const body = () => outside.slice(input.loai === "cong-van" ? input.kinh_gui.length : 3);
    /** Body paragraphs proper: not headings (a heading is bold throughout). */
    const plain = () => body().filter((p) => fx(p).all("bold") !== true);

    it("has body paragraphs", () => {
      expect(plain().length).toBeGreaterThan(3);
    });

    it("sets the body at 14–15, justified, first line indented 10 mm (567), at least 6 pt (120) before", () => {
      for (const p of plain()) {
        const f = fx(p);
        for (const r of f.runs) {
          expect(r.size).toBeGreaterThanOrEqual(14);
          expect(r.size).toBeLessThanOrEqual(15);
        }
        expect([p.text.slice(0, 30), f.jc, f.firstLine]).toEqual([p.text.slice(0, 30), "both", 567]);
        expect(f.before).toBeGreaterThanOrEqual(120);
      }
    });

    it("spaces body lines exactly, at least 18 pt (360)", () => {
      for (const p of plain()) {
        expect(fx(p).lineRule).toBe("exact");
        expect(fx(p).line).toBeGreaterThanOrEqual(360);
      }
    });

    it("sets headings at 14–15 bold", () => {
      for (const p of body().filter((q) => fx(q).all("bold") === true)) {
        expect(fx(p).all("size")).toBeGreaterThanOrEqual(14);
        expect(fx(p).all("size")).toBeLessThanOrEqual(15);
      }
    });

    it("sets footnotes, if any, smaller than the body", () => {
      for (const note of docx.footnotes)
        for (const p of note.paragraphs) expect(Number(fx(p).all("size"))).toBeLessThan(14);
    });
  });

  describe("Nơi nhận and the signature (§3.3)", () => {
    const cells = () => {
      const last = Math.max(...docx.paragraphs.map((p) => p.table ?? -1));
      const at = (cell: number) =>
        docx.paragraphs.filter((p) => p.table === last && p.cell === cell && p.text !== "");
      return { left: at(0), right: at(1) };
    };

    it("writes Nơi nhận: bottom left, 14, underlined, with its colon", () => {
      const label = cells().left[0];
      expect(label.text).toBe("Nơi nhận:");
      expect(fx(label).all("size")).toBe(14);
      expect(fx(label).all("underline")).toBe(true);
      expect(fx(label).all("bold")).toBe(false);
    });

    it("lists the recipients at 12, each starting with a dash, the last one - Lưu …", () => {
      const items = cells().left.slice(1);
      expect(items).toHaveLength(input.noi_nhan.length);
      for (const p of items) {
        expect(p.text).toMatch(/^- \S/);
        expect(fx(p).all("size")).toBe(12);
        expect(fx(p).all("underline")).toBe(false);
      }
      expect(items.at(-1)!.text).toMatch(/^- Lưu \S.*\.$/);
      expect(items.at(-1)!.text).not.toMatch(/^- Lưu:/);
    });

    it("signs on the right: quyền hạn 14 bold in capitals (if any), chức vụ 14 in capitals, họ tên 14 bold last", () => {
      const right = cells().right;
      const name = right.at(-1)!;
      expect(signer.ho_ten).toBeDefined();
      expect(name.text).toBe(signer.ho_ten);
      expect(fx(name).all("size")).toBe(14);
      expect(fx(name).all("bold")).toBe(true);
      expect(fx(name).jc).toBe("center");
      const role = right.at(-2)!;
      expect(role.text).toBe(upper(signer.chuc_vu));
      expect(fx(role).all("size")).toBe(14);
      if (signer.quyen_han) {
        expect(right).toHaveLength(3);
        expect(right[0].text).toBe(upper(signer.quyen_han));
        expect(fx(right[0]).all("size")).toBe(14);
        expect(fx(right[0]).all("bold")).toBe(true);
      } else {
        expect(right).toHaveLength(2);
      }
    });

    it("leaves room to sign above the name", () => {
      const name = cells().right.at(-1)!;
      expect(fx(name).before).toBeGreaterThanOrEqual(3 * 280);
    });
  });
});

it("finds the three Party samples it checks", () => {
  expect(PARTY.map(sampleName)).toEqual(CHECKED);
  expect(PARTY.every((f) => inputOf(f)?.the_thuc === "dang")).toBe(true);
});

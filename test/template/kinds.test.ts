/**
 * Every Party kind renders from its sample in data/: its tên loại, its code in the number line,
 * and its own parts (the căn cứ, enacting line and bold "Điều" of a quyết định, "Kính trình:" of
 * a tờ trình, the biên bản's two signatures). Titles and codes are literals from
 * /work/shared/formats.md §3.5–3.6, not read from the profile, so a wrong code there fails here.
 */
import { listCommand } from "../../src/cli/commands/list";
import { FIELDS } from "../../src/schema/fields";
import { KINDS } from "../../src/schema/kinds";
import { objectShape } from "../../src/schema/shape";
import type { Block, DataTable, Inline, LayoutTable, Paragraph } from "../../src/tree/types";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { engine, rendered, ROOT, TODAY } from "../support/samples";

/** loai → [sample, tên loại, code in the symbol]. */
const PARTY_KINDS: Record<string, [string, string, string]> = {
  "chi-thi": ["000-chi-thi-dan-van-tu-thai-nguyen", "CHỈ THỊ", "CT"],
  "ke-hoach": ["011-ke-hoach-dan-van-kheo-bdvtu", "KẾ HOẠCH", "KH"],
  "chuong-trinh": ["012-chuong-trinh-cong-tac-dan-van-2025-hu", "CHƯƠNG TRÌNH", "CTr"],
  "nghi-quyet": ["013-nghi-quyet-dan-van-nong-thon-moi-du", "NGHỊ QUYẾT", "NQ"],
  "quyet-dinh": ["014-quyet-dinh-ban-chi-dao-qcdc-tu", "QUYẾT ĐỊNH", "QĐ"],
  "quy-dinh": ["015-quy-dinh-doi-thoai-voi-nhan-dan-tu", "QUY ĐỊNH", "QĐ"],
  "quy-che": ["016-quy-che-phoi-hop-btctu-bdvtu", "QUY CHẾ", "QC"],
  "huong-dan": ["017-huong-dan-sinh-hoat-chuyen-de-tu", "HƯỚNG DẪN", "HD"],
  "ket-luan": ["018-ket-luan-nghi-quyet-25-tu", "KẾT LUẬN", "KL"],
  "to-trinh": ["019-to-trinh-hoi-nghi-dan-van-bdvtu", "TỜ TRÌNH", "TTr"],
  "thong-tri": ["020-thong-tri-ngay-dan-van-tu", "THÔNG TRI", "TT"],
  "bien-ban": ["021-bien-ban-hoi-nghi-chi-bo-cb", "BIÊN BẢN", "BB"],
  "de-an": ["022-de-an-du-thao-dan-van-chinh-quyen-hu", "ĐỀ ÁN", "ĐA"],
};

const plain = (inlines: Inline[]) =>
  inlines
    .map((c) => (c.type === "text" ? c.value : c.type === "break" ? "\n" : c.type === "tab" ? "\t" : ""))
    .join("");
/** The blocks of the first section outside tables, and its tables. */
async function parts(sample: string) {
  const { tree } = await rendered(sample);
  const blocks = (tree as { sections: { children: Block[] }[] }).sections[0].children;
  const paragraphs = blocks.filter((b): b is Paragraph => b.type === "paragraph");
  const tables = blocks.filter((b): b is LayoutTable => b.type === "layoutTable");
  const cellTexts = (t: LayoutTable) =>
    t.rows[0].cells.map((c) =>
      c.children.filter((b): b is Paragraph => b.type === "paragraph").map((p) => plain(p.children)),
    );
  const styled = (style: string) => paragraphs.filter((p) => p.style === style);
  return { blocks, paragraphs, tables, cellTexts, styled, text: (p: Paragraph) => plain(p.children) };
}
/** Every paragraph of the header table (the one laid out as "dau"). */
const headerParagraphs = (tables: LayoutTable[]) =>
  tables
    .find((t) => t.layout === "dau")!
    .rows.flatMap((r) =>
      r.cells.flatMap((c) => c.children.filter((b): b is Paragraph => b.type === "paragraph")),
    );

describe("the Party kinds", () => {
  it("are all known to the schema and to the Party profile, with their name, title and code", () => {
    const dang = engine.resources.profiles.get("dang")!;
    for (const [loai, [, title, code]] of Object.entries(PARTY_KINDS)) {
      expect(Object.keys(KINDS)).toContain(loai);
      expect(dang.kinds[loai]).toMatchObject({ title, code });
      expect(engine.resources.kinds.has(loai)).toBe(true);
    }
  });

  it("describe every field of every kind in Vietnamese, for `vanthu list` and the error messages", () => {
    const names = (shape: Record<string, unknown>): string[] =>
      Object.entries(shape).flatMap(([name, schema]) => [name, ...names(objectShape(schema) ?? {})]);
    for (const schema of Object.values(KINDS))
      for (const name of names(schema.shape))
        expect([name, FIELDS[name]?.label]).toEqual([name, expect.any(String)]);
  });

  it("are listed by `vanthu list`, with the fields of the two-signer and group constructs", () => {
    const out: string[] = [];
    const code = listCommand({}, { out: (t) => out.push(t), err: () => undefined, isTTY: false });
    expect(code).toBe(0);
    const text = out.join("\n");
    for (const [loai, [, title]] of Object.entries(PARTY_KINDS))
      expect(text).toMatch(new RegExp(`^${loai} — ${title.charAt(0)}`, "m"));
    for (const field of [
      "nguoi_ky.ho_ten",
      "noi_nhan.nhom",
      "noi_nhan.ghi_chu",
      "dong_ban_hanh.viet_tat",
      "do_khan",
      "do_mat",
      "du_thao",
      "can_cu",
      "tham_quyen",
      "kinh_trinh",
    ]) {
      expect(text).toContain(` ${field} `);
    }
  });

  describe.each(Object.entries(PARTY_KINDS))("%s", (loai, [sample, title, code]) => {
    it(`renders from ${sample} with its tên loại ${title}, its trích yếu and -----`, async () => {
      const { paragraphs, text } = await parts(sample);
      const i = paragraphs.findIndex((p) => p.style === "ten-loai");
      expect(paragraphs.slice(i, i + 3).map((p) => p.style)).toEqual(["ten-loai", "trich-yeu", "phan-cach"]);
      expect(text(paragraphs[i])).toBe(title);
      expect(text(paragraphs[i + 2])).toBe("-----");
    });

    it(`writes ${code} in the number line`, async () => {
      const { tables, text } = await parts(sample);
      const so = headerParagraphs(tables).find((p) => p.style === "so")!;
      expect(text(so)).toMatch(new RegExp(`^Số (\\d{2,}|\\s+)-${code}/[A-ZĐ]+(-[A-ZĐ]+)*$`));
    });
  });
});

describe("the quyết định", () => {
  const SAMPLE = PARTY_KINDS["quyet-dinh"][0];

  it("lists its căn cứ upright, each starting with a dash, ';' between them and ',' after the last", async () => {
    const { styled, text } = await parts(SAMPLE);
    const lines = styled("can-cu").map(text);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.startsWith("- "))).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith(";"))).toBe(true);
    expect(lines.at(-1)).toBe("- Xét đề nghị của Ban Dân vận Tỉnh ủy,");
    expect(
      styled("can-cu")
        .flatMap((p) => p.children)
        .some((c) => c.type === "text" && c.marks?.includes("italic")),
    ).toBe(false);
  });

  it("enacts in one centred line after the căn cứ, then numbers its articles with the label in bold", async () => {
    const { paragraphs, text } = await parts(SAMPLE);
    const enact = paragraphs.findIndex((p) => p.style === "ban-hanh");
    expect(paragraphs[enact - 1].style).toBe("can-cu");
    expect(text(paragraphs[enact])).toBe("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH");
    const articles = paragraphs.slice(enact + 1).filter((p) => /^Điều \d+\./.test(text(p)));
    expect(articles.map((p) => p.children[0])).toEqual(
      [1, 2, 3].map((n) => ({ type: "text", value: `Điều ${n}.`, marks: ["bold"] })),
    );
    expect(articles.every((p) => p.style === "noi-dung")).toBe(true);
  });

  it("leaves the cells of a ```bang table as typed, even a line that looks like an article title", () => {
    const bang = [
      "```bang",
      "cot: [A]",
      "dong:",
      "  - - |",
      "      **Điều 2. Tên điều trong ô**",
      "      Điều 3. Nội dung trong ô",
      '  - - "x"',
      "```",
      "",
    ];
    const yaml = readFileSync(join(ROOT, "data", `${SAMPLE}.yaml`), "utf8").replace(
      "noi_dung: |\n",
      `noi_dung: |\n${bang.map((l) => `  ${l}`).join("\n")}\n`,
    );
    const outcome = engine.toTree(yaml, "x.yaml", { today: TODAY });
    expect(outcome.diagnostics).toEqual([]);
    const table = outcome.tree!.sections[0].children.find(
      (b): b is DataTable => b.type === "dataTable" && b.layout === "bang",
    )!;
    const cells = table.rows.slice(1).map((r) => (r.cells[0].children[0] as Paragraph).children);
    expect(cells.map(plain)).toEqual(["Điều 2. Tên điều trong ô\nĐiều 3. Nội dung trong ô", "x"]);
    expect(cells[0][0]).toEqual({ type: "text", value: "Điều 2. Tên điều trong ô", marks: ["bold"] });
  });
});

describe("the quy định", () => {
  it("sets an article title written in bold as its own line kept with the next, and bolds the label of an article in a paragraph", async () => {
    const { paragraphs, text } = await parts(PARTY_KINDS["quy-dinh"][0]);
    const title = paragraphs.find((p) => text(p) === "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng")!;
    expect(title.style).toBe("dieu");
    expect(engine.resources.profiles.get("dang")!.styles.dieu).toMatchObject({ bold: true, keep_next: true });
    const inline = paragraphs.find((p) => text(p).startsWith("Điều 5."))!;
    expect(inline.children[0]).toEqual({ type: "text", value: "Điều 5.", marks: ["bold"] });
    expect(
      paragraphs.find((p) => p.style === "ban-hanh") && text(paragraphs.find((p) => p.style === "ban-hanh")!),
    ).toBe("BAN THƯỜNG VỤ TỈNH ỦY QUY ĐỊNH");
  });
});

describe("the tờ trình", () => {
  it('addresses its recipients with "Kính trình:", never "Kính gửi:"', async () => {
    const { paragraphs, text } = await parts(PARTY_KINDS["to-trinh"][0]);
    const label = paragraphs.filter((p) => p.style === "kinh-gui");
    expect(label.map(text)).toEqual(["Kính trình: Ban Thường vụ Tỉnh ủy."]);
    expect(paragraphs.indexOf(label[0])).toBe(paragraphs.findIndex((p) => p.style === "phan-cach") + 1);
    expect(paragraphs.some((p) => text(p).includes("Kính gửi"))).toBe(false);
  });
});

describe("the biên bản", () => {
  it("opens with Thời gian, Địa điểm, Thành phần as body text and ends with the secretary and the chair signing side by side", async () => {
    const { paragraphs, tables, cellTexts, text } = await parts(PARTY_KINDS["bien-ban"][0]);
    const body = paragraphs.filter((p) => p.style === "noi-dung").map(text);
    expect(body.slice(0, 3).map((t) => t.split(":")[0])).toEqual(["Thời gian", "Địa điểm", "Thành phần"]);
    const last = tables.at(-1)!;
    expect(last.layout).toBe("chu-ky-doi");
    expect(cellTexts(last)).toEqual([
      ["THƯ KÝ", "Ma Thị Hương"],
      ["CHỦ TRÌ HỘI NGHỊ", "Lý Văn Hùng"],
    ]);
    expect(tables.some((t) => t.layout === "cuoi")).toBe(false);
  });
});

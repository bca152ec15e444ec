/**
 * What must stay on one page, read back from the .docx: the header table with the tên loại and
 * trích yếu (rows that never split, every paragraph in the table kept with the next), headings
 * with what follows them, and the last block of the body with the signature, even when that
 * block is a table.
 */
import { CONG_VAN, renderText, rendered, sampleFiles, sampleName } from "../support/samples";

const PARTY = sampleFiles()
  .map(sampleName)
  .filter((n) => !n.startsWith("nha-nuoc/") && !n.startsWith("batch/"));
const withBody = (body: string) =>
  CONG_VAN.replace("noi_dung: |\n  Đoạn thứ nhất.\n", `noi_dung: |\n${body.replace(/^/gm, "  ")}\n`);

describe.each(PARTY)("the Party sample %s", (name) => {
  it("keeps its header table whole and on the page of what follows it", async () => {
    const { docx } = await rendered(name);
    const header = docx.paragraphs.find((p) => p.style === "co-quan")!.table!;
    expect(docx.tables[header].cantSplit.every(Boolean)).toBe(true);
    // The header table, and any table before it (a DỰ THẢO box).
    const inHeader = docx.paragraphs.filter((p) => p.table !== undefined && p.table <= header);
    expect(inHeader.length).toBeGreaterThan(3);
    expect(inHeader.every((p) => p.keepNext)).toBe(true);
  });

  it("keeps every paragraph from the header table to the body (tên loại, trích yếu, -----, Kính gửi) with the next", async () => {
    const { docx } = await rendered(name);
    const body = docx.paragraphs.filter((p) => p.table === undefined);
    const first = body.findIndex((p) => p.style === "noi-dung" || p.style?.startsWith("muc-"));
    for (const p of body.slice(0, first))
      expect(p.keepNext || docx.style(p.style ?? "")?.keepNext).toBe(true);
  });
});

describe("headings", () => {
  it.each(["muc-1", "muc-2", "muc-3", "muc-4", "muc-5"])(
    "%s keeps with the next paragraph and never breaks inside",
    async (style) => {
      const { docx } = await rendered("003-bao-cao-143-bc-tu");
      expect(docx.style(style)).toMatchObject({ keepNext: true, keepLines: true });
    },
  );
});

describe("the last block of the body", () => {
  it("keeps with the signature when it is a paragraph", async () => {
    const { read } = await renderText(withBody("Một.\n\nĐoạn cuối./."));
    const last = read!.paragraphs.find((p) => p.text === "Đoạn cuối./.")!;
    expect(last.keepNext).toBe(true);
    expect(read!.paragraphs.find((p) => p.text === "Một.")!.keepNext).toBe(false);
  });

  it("keeps its last row (every paragraph in it) with the signature when it is a table, and no other body row", async () => {
    const { read } = await renderText(
      withBody("Bảng:\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |"),
    );
    const docx = read!;
    const t = docx.tables.findIndex((x) => x.borders.top === "single");
    const rows = (r: number) => docx.paragraphs.filter((p) => p.table === t && p.row === r);
    expect(rows(3).map((p) => p.keepNext)).toEqual([true, true]);
    expect([...rows(1), ...rows(2)].some((p) => p.keepNext)).toBe(false);
    // The header row keeps with the first body row, so it never ends a page alone.
    expect(rows(0).every((p) => p.keepNext)).toBe(true);
    expect(docx.tables[t + 1].cantSplit.every(Boolean)).toBe(true);
  });
});

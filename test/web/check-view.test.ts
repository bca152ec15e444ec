/**
 * POST /api/kiem-tra, the server half of the form's "Kiểm tra tệp Word…": `vanthu check` of the
 * chosen .docx, with the document's body paragraphs as read, numbered as the findings number
 * them, so that the page can draw each finding beside its paragraph.
 */
import { check } from "../../src/check/check";
import type { CheckViewAnswer } from "../../src/web/spec";
import { engine, rendered, TODAY } from "../support/samples";
import { editParagraph, paragraphText, replaceText, text, unzip, withPart, zip } from "../check/xml-edit";
import { appOver, builtPage } from "./support";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
let page: Awaited<ReturnType<typeof builtPage>>;
let app: ReturnType<typeof appOver>;
beforeAll(async () => {
  page = await builtPage();
  app = appOver(page.dir);
});
afterAll(() => page.remove());

const send = async (name: string, body: Uint8Array, type = DOCX) => {
  const res = await app.request(`/api/kiem-tra?ten=${encodeURIComponent(name)}`, {
    method: "POST",
    body,
    headers: { "Content-Type": type },
  });
  return { status: res.status, answer: (await res.json()) as CheckViewAnswer };
};

/** The rendered công văn 1866 with "Số:" for "Số" (a Party number has no colon). */
async function withColon(): Promise<{ bytes: Uint8Array; k: number }> {
  const parts = unzip((await rendered("002-cong-van-1866-cv-tu")).bytes);
  const xml = text(parts, "word/document.xml");
  const k = [...Array(40).keys()].find((i) => paragraphText(xml, i).startsWith("Số "))!;
  const edited = editParagraph(xml, k, (p) => replaceText(p, /^Số\s*/, "Số: "));
  return { bytes: zip(withPart(parts, "word/document.xml", edited)), k };
}

describe("POST /api/kiem-tra", () => {
  it("answers a rendered sample with no finding, its profile and kind named, and every paragraph", async () => {
    const { status, answer } = await send("cv.docx", (await rendered("002-cong-van-1866-cv-tu")).bytes);
    expect(status).toBe(200);
    expect(answer).toMatchObject({
      file: "cv.docx",
      the_thuc: "dang",
      loai: "cong-van",
      kindName: "Công văn",
    });
    expect(answer.profileName).toBeTruthy();
    expect(answer.diagnostics).toEqual([]);
    expect(answer.paragraphs.map((p) => p.n)).toEqual(answer.paragraphs.map((_, i) => i + 1));
    expect(answer.paragraphs.find((p) => p.part === "so")?.text).toMatch(/^Số 1866.CV\/TU$/);
    expect(answer.paragraphs.find((p) => p.part === "tieu_de")).toMatchObject({
      bold: true,
      align: "center",
    });
  });

  it("gives the same findings as vanthu check, each at a paragraph it sends", async () => {
    const { bytes, k } = await withColon();
    const { status, answer } = await send("cv-sai.docx", bytes);
    expect(status).toBe(200);
    const cli = check(bytes, engine.resources, { file: "cv-sai.docx", today: TODAY });
    expect(answer.diagnostics.map((d) => [d.code, d.path, d.paragraph])).toEqual(
      cli.diagnostics.map((d) => [d.code, d.path, d.paragraph]),
    );
    const colon = answer.diagnostics.find((d) => d.code === "NUMBER_FORM")!;
    expect(colon).toMatchObject({ path: "so", paragraph: k });
    expect(answer.paragraphs.find((p) => p.n === k)).toMatchObject({
      part: "so",
      text: expect.stringMatching(/^Số: /),
    });
  });

  it("answers a file that is not a Word document with one clear error and no paragraphs (400)", async () => {
    const { status, answer } = await send("hong.docx", new TextEncoder().encode("không phải tệp Word"));
    expect(status).toBe(400);
    expect(answer.diagnostics.map((d) => d.code)).toEqual(["DOCX_UNREADABLE"]);
    expect(answer.paragraphs).toEqual([]);
  });

  it("takes only a .docx body (415 for another type)", async () => {
    const { status } = await send("x.docx", new Uint8Array([1, 2]), "text/plain");
    expect(status).toBe(415);
  });
});

/**
 * The web form opens a Word document as it opens a YAML file (the server imports it and answers
 * the form's data, with the import's warnings), and "Chuẩn hóa" answers the document laid out
 * again by its profile with the findings before and after.
 */
import { check } from "../../src/check/check";
import { importDocx } from "../../src/import/import-docx";
import { load } from "../../src/load";
import { join } from "node:path";
import { engine, rendered, ROOT, TODAY } from "../support/samples";
import { appOver, builtPage } from "./support";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
let page: Awaited<ReturnType<typeof builtPage>>;
let app: ReturnType<typeof appOver>;
beforeAll(async () => {
  page = await builtPage();
  app = appOver(page.dir);
});
afterAll(() => page.remove());

const send = (path: string, body: Uint8Array, type = DOCX) =>
  app.request(path, { method: "POST", body, headers: { "Content-Type": type } });

describe("a Word document in the web form", () => {
  it("opens as the data of its imported YAML", async () => {
    const { bytes } = await rendered("002-cong-van-1866-cv-tu");
    const res = await send("/api/open?ten=cv.docx", bytes);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { data: Record<string, unknown> };
    const yaml = importDocx(bytes, engine.resources.profiles, { file: "cv.docx" }).yaml!;
    expect(answer.data).toMatchObject({ loai: "cong-van", so: 1866, dia_danh: "Lạng Sơn" });
    expect(answer.data.noi_dung).toBe((load(yaml, "cv.yaml").data as Record<string, unknown>).noi_dung);
  });

  it("answers a file that is not a .docx with one error", async () => {
    const res = await send("/api/open?ten=x.docx", new TextEncoder().encode("không phải docx"));
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { diagnostics: { code: string }[] };
    expect(answer.diagnostics.map((d) => d.code)).toEqual(["DOCX_UNREADABLE"]);
  });

  it("lays a document out again, with the findings before and after", async () => {
    const { bytes } = await rendered(join(ROOT, "data/nha-nuoc/quyet-dinh-15-qd-ubnd.yaml"));
    const res = await send("/api/chuan-hoa?ten=qd.docx", bytes);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { name: string; docx: string; before: unknown[]; after: unknown[] };
    expect(answer.name).toBe("qd-chuan-hoa.docx");
    expect(answer.after).toEqual([]);
    const copy = Buffer.from(answer.docx, "base64");
    expect(check(copy, engine.resources, { file: "qd.docx", today: TODAY }).the_thuc).toBe("nha-nuoc");
  });

  it("answers Chuẩn hóa of a file that is not a .docx with its one error", async () => {
    const res = await send("/api/chuan-hoa?ten=x.docx", new TextEncoder().encode("không phải docx"));
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { diagnostics: { code: string }[]; docx?: string };
    expect(answer.diagnostics.map((d) => d.code)).toEqual(["DOCX_UNREADABLE"]);
    expect(answer.docx).toBeUndefined();
  });
});

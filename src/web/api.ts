/**
 * The page's API (under /api). Every POST body is read under the size limit and checked by
 * the same engine as the CLI; every answer about a document is its diagnostics as JSON (worded
 * for the form: see `form-messages.ts`).
 *   GET  /meta            profiles, kinds, forms and samples
 *   GET  /samples/:name   a sample as form data
 *   POST /check           document JSON → { diagnostics, tree? }
 *   POST /preview         document JSON → { diagnostics, docx? (base64) }
 *   POST /docx            document JSON → the .docx (400 with diagnostics when it has errors)
 *   POST /pdf             document JSON → the PDF LibreOffice makes of that .docx (400 when it cannot)
 *   POST /yaml            document JSON → the YAML text `vanthu render` turns into that .docx
 *   GET  /events          server-sent "reload" events when templates or profiles change (serve)
 *   POST /open?ten=…      a YAML file's bytes → { data, diagnostics } for the form
 *   POST /bang-tinh       a shared base and a spreadsheet (JSON, files in base64) → one document
 *                         per row, as a .zip in base64, and the rows' problems (sheet-batch.ts)
 *   POST /kiem-tra?ten=…  a .docx's bytes → `vanthu check`'s findings and its paragraphs as read
 * A POST must say its body's type (application/json; text/yaml for /open), else 415: a plain
 * HTML form on another site cannot send these types, and a script there needs a CORS preflight,
 * which this server never grants (see `same-origin.ts`).
 */
import { chuanHoa } from "../import/chuan-hoa";
import { importDocx } from "../import/import-docx";
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as z from "zod";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostic";
import type { Engine } from "../engine";
import { load } from "../load";
import { decodeText } from "../read-file";
import { checkView } from "./check-view";
import { contentDisposition, documentName } from "./filename";
import { forForm } from "./form-messages";
import { kindNamer } from "./meta";
import { FORM_FILE, isBadRequest, parseDocument, tooLarge } from "./request";
import { docxToPdf } from "./pdf";
import { reloadEvents, type Reloads } from "./reloads";
import type { Samples } from "./samples";
import type { ChuanHoaAnswer, Meta, OpenAnswer, PreviewAnswer } from "./spec";
import { fieldLabel } from "../schema/fields";
import { typedLines } from "./typed-lines";
import { sheetBatch, sheetRequest } from "./sheet-batch";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const JSON_TYPES = ["application/json"];
const YAML_TYPES = ["text/yaml", "application/yaml", "application/x-yaml", "text/x-yaml"];
const openQuery = z.object({
  ten: z
    .string()
    .max(200)
    .regex(/^[^\u0000-\u001f/\\]*$/)
    .optional(),
});

export function apiRoutes(engine: Engine, meta: Meta, samples: Samples, reloads?: Reloads): Hono {
  const api = new Hono();
  const kindName = kindNamer(meta.profiles);
  const fail = (c: Context, diagnostics: Diagnostic[], status: 400 | 404 | 413 | 415 = 400) =>
    c.json({ diagnostics: forForm(diagnostics) }, status);

  api.use(
    "*",
    bodyLimit({ maxSize: meta.maxBytes, onError: (c) => fail(c, [tooLarge(meta.maxBytes)], 413) }),
  );
  /** Refuses (415) a body not sent as one of `types`. */
  const typed =
    (types: string[]): MiddlewareHandler =>
    async (c, next) => {
      const type = (c.req.header("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
      if (types.includes(type)) return next();
      const message = `nội dung gửi lên phải có Content-Type ${types[0]} (nhận được: ${type || "không có"}); trang biểu mẫu tự gửi đúng kiểu này`;
      return fail(c, [diagnostic("INVALID_VALUE", message, { file: FORM_FILE, stage: "load" })], 415);
    };
  for (const route of ["/check", "/preview", "/docx", "/pdf", "/yaml", "/bang-tinh"])
    api.post(route, typed(JSON_TYPES));
  api.post("/open", typed([...YAML_TYPES, DOCX]));
  api.post("/chuan-hoa", typed([DOCX]));
  api.post("/kiem-tra", typed([DOCX]));

  /** The body as a document: its YAML, or a 400 answer. */
  const read = async (
    c: Context,
  ): Promise<
    { bad: Response; data?: undefined; yaml?: undefined } | { bad?: undefined; data: unknown; yaml: string }
  > => {
    const doc = parseDocument(await c.req.text(), meta.forms);
    return doc.yaml === undefined ? { bad: fail(c, doc.diagnostics) } : { data: doc.data, yaml: doc.yaml };
  };
  const fileName = (data: unknown) => {
    const d = data as Record<string, unknown>;
    return documentName(
      data,
      typeof d?.loai === "string"
        ? kindName(d.loai, typeof d.the_thuc === "string" ? d.the_thuc : undefined)
        : undefined,
    );
  };

  api.get("/meta", (c) => c.json(meta));

  api.get("/samples/:name{.+}", (c) => {
    const text = samples.text(c.req.param("name"));
    if (text === undefined)
      return fail(
        c,
        [
          diagnostic("FILE_UNREADABLE", "không có mẫu này trong thư mục data/", {
            file: c.req.param("name"),
            stage: "load",
          }),
        ],
        404,
      );
    return c.json(openAnswer(engine, text, `data/${c.req.param("name")}.yaml`).answer);
  });

  api.post("/check", async (c) => {
    const r = await read(c);
    if (r.bad) return r.bad;
    const workbooks = await engine.readWorkbooks(r.yaml, FORM_FILE);
    const { tree, diagnostics } = engine.toTree(r.yaml, FORM_FILE, { workbooks });
    return c.json(
      { diagnostics: forForm(diagnostics), ...(tree && !hasErrors(diagnostics) && { tree }) },
      isBadRequest(diagnostics) ? 400 : 200,
    );
  });

  api.post("/preview", async (c) => {
    const r = await read(c);
    if (r.bad) return r.bad;
    const { docx, diagnostics } = await engine.render(r.yaml, FORM_FILE);
    const answer: PreviewAnswer = {
      diagnostics: forForm(diagnostics),
      ...(docx && { docx: docx.toString("base64") }),
    };
    return c.json(answer, isBadRequest(diagnostics) ? 400 : 200);
  });

  api.post("/docx", async (c) => {
    const r = await read(c);
    if (r.bad) return r.bad;
    const { docx, diagnostics } = await engine.render(r.yaml, FORM_FILE);
    if (!docx) return fail(c, diagnostics);
    c.header("Content-Disposition", contentDisposition(`${fileName(r.data)}.docx`));
    return c.body(new Uint8Array(docx), 200, { "Content-Type": DOCX });
  });

  api.post("/pdf", async (c) => {
    const r = await read(c);
    if (r.bad) return r.bad;
    const { docx, diagnostics } = await engine.render(r.yaml, FORM_FILE);
    if (!docx) return fail(c, diagnostics);
    const result = await docxToPdf(docx);
    if ("error" in result)
      return fail(c, [diagnostic("PDF_FAILED", result.error, { file: FORM_FILE, stage: "write" })]);
    c.header("Content-Disposition", contentDisposition(`${fileName(r.data)}.pdf`));
    return c.body(new Uint8Array(result.pdf), 200, { "Content-Type": "application/pdf" });
  });

  api.get("/events", (c) => (reloads ? reloadEvents(c, reloads) : c.body(null, 204)));

  api.post("/yaml", async (c) => {
    const r = await read(c);
    if (r.bad) return r.bad;
    const workbooks = await engine.readWorkbooks(r.yaml, FORM_FILE);
    const { diagnostics } = engine.toTree(r.yaml, FORM_FILE, { workbooks });
    if (isBadRequest(diagnostics)) return fail(c, diagnostics);
    c.header("Content-Disposition", contentDisposition(`${fileName(r.data)}.yaml`));
    return c.body(r.yaml, 200, { "Content-Type": "text/yaml; charset=utf-8" });
  });

  api.post("/bang-tinh", async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      body = undefined;
    }
    const request = sheetRequest.safeParse(body);
    if (!request.success)
      return fail(c, [
        diagnostic(
          "INVALID_VALUE",
          "yêu cầu tạo hàng loạt không hợp lệ: cần bảng tính (bang_tinh: { ten, noi_dung base64 }) và phần dùng chung (chung hoặc chung_tep); trang biểu mẫu tự gửi đúng dạng này",
          { file: FORM_FILE, stage: "load" },
        ),
      ]);
    const answer = await sheetBatch(engine, request.data, meta.forms);
    return c.json(answer, answer.rendered > 0 ? 200 : 400);
  });

  api.post("/open", async (c) => {
    const query = openQuery.safeParse(c.req.query());
    if (!query.success)
      return fail(c, [
        diagnostic("INVALID_VALUE", "tên tệp gửi kèm không hợp lệ (tối đa 200 ký tự, không có / hay \\)", {
          file: "tep.yaml",
          stage: "load",
        }),
      ]);
    const file = query.data.ten || "tep.yaml";
    // A Word document is imported (src/import) and opened as its YAML, with the import's warnings.
    if ((c.req.header("Content-Type") ?? "").startsWith(DOCX)) {
      const imported = importDocx(new Uint8Array(await c.req.arrayBuffer()), engine.resources.profiles, {
        file,
      });
      if (!imported.yaml) return fail(c, imported.diagnostics);
      const { answer, ok } = openAnswer(engine, imported.yaml, file.replace(/\.docx$/i, ".yaml"));
      return c.json(
        { ...answer, diagnostics: [...imported.diagnostics, ...answer.diagnostics] },
        ok ? 200 : 400,
      );
    }
    // Decoded as the CLI decodes a file: bytes that are not UTF-8 are an error, never "�".
    const text = decodeText(new Uint8Array(await c.req.arrayBuffer()));
    if (!("source" in text))
      return fail(c, [
        diagnostic("FILE_UNREADABLE", text.error, {
          file,
          line: text.line,
          column: text.line === undefined ? undefined : 1,
          stage: "load",
        }),
      ]);
    const { answer, ok } = openAnswer(engine, text.source, file);
    return c.json(answer, ok ? 200 : 400);
  });

  /** A Word document judged by `vanthu check`, with its paragraphs for the page to draw beside the findings. */
  api.post("/kiem-tra", async (c) => {
    const query = openQuery.safeParse(c.req.query());
    const file = (query.success && query.data.ten) || "van-ban.docx";
    const answer = checkView(new Uint8Array(await c.req.arrayBuffer()), engine.resources, file, kindName);
    return c.json(answer, answer.the_thuc ? 200 : 400);
  });

  /** A Word document laid out again by its profile: the new .docx, and the findings before and after. */
  api.post("/chuan-hoa", async (c) => {
    const query = openQuery.safeParse(c.req.query());
    const file = (query.success && query.data.ten) || "van-ban.docx";
    const stem = file.replace(/\.docx$/i, "");
    const outcome = await chuanHoa(new Uint8Array(await c.req.arrayBuffer()), engine, {
      file,
      yamlName: `${stem}.yaml`,
      outName: `${stem}-chuan-hoa.docx`,
    });
    if (!outcome.docx && !outcome.yaml) return fail(c, outcome.diagnostics);
    if (!outcome.docx) {
      // No copy without the fields it needs: the form opens what was imported, each missing field named.
      const opened = openAnswer(engine, outcome.yaml!, `${stem}.yaml`).answer;
      const answer: ChuanHoaAnswer = {
        ...(opened.data !== undefined && { data: opened.data }),
        missing: outcome.missing.map((path) => fieldLabel(String(path.at(-1)))),
        before: forForm(outcome.before.diagnostics),
        diagnostics: forForm(outcome.diagnostics),
      };
      return c.json(answer, 422);
    }
    return c.json<ChuanHoaAnswer>({
      name: `${stem}-chuan-hoa.docx`,
      missing: [],
      docx: outcome.docx.toString("base64"),
      before: forForm(outcome.before.diagnostics),
      after: forForm(outcome.after?.diagnostics ?? []),
      diagnostics: forForm(outcome.diagnostics),
    });
  });

  return api;
}

/** YAML text → its data for the form and the CLI's diagnostics; ok when the form can hold it. */
function openAnswer(engine: Engine, text: string, file: string): { answer: OpenAnswer; ok: boolean } {
  const { data } = load(text, file, { scalarsAsWritten: true });
  const { diagnostics } = engine.toTree(text, file);
  const ok = !!data && typeof data === "object" && !Array.isArray(data) && !isBadRequest(diagnostics);
  return { answer: { ...(ok && { data: typedLines(data) }), diagnostics }, ok };
}

/**
 * The web form's server (a Hono app, so it can be tested without a socket): the page, its
 * assets and the API, over one engine created at start. It reads the samples and the page
 * once and never writes a file: documents go back to the browser as bytes. Nor should it read
 * one for a document: give it an engine made by `webEngine` (`ke_thua` is then an error).
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { diagnostic, internalError } from "../diagnostic";
import { createEngine, type Engine } from "../engine";
import type { Resources } from "../resources";
import type { ReadFile } from "../inherit/load-unit";
import { apiRoutes } from "./api";
import { loadAssets } from "./assets";
import { TOOLBAR_KEYS } from "./form-spec";
import { localOnly } from "./local-only";
import { sameOrigin } from "./same-origin";
import { defaultProfile, kindForms, kindNamer, profileInfos } from "./meta";
import type { Reloads } from "./reloads";
import { DEFAULT_SAMPLES, loadSamples } from "./samples";
import type { Meta } from "./spec";

export interface AppOptions {
  engine: Engine;
  /** Folder of samples for "Tạo từ mẫu" (default: data/). */
  samplesDir?: string;
  /** Folder with the built page (default: public/ beside the compiled server). */
  assetsDir?: string;
  /** Request size limit in bytes (default 2 MB). */
  maxBytes?: number;
  /** Where the page hears that templates or profiles changed (`vanthu serve`). */
  reloads?: Reloads;
}

export const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The web engine's answer to `ke_thua`: a page must not make the server read files on its disk
 * (a path is relative to the server's folder, and "../" reaches anywhere).
 */
export const noSharedFiles: ReadFile = () => ({
  error:
    "biểu mẫu web không đọc tệp dùng chung (ke_thua); hãy chép các trường của tệp đó vào văn bản, hoặc dùng dòng lệnh vanthu render",
});

/** Nor does a ```bang block's `tep`: a table from a workbook is the command line's. */
const noWorkbookFiles = async () => ({
  error:
    "biểu mẫu web không đọc tệp bảng tính trên máy chủ (tep); hãy ghi các dòng của bảng (dong), hoặc dùng dòng lệnh vanthu render",
});

/**
 * The engine for the web form: the CLI's resources, but `ke_thua` and a table's `tep` read no
 * file (`noSharedFiles`).
 */
export const webEngine = (resources: Resources): Engine =>
  createEngine({ ...resources, read: noSharedFiles, readWorkbook: noWorkbookFiles });

export function createApp(options: AppOptions): Hono {
  const { engine, maxBytes = MAX_BYTES } = options;
  const assets = loadAssets(options.assetsDir);
  const profiles = profileInfos(engine.resources);
  const samples = loadSamples(options.samplesDir ?? DEFAULT_SAMPLES, kindNamer(profiles));
  const meta: Meta = {
    profiles,
    forms: kindForms(),
    samples: samples.list,
    maxBytes,
    toolbarKeys: TOOLBAR_KEYS,
    defaultProfile: defaultProfile(),
  };

  const app = new Hono();
  app.use("*", localOnly);
  app.use("*", sameOrigin);
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"], // docx-preview writes the document's styles inline
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.route("/api", apiRoutes(engine, meta, samples, options.reloads));
  app.get("/", (c) => c.html(assets.html));
  app.get("/app.js", (c) => c.body(assets.js, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/app.css", (c) => c.body(assets.css, 200, { "Content-Type": "text/css; charset=utf-8" }));
  app.notFound((c) =>
    c.json(
      {
        diagnostics: [
          diagnostic("FILE_UNREADABLE", "không có trang hay địa chỉ này", {
            file: c.req.path,
            stage: "load",
          }),
        ],
      },
      404,
    ),
  );
  app.onError((e, c) => c.json({ diagnostics: [internalError(e, c.req.path, "render")] }, 500));
  return app;
}

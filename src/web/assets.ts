/**
 * The page's files (index.html, app.js, app.css), built by build-page.ts into `public/` beside
 * the compiled server, and read once at start.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface Assets {
  html: string;
  js: string;
  css: string;
}

/** public/ beside this file once built (dist/src/web/public), or the built copy seen from src/web. */
export const DEFAULT_ASSETS = [
  resolve(__dirname, "public"),
  resolve(__dirname, "../../dist/src/web/public"),
].find((d) => existsSync(join(d, "app.js")));

export function loadAssets(dir: string | undefined = DEFAULT_ASSETS): Assets {
  if (!dir || !existsSync(join(dir, "app.js"))) {
    throw new Error("chưa có trang web đã dựng (app.js); chạy `npm run build` rồi thử lại");
  }
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return { html: read("index.html"), js: read("app.js"), css: read("app.css") };
}

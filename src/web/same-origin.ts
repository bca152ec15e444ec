/**
 * Cross-site request forgery: a page on another site (or another port of this machine) must not
 * make this server check, render or download a document. A request that changes or makes
 * something (anything but GET/HEAD) is refused (403) when the browser says it comes from another
 * origin (`Origin`, `Sec-Fetch-Site`). Requests without those headers come from programs, not
 * from a page a browser opened, and pass. Together with the Content-Type the API requires (a
 * type a plain HTML form cannot send, see `api.ts`), a foreign page's fetch needs a CORS
 * preflight, which this server never grants.
 */
import type { MiddlewareHandler } from "hono";
import { diagnostic } from "../diagnostic";

const SAFE = new Set(["GET", "HEAD"]);

export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const own = new URL(c.req.url).origin;
  const origin = c.req.header("Origin");
  const site = c.req.header("Sec-Fetch-Site");
  const foreign =
    (origin !== undefined && origin !== own) ||
    (site !== undefined && site !== "same-origin" && site !== "none");
  if (!foreign) return next();
  const message = `máy chủ vanthu chỉ nhận yêu cầu từ chính trang biểu mẫu (${own}); yêu cầu này đến từ trang khác (${origin ?? site}) nên bị từ chối — hãy mở ${own}/ để soạn văn bản`;
  return c.json(
    { diagnostics: [diagnostic("INVALID_VALUE", message, { file: "yêu cầu", stage: "load" })] },
    403,
  );
};

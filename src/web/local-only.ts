/**
 * Only pages opened as http://127.0.0.1 or http://localhost may talk to the server: the
 * socket is bound to 127.0.0.1, and this refuses a foreign host name (DNS rebinding).
 */
import type { MiddlewareHandler } from "hono";
import { diagnostic } from "../diagnostic";

const LOCAL = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const localOnly: MiddlewareHandler = async (c, next) => {
  if (LOCAL.has(new URL(c.req.url).hostname)) return next();
  const message = "máy chủ vanthu chỉ phục vụ trình duyệt trên chính máy này (http://127.0.0.1)";
  return c.json(
    { diagnostics: [diagnostic("INVALID_VALUE", message, { file: "yêu cầu", stage: "load" })] },
    403,
  );
};

/** Serving an app on 127.0.0.1 only (never on other interfaces), and stopping it. */
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1:`port` (0: any free port); rejects with the socket error (EADDRINUSE…). */
export function listen(app: Pick<Hono, "fetch">, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
      server.off("error", reject);
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
      resolve({ url: `http://127.0.0.1:${info.port}/`, port: info.port, close });
    });
    server.once("error", reject);
  });
}

/**
 * Telling open pages that the templates or profiles changed (`vanthu serve` watches them): the
 * server calls `notify`; each page listens on GET /api/events (server-sent events) and refreshes
 * its preview. One `Reloads` outlives the apps it is given to, so a page stays subscribed across
 * a reload.
 */
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";

export interface Reloads {
  notify(): void;
  subscribe(listener: () => void): () => void;
}

export function createReloads(): Reloads {
  const listeners = new Set<() => void>();
  return {
    notify: () => listeners.forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Keeps an idle stream open through proxies and sleeping laptops. */
const KEEP_ALIVE_MS = 25_000;

/** GET /api/events: a "reload" event each time `reloads` is notified, until the page goes. */
export function reloadEvents(c: Context, reloads: Reloads): Response {
  return streamSSE(c, async (stream) => {
    let wake: () => void = () => undefined;
    let due = 0;
    const unsubscribe = reloads.subscribe(() => {
      due++;
      wake();
    });
    stream.onAbort(() => wake());
    try {
      await stream.writeSSE({ event: "ready", data: "" });
      while (!stream.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, KEEP_ALIVE_MS);
        });
        if (stream.aborted) break;
        if (due > 0) {
          due = 0;
          await stream.writeSSE({ event: "reload", data: "" });
        } else await stream.write(": giữ kết nối\n\n");
      }
    } finally {
      unsubscribe();
    }
  });
}

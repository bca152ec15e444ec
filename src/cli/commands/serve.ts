/**
 * `vanthu serve [--port 4310]`: the web form for staff, on http://127.0.0.1 only. Runs until
 * Ctrl+C (or `stop` resolves, for tests); never writes a file. Watches the templates and
 * profiles: a saved change reloads them (while they have errors, those are printed and the
 * last good ones kept) and open pages refresh their preview by themselves.
 */
import { resolve } from "node:path";
import type { Hono } from "hono";
import type { Engine } from "../../engine";
import { DEFAULT_TEMPLATES } from "../../resources";
import { readFolder } from "../../read-folder";
import { createApp, webEngine } from "../../web/app";
import { createReloads } from "../../web/reloads";
import { listen } from "../../web/listen";
import { interrupted } from "../interrupted";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";
import { watchFiles } from "../watch-files";

export interface ServeArgs extends SessionOptions {
  port: number;
  /** Folder of samples for "Tạo từ mẫu" (default: data/). */
  samples?: string;
}

export async function serveCommand(args: ServeArgs, io: Io, stop?: Promise<unknown>): Promise<number> {
  const session = openSession(args);
  printDiagnostics(io, session.diagnostics);
  if (!session.engine) return EXIT.invalid;
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    io.err(`cổng ${args.port} không hợp lệ; dùng một số từ 1 đến 65535, ví dụ: --port 4310`);
    return EXIT.usage;
  }
  if (args.samples !== undefined) {
    const folder = readFolder(args.samples);
    if ("error" in folder) {
      io.err(
        `--samples ${args.samples}: ${folder.error}; chỉ một thư mục có các tệp .yaml mẫu, ví dụ: --samples data`,
      );
      return EXIT.usage;
    }
  }
  const reloads = createReloads();
  // A page must not make the server read files: `ke_thua` is refused (see webEngine).
  const appOf = (engine: Engine) =>
    createApp({ engine: webEngine(engine.resources), samplesDir: args.samples, reloads });
  let app: Hono;
  try {
    app = appOf(session.engine);
  } catch (e) {
    io.err(`không mở được biểu mẫu: ${(e as Error).message}`);
    return EXIT.invalid;
  }
  let server;
  try {
    server = await listen({ fetch: (request, env) => app.fetch(request, env) }, args.port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      io.err(
        `cổng ${args.port} đang được chương trình khác dùng; chọn cổng khác, ví dụ: vanthu serve --port ${args.port + 1}`,
      );
    else io.err(`không mở được máy chủ: ${code ? `${code}; ` : ""}${(e as Error).message}`);
    return EXIT.invalid;
  }
  const templatesDir = resolve(args.templates ?? DEFAULT_TEMPLATES);
  const watching = watchFiles([templatesDir, ...(args.profiles ?? [])], () => {
    const reopened = openSession(args);
    printDiagnostics(io, reopened.diagnostics);
    if (!reopened.engine) {
      io.err("Mẫu hoặc thể thức đang có lỗi (xem trên); biểu mẫu vẫn dùng bản trước cho tới khi sửa xong.");
      return;
    }
    try {
      app = appOf(reopened.engine);
    } catch (e) {
      io.err(`không nạp lại được biểu mẫu: ${(e as Error).message}`);
      return;
    }
    io.err(`${new Date().toLocaleTimeString("vi-VN")} đã nạp lại mẫu và thể thức.`);
    reloads.notify();
  });
  await watching.ready;
  io.out(`vanthu đang chạy tại ${server.url}`);
  io.err("Mở địa chỉ trên trong trình duyệt để soạn văn bản. Nhấn Ctrl+C để dừng.");
  await (stop ?? interrupted());
  await watching.close();
  await server.close();
  return EXIT.ok;
}

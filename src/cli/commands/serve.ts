/**
 * `vanthu serve [--port 4310]`: the web form for staff, on http://127.0.0.1 only. Runs until
 * Ctrl+C (or `stop` resolves, for tests); never writes a file.
 */
import { createApp, webEngine } from "../../web/app";
import { listen } from "../../web/listen";
import { interrupted } from "../interrupted";
import { EXIT, type Io } from "../io";
import { printDiagnostics } from "../report";
import { openSession, type SessionOptions } from "../session";

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
  let app;
  try {
    // A page must not make the server read files: `ke_thua` is refused (see webEngine).
    app = createApp({ engine: webEngine(session.engine.resources), samplesDir: args.samples });
  } catch (e) {
    io.err(`không mở được biểu mẫu: ${(e as Error).message}`);
    return EXIT.invalid;
  }
  let server;
  try {
    server = await listen(app, args.port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      io.err(
        `cổng ${args.port} đang được chương trình khác dùng; chọn cổng khác, ví dụ: vanthu serve --port ${args.port + 1}`,
      );
    else io.err(`không mở được máy chủ: ${code ? `${code}; ` : ""}${(e as Error).message}`);
    return EXIT.invalid;
  }
  io.out(`vanthu đang chạy tại ${server.url}`);
  io.err("Mở địa chỉ trên trong trình duyệt để soạn văn bản. Nhấn Ctrl+C để dừng.");
  await (stop ?? interrupted());
  await server.close();
  return EXIT.ok;
}

/**
 * The samples folder of `serve --samples`: a folder that is not there is said at start (exit 2),
 * and a FIFO named *.yaml inside it is skipped, never read (reading it would block the start).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveCommand } from "../../src/cli/commands/serve";
import type { Io } from "../../src/cli/io";
import { loadSamples } from "../../src/web/samples";
import { CONG_VAN } from "../support/samples";

describe("the samples folder", () => {
  it("skips a FIFO named *.yaml and lists the real samples", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanthu-samples-"));
    try {
      writeFileSync(join(dir, "a.yaml"), CONG_VAN);
      execFileSync("mkfifo", [join(dir, "ong.yaml")]);
      const samples = loadSamples(dir, () => "Công văn");
      expect(samples.list.map((s) => s.name)).toEqual(["a"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("that is not there stops serve at start with a usage error naming it", async () => {
    const lines: string[] = [];
    const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), isTTY: false };
    const code = await serveCommand({ port: 0, samples: "/khong/co/thu-muc" } as never, io);
    expect(code).toBe(2);
    expect(lines.join("\n")).toMatch(/--samples \/khong\/co\/thu-muc: không có thư mục này/);
  });
});

/**
 * A failure inside vanthu (a bug, or a machine out of resources) is never a stack trace and never
 * blamed on the file: every entry point — the engine, a batch job, the web API — reports it as
 * INTERNAL_ERROR, says it is not the file's fault, and asks for a report.
 */
import { createJobRunner } from "../../src/cli/batch/job";
import { INTERNAL } from "../../src/diagnostic";
import { createEngine, type Engine } from "../../src/engine";
import { createApp } from "../../src/web/app";
import { CONG_VAN, engine } from "../support/samples";

/** The bundled resources with the dang profile broken in a way no validation would let through. */
const broken = () => {
  const profiles = new Map(engine.resources.profiles);
  profiles.set("dang", { ...profiles.get("dang")!, styles: undefined } as never);
  return createEngine({ ...engine.resources, profiles });
};

const expectInternal = (d: { code: string; message: string }) => {
  expect(d.code).toBe("INTERNAL_ERROR");
  expect(d.message.startsWith(INTERNAL)).toBe(true);
  expect(d.message).toMatch(/không phải lỗi của tệp này.*xin báo lỗi/);
  expect(d.message).not.toMatch(/\n\s+at /);
};

describe("an internal failure", () => {
  it("is an INTERNAL_ERROR diagnostic from the engine, tree and render alike", async () => {
    const e = broken();
    const tree = e.toTree(CONG_VAN, "x.yaml");
    expect(tree.diagnostics).toHaveLength(1);
    expectInternal(tree.diagnostics[0]);
    // The profile's styles are read when the document is composed.
    expect(tree.diagnostics[0].stage).toBe("compose");
    const rendered = await e.render(CONG_VAN, "x.yaml");
    expect(rendered.docx).toBeUndefined();
    expectInternal(rendered.diagnostics.at(-1)!);
  });

  it("names the stage it happened in: a shared file that cannot be read is loading's", () => {
    const e = createEngine({
      ...engine.resources,
      read: () => {
        throw new Error("đĩa hỏng");
      },
    });
    const out = e.toTree(`${CONG_VAN}ke_thua: _chung.yaml\n`, "x.yaml");
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: "INTERNAL_ERROR", stage: "load" })]);
  });

  it("is an INTERNAL_ERROR for a batch job, whatever throws", async () => {
    const throwing = {
      ...engine,
      render: () => Promise.reject(new RangeError("Maximum call stack size exceeded")),
    } as unknown as Engine;
    const result = await createJobRunner(
      throwing,
      {},
    )({ id: 7, file: "/nonexistent/but/read/first.yaml", name: "x" });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "FILE_UNREADABLE" })]);
    const readable = await createJobRunner(
      throwing,
      {},
    )({ id: 7, file: `${__dirname}/../../data/002-cong-van-1866-cv-tu.yaml`, name: "x" });
    expect(readable.id).toBe(7);
    expectInternal(readable.diagnostics[0]);
    expect(readable.diagnostics[0].message).toMatch(/văn bản quá lớn hoặc lồng nhau quá sâu/);
  });

  it("is an INTERNAL_ERROR answer (HTTP 500) from the web API", async () => {
    const throwing = {
      ...engine,
      toTree: () => {
        throw new TypeError("x is undefined");
      },
    } as unknown as Engine;
    const app = createApp({ engine: throwing });
    const response = await app.request("/api/check", {
      method: "POST",
      body: JSON.stringify({ loai: "cong-van" }),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status).toBe(500);
    const { diagnostics } = (await response.json()) as { diagnostics: { code: string; message: string }[] };
    expect(diagnostics).toHaveLength(1);
    expectInternal(diagnostics[0]);
  });
});

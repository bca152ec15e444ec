/**
 * The worker pool and the main thread's young generation (src/young-generation.ts): starting a
 * worker undoes the hold, so the pool says the hold again once each worker runs, and tells
 * the caller (`running`) that this thread may now make its own documents.
 */
import { join } from "node:path";
import { PACKAGE_ROOT as ROOT } from "../../../src/package-root";
import { inYoungChild } from "../../support/young-child";

const dist = (file: string) => JSON.stringify(join(ROOT, "dist/src", file));

describe("runInWorkers", () => {
  it("holds this thread's young generation again once its workers run, before `running` is called", () => {
    const read = inYoungChild(`
      const { runInWorkers } = require(${dist("cli/batch/pool.js")});
      grow();
      const job = { id: 0, file: ${JSON.stringify(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"))}, name: "x" };
      const settings = { templates: ${JSON.stringify(join(ROOT, "templates"))}, profiles: [] };
      let young_ = 0;
      const rendered = [];
      const running = () => { churn(60, false); young_ = young.youngGeneration(); };
      runInWorkers(${dist("cli/batch/worker-start.js")}, [job], 1, settings, (r) => rendered.push(r.docx ? "docx" : r.diagnostics), { running })
        .then(() => done(JSON.stringify({ young: young_, rendered })));`);
    expect(JSON.parse(read)).toEqual({ young: 16 * 1024 * 1024, rendered: ["docx"] });
  });
});

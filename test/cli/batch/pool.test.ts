/**
 * The worker pool and the main thread's young generation (src/young-generation.ts): starting a
 * worker sets V8's flags back, so the pool says the hold again once each worker runs, and tells
 * the caller (`running`) that this thread may now make its own documents.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");
const dist = (file: string) => JSON.stringify(join(ROOT, "dist/src", file));

describe("runInWorkers", () => {
  it("holds this thread's young generation again once its workers run, before `running` is called", () => {
    const script = `
      const young = require(${dist("young-generation.js")});
      const { runInWorkers } = require(${dist("cli/batch/pool.js")});
      const churn = (steps, hold) => {
        for (let s = 0; s < steps; s++) {
          let keep = [];
          for (let i = 0; i < 100000; i++) keep.push({ i, text: "x" + i });
          if (hold) young.holdYoung();
        }
      };
      churn(20, true);
      const job = { id: 0, file: ${JSON.stringify(join(ROOT, "data/002-cong-van-1866-cv-tu.yaml"))}, name: "x" };
      const settings = { templates: ${JSON.stringify(join(ROOT, "templates"))}, profiles: [] };
      let young_ = 0;
      const rendered = [];
      const running = () => { churn(20, false); young_ = young.youngGeneration(); };
      runInWorkers(${dist("cli/batch/worker-start.js")}, [job], 1, settings, (r) => rendered.push(r.docx ? "docx" : r.diagnostics), { running })
        .then(() => process.stdout.write(JSON.stringify({ young: young_, rendered })));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60000 });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ young: 16 * 1024 * 1024, rendered: ["docx"] });
  });
});

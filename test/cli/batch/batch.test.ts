/**
 * A batch decides by input order alone: whatever order the threads finish in (any permutation,
 * as many workers would), the same files are written, with the same diagnostics printed in the
 * same order, and of two inputs that map to one output name the earlier one is written and the
 * later one refused. Also: --jobs is bounded by the cores, and a failed file's old .docx is named
 * as stale.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { runBatch, threadsFor, WORKERS_FROM } from "../../../src/cli/batch/batch";
import { createJobRunner, type Job, type JobResult } from "../../../src/cli/batch/job";
import type { runJobs } from "../../../src/cli/batch/run-jobs";
import type { Io } from "../../../src/cli/io";
import { CONG_VAN, engine } from "../../support/samples";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-batch-order-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Six inputs: numbers 1, 1, 2, 2 (two clashes under --ten-tep "{so}"), one broken, one more 3. */
const SOURCES: [string, string][] = [
  ["a", CONG_VAN.replace("so: 5", "so: 1")],
  ["b", CONG_VAN.replace("so: 5", "so: 1")],
  ["c", CONG_VAN.replace("so: 5", "so: 2")],
  ["d", CONG_VAN.replace("so: 5", "so: 2")],
  ["e", CONG_VAN.replace("ngay: 2020-02-03", 'ngay: "2020-02-30"')],
  ["f", CONG_VAN.replace("so: 5", "so: 3")],
];

const captured = () => {
  const lines: string[] = [];
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => lines.push(t), isTTY: false };
  return { io, lines, out };
};

/** A runJobs that hands the results back in the order `finish` gives (a permutation of the jobs). */
function finishingIn(finish: number[], results: Map<string, Omit<JobResult, "id">>): typeof runJobs {
  return async (jobs, _size, _engine, _settings, onResult) => {
    for (const k of finish) {
      const job = jobs[k % jobs.length] as Job;
      if (job) onResult({ ...results.get(job.file)!, id: job.id });
    }
    // Any job the permutation missed (none when it is one) comes last.
    const given = new Set(finish.map((k) => k % jobs.length));
    for (const job of jobs) if (!given.has(job.id)) onResult({ ...results.get(job.file)!, id: job.id });
  };
}

describe("a batch on any number of threads", () => {
  it("writes, reports and refuses the same files whatever order the threads finish in", async () => {
    mkdirSync(join(dir, "vb"));
    const files = SOURCES.map(([name, source]) => {
      writeFileSync(join(dir, `vb/${name}.yaml`), source);
      return join(dir, `vb/${name}.yaml`);
    });
    const run = createJobRunner(engine, { pattern: "{so}" });
    const results = new Map<string, Omit<JobResult, "id">>();
    for (const file of files) results.set(file, await run({ id: 0, file, name: "" }));
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6 }),
        async (order, finish) => {
          const batch = async (finishing: number[]) => {
            const out = join(dir, `ra-${round++}`);
            const { io, lines, out: stdout } = captured();
            const options = { out, pattern: "{so}", json: true, templates: "", profiles: [] };
            const inputs = order.map((file) => ({ file, name: file }));
            const code = await runBatch(engine, inputs, [], options, io, finishingIn(finishing, results));
            const summary = JSON.parse(stdout[0]);
            delete summary.seconds;
            return {
              code,
              summary: JSON.stringify(summary).replaceAll(out, "ra"),
              lines: lines.slice(0, -1).map((l) => l.replaceAll(out, "ra")),
            };
          };
          const inOrder = await batch([0, 1, 2, 3, 4, 5]);
          const shuffled = await batch(finish);
          expect(shuffled).toEqual(inOrder);
          // Of two inputs with the same number, the one given first is written.
          const written = JSON.parse(inOrder.summary).files.filter(
            (f: { status: string }) => f.status === "ok",
          );
          const firstWith = (so: string) =>
            order.find((f) => results.get(f)!.name === so && results.get(f)!.docx);
          expect(written.map((f: { input: string }) => f.input).sort()).toEqual(
            ["1", "2", "3"].map(firstWith).sort(),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("threadsFor", () => {
  it("never uses more threads than cores or files, whatever --jobs asks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
        fc.integer({ min: 1, max: 256 }),
        (files, jobs, cores) => {
          const threads = threadsFor(files, jobs, cores);
          expect(threads).toBeGreaterThanOrEqual(1);
          expect(threads).toBeLessThanOrEqual(Math.min(cores, files));
          if (jobs !== undefined) expect(threads).toBe(Math.min(jobs, cores, files));
          else expect(threads).toBe(files < WORKERS_FROM ? 1 : Math.min(cores, files));
        },
      ),
    );
  });
});

describe("a failed file's earlier .docx", () => {
  it("is kept, and named as stale in the summary and in --json", async () => {
    mkdirSync(join(dir, "vb"));
    writeFileSync(join(dir, "vb/a.yaml"), SOURCES[0][1]);
    writeFileSync(join(dir, "vb/b.yaml"), SOURCES[2][1]);
    const inputs = ["a", "b"].map((n) => ({ file: join(dir, `vb/${n}.yaml`), name: n }));
    const options = { out: join(dir, "ra"), json: true, templates: "", profiles: [] };
    expect(await runBatch(engine, inputs, [], options, captured().io)).toBe(0);
    writeFileSync(join(dir, "vb/b.yaml"), SOURCES[4][1]);
    const { io, lines, out } = captured();
    expect(await runBatch(engine, inputs, [], options, io)).toBe(1);
    expect(existsSync(join(dir, "ra/b.docx"))).toBe(true);
    const summary = JSON.parse(out[0]);
    expect(summary).toMatchObject({ rendered: 1, failed: 1, stale: 1 });
    expect(summary.files[0]).not.toHaveProperty("stale");
    expect(summary.files[1]).toMatchObject({ status: "error", output: null, stale: join(dir, "ra/b.docx") });
    expect(lines).toContain(
      `${inputs[1].file}: tệp ra cũ ${join(dir, "ra/b.docx")} từ lần chạy trước vẫn còn, KHÔNG được cập nhật`,
    );
    expect(lines.at(-1)).toMatch(
      /^Chú ý: 1 tệp \.docx cũ .* KHÔNG được cập nhật vì tệp vào có lỗi: .*ra\/b\.docx\.$/,
    );
  });

  it("is not named when it belongs to another input (a name clash)", async () => {
    mkdirSync(join(dir, "vb"));
    writeFileSync(join(dir, "vb/a.yaml"), SOURCES[0][1]);
    writeFileSync(join(dir, "vb/b.yaml"), SOURCES[1][1]);
    const inputs = ["a", "b"].map((n) => ({ file: join(dir, `vb/${n}.yaml`), name: n }));
    const options = { out: join(dir, "ra"), pattern: "{so}", json: true, templates: "", profiles: [] };
    const { io, out } = captured();
    expect(await runBatch(engine, inputs, [], options, io)).toBe(1);
    expect(JSON.parse(out[0])).toMatchObject({ rendered: 1, failed: 1, stale: 0 });
  });
});

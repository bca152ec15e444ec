/**
 * Every thread's young generation kept at one size however long a batch runs
 * (src/young-generation.ts): what V8 really does, in a child process running the built module,
 * each case beside the same run without the step under test.
 */
import { join } from "node:path";
import type * as v8 from "node:v8";
import type * as YoungGeneration from "../src/young-generation";
import { PACKAGE_ROOT as ROOT } from "../src/package-root";
import { inYoungChild, WORKER_SEMI_SPACES } from "./support/young-child";

/** The number `body` passed to `done`, in a fresh Node (`./support/young-child.ts`). */
const inChild = (body: string) => Number(inYoungChild(body));

describe("holdYoung", () => {
  afterEach(() => jest.restoreAllMocks());

  it("stops the growth once this thread's semi-spaces are as large as a worker's, and not before", () => {
    jest.isolateModules(() => {
      const setFlags = jest.spyOn(require("node:v8") as typeof v8, "setFlagsFromString").mockImplementation();
      const { holdYoung } = require("../src/young-generation") as typeof YoungGeneration;
      holdYoung(() => WORKER_SEMI_SPACES - 1);
      expect(setFlags).not.toHaveBeenCalled();
      holdYoung(() => WORKER_SEMI_SPACES);
      expect(setFlags).toHaveBeenCalledWith("--semi-space-growth-factor=1");
    });
  });

  it("keeps the main thread's young generation at a worker's size, where V8 alone doubles it", () => {
    expect(inChild("churn(60, false); done(young.youngGeneration());")).toBeGreaterThan(WORKER_SEMI_SPACES);
    expect(inChild("grow(); churn(60, true); done(young.youngGeneration());")).toBe(WORKER_SEMI_SPACES);
  });

  it("is undone by a worker's start, and holds again when said once the worker runs", () => {
    const afterWorker = (sayAgain: boolean) =>
      inChild(`
        grow();
        const { Worker } = require("node:worker_threads");
        const worker = new Worker("setTimeout(() => {}, 2000)", { eval: true });
        worker.once("online", () => {
          ${sayAgain ? "young.holdYoung();" : ""}
          churn(60, false);
          done(young.youngGeneration());
        });`);
    expect(afterWorker(false)).toBeGreaterThan(WORKER_SEMI_SPACES);
    expect(afterWorker(true)).toBe(WORKER_SEMI_SPACES);
  });
});

describe("startYoungAtCap", () => {
  it("lets a worker reach its whole young generation while the main thread holds its own", () => {
    const worker = (atCap: boolean) =>
      inChild(`
        grow();
        ${atCap ? "young.startYoungAtCap();" : ""}
        const { Worker } = require("node:worker_threads");
        const code = "const young = require(" + JSON.stringify(${JSON.stringify(join(ROOT, "dist/src/young-generation.js"))}) + ");" +
          "require('node:worker_threads').parentPort.once('message', () => {" +
          "  for (let s = 0; s < 20; s++) { let keep = []; for (let i = 0; i < 100000; i++) keep.push({ i, text: 'x' + i }); }" +
          "  require('node:worker_threads').parentPort.postMessage(young.youngGeneration());" +
          "});";
        const w = new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: young.YOUNG_MB } });
        w.once("online", () => { young.holdYoung(); w.postMessage("go"); });
        w.once("message", (size) => done(size));`);
    expect(worker(false)).toBeLessThan(WORKER_SEMI_SPACES);
    expect(worker(true)).toBe(WORKER_SEMI_SPACES);
  });
});

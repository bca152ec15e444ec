/**
 * `npm run bench [N]`, everything side by side in one run: documents per second in memory
 * (median of rounds, each engine in a fresh process) for vanthu, docxtemplater and the floors on
 * the same document; a batch of unit files node start to exit (`vanthu render` on all cores and
 * with --jobs 1, the worker pool in memory, a docxtemplater batch script); peak memory at 200 vs
 * 2,000 documents; start-up beside `node -e ""`; and a batch of unit reports with one broken
 * file, with the targets of issue 14. Settings: N (argument or BENCH_N, default 500),
 * BENCH_ROUNDS (5), BENCH_BATCH (1000), BENCH_MEMORY_RUNS (3), BENCH_PROFILE=1 (also where
 * vanthu's time goes).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runBatchDemo } from "./batch-demo";
import { measureColdStart } from "./cold-start";
import { engine, type EngineName } from "./engines";
import { makeFixtures, paragraphTexts } from "./fixtures";
import { measureMemory, SHEET_SIZES } from "./memory";
import { hotSpots } from "./profile";
import { ROOT, SAMPLE } from "./sample";
import { measureThroughput, ROWS } from "./throughput";
import { BATCH_ROWS, measureBatchRates } from "./batch-rates";

const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const CORES = availableParallelism();
const log = (s = "") => process.stdout.write(s + "\n");
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-"));
  const started = performance.now();
  const elapsed = () => `${f1((performance.now() - started) / 1000)} s`;
  try {
    log(`# vanthu bench — ${new Date().toISOString()}`);
    log(
      `Node ${process.version}, ${CORES} cores (${cpus()[0]?.model ?? "?"}), load average ${loadavg().map(f1).join(" ")}`,
    );
    log(
      `Document: ${SAMPLE.replace(ROOT + "/", "")} (seed 003), N = ${N} per round, ${ROUNDS} rounds, each engine in a fresh process.`,
    );
    if (loadavg()[0] > 0.5 * CORES)
      log(`Warning: the machine is busy (load ${f1(loadavg()[0])}); figures will be low and noisy.`);
    await makeFixtures(dir);
    await sameText(dir);

    const rows = measureThroughput(dir, N, ROUNDS, CORES, (round) =>
      log(`round ${round}/${ROUNDS} done (${elapsed()})`),
    );
    log("\n## Throughput in memory (median of rounds, each engine in a fresh process)\n");
    log("| engine | docs/s (median) | min–max | peak RSS MB |");
    log("|---|---:|---:|---:|");
    for (const r of rows)
      log(`| ${r.name} | ${f1(r.docsPerSecond)} | ${f1(r.min)}–${f1(r.max)} | ${r.peakRssMB.toFixed(0)} |`);
    const dps = (name: string) => rows.find((r) => r.name === name)!.docsPerSecond;
    const [single, dt, floor] = [dps(ROWS.engine), dps("docxtemplater"), dps("floor")];

    log(
      `\n## Batch of ${BATCH} unit files (ke_thua), side by side (median of ${ROUNDS} rounds; node start to exit)\n`,
    );
    const rates = measureBatchRates(join(dir, "rates"), dir, BATCH, ROUNDS, CORES);
    log("| what | docs/s (median) | min–max | peak RSS MB |");
    log("|---|---:|---:|---:|");
    for (const r of rates.rows)
      log(`| ${r.name} | ${f1(r.docsPerSecond)} | ${f1(r.min)}–${f1(r.max)} | ${r.peakRssMB.toFixed(0)} |`);
    const rate = (name: string) => rates.rows.find((r) => r.name === name)!.docsPerSecond;
    const [cliAll, cliOne, pool, dtBatch] = [
      rate(BATCH_ROWS.cliAll(CORES)),
      rate(BATCH_ROWS.cliOne),
      rate(BATCH_ROWS.pool(CORES)),
      rate(BATCH_ROWS.docxtemplater),
    ];
    log(`(elapsed ${elapsed()})`);

    const mem = await measureMemory(dir);
    log(
      `\n## Memory: peak RSS at 200 vs 2,000 documents (median of ${process.env.BENCH_MEMORY_RUNS ?? 3})\n`,
    );
    log("| | 200 docs | 2,000 docs | ratio |");
    log("|---|---:|---:|---:|");
    log(
      `| ${ROWS.engine} | ${mem.engine[0].toFixed(0)} MB | ${mem.engine[1].toFixed(0)} MB | ${f2(mem.engine[1] / mem.engine[0])} |`,
    );
    log(
      `| vanthu render, all cores (unit files, ke_thua) | ${mem.cli[0].toFixed(0)} MB | ${mem.cli[1].toFixed(0)} MB | ${f2(mem.cli[1] / mem.cli[0])} |`,
    );
    log("\n## Memory: `vanthu render _chung.yaml --du-lieu` over a sheet, all cores\n");
    log(
      `| ${SHEET_SIZES.map((n) => `${n.toLocaleString("en")} rows`).join(" | ")} | 2,000 / 200 | 5,000 / 200 |`,
    );
    log(`|${SHEET_SIZES.map(() => "---:").join("|")}|---:|---:|`);
    log(
      `| ${mem.sheet.map((m) => `${m.toFixed(0)} MB`).join(" | ")} | ${f2(mem.sheet[1] / mem.sheet[0])} | ${f2(mem.sheet[2] / mem.sheet[0])} |`,
    );

    const cold = measureColdStart(dir);
    log("\n## Start-up, node start to exit, side by side (median of 7)\n");
    log("| command | seconds |");
    log("|---|---:|");
    log(`| \`node -e ""\` (Node alone, the floor) | ${f2(cold.node)} |`);
    log(`| \`vanthu --version\` | ${f2(cold.version)} |`);
    log(`| \`vanthu --help\` | ${f2(cold.help)} |`);
    log(`| \`vanthu render\` of the sample alone | ${f2(cold.render)} |`);

    log(
      `\n## Batch: ${BATCH} unit reports (ke_thua), one broken, \`vanthu render in -o out --json\` on all cores\n`,
    );
    const batch = runBatchDemo(join(dir, "batch"), BATCH);
    const s = batch.summary;
    log(
      `exit code ${batch.exitCode}; --json parsed: ${batch.jsonParsed ? "yes" : "NO"}; rendered ${s?.rendered}, failed ${s?.failed}; ${f1(batch.wallSeconds)} s node start to exit (${f1((s?.rendered ?? 0) / batch.wallSeconds)} docs/s); .docx files written: ${batch.docxWritten}`,
    );
    for (const line of batch.brokenReported) log(`  ${line}`);

    const check = (ok: boolean) => (ok ? "met" : "MISSED");
    const batchOk =
      batch.jsonParsed &&
      s?.rendered === BATCH - 1 &&
      s?.failed === 1 &&
      batch.brokenReported.some((l) => /:3(:\d+)? /.test(l) || /:3 \[/.test(l));
    log("\n## Targets (issue 14)\n");
    log(
      `- one document from a cold start ≤ 0.3 s: ${f2(cold.render)} s (Node alone ${f2(cold.node)} s) — ${check(cold.render <= 0.3)}`,
    );
    log(
      `- --help / --version ≤ 0.15 s: ${f2(cold.help)} / ${f2(cold.version)} s — ${check(Math.max(cold.help, cold.version) <= 0.15)}`,
    );
    log(
      `- ${BATCH} unit files on all cores ≥ 1.8× --jobs 1: ${f1(cliAll)} / ${f1(cliOne)} = ${f2(cliAll / cliOne)}× — ${check(cliAll >= 1.8 * cliOne)}`,
    );
    log(
      `- within 15% of the worker pool's rate (start-up included): ${f1(cliAll)} / ${f1(pool)} = ${f2(cliAll / pool)} — ${check(cliAll >= 0.85 * pool)}`,
    );
    log(
      `- ≥ 3× the docxtemplater batch script end to end: ${f1(cliAll)} / ${f1(dtBatch)} = ${f2(cliAll / dtBatch)}× — ${check(cliAll >= 3 * dtBatch)}`,
    );
    log(
      `- peak RSS at 2,000 ≤ 1.2× at 200: engine ${f2(mem.engine[1] / mem.engine[0])}×, CLI ${f2(mem.cli[1] / mem.cli[0])}× — ${check(Math.max(mem.engine[1] / mem.engine[0], mem.cli[1] / mem.cli[0]) <= 1.2)}`,
    );
    log("\nEarlier targets (issue 5):\n");
    log(
      `- vanthu in one process within 2.5× of the floor: ${f1(floor)} / ${f1(single)} = ${f2(floor / single)}× — ${check(floor / single <= 2.5)}`,
    );
    log(
      `- vanthu in one process no slower than docxtemplater: ${f1(single)} / ${f1(dt)} = ${f2(single / dt)}× — ${check(single >= dt)}`,
    );
    log(
      `- batch of ${BATCH}: all good files rendered, the broken one reported with its line, --json parses — ${check(batchOk)}`,
    );

    if (process.env.BENCH_PROFILE === "1") profile(dir);
    log(`\nTotal ${elapsed()}; load average at the end ${loadavg().map(f1).join(" ")}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The engines write the same paragraphs, in the same order. */
async function sameText(dir: string) {
  const texts = await Promise.all(
    (["vanthu", "docxtemplater", "floor"] as EngineName[]).map(async (name) =>
      paragraphTexts(await (await engine(name, dir))(0)),
    ),
  );
  const same = texts.every((t) => JSON.stringify(t) === JSON.stringify(texts[0]));
  log(
    `Same text in vanthu, docxtemplater and the floor: ${same ? "yes" : "NO"} (${texts[0].length} paragraphs with text)`,
  );
  if (!same)
    throw new Error(`the engines' texts differ: ${texts.map((t) => t.length).join(" / ")} paragraphs`);
}

function profile(dir: string) {
  const out = join(dir, "profile");
  spawnSync(process.execPath, [
    "--cpu-prof",
    `--cpu-prof-dir=${out}`,
    join(__dirname, "child.js"),
    "vanthu",
    String(Math.max(N, 1000)),
    dir,
  ]);
  const { packages, functions } = hotSpots(
    join(
      out,
      readdirSync(out).find((f) => f.endsWith(".cpuprofile"))!,
    ),
  );
  log("\n## Where vanthu's time goes (self time, one process, node --cpu-prof)\n");
  for (const [name, pct] of packages) log(`- ${f1(pct)}% ${name}`);
  log("");
  for (const [name, pct] of functions) log(`- ${f1(pct)}% ${name}`);
}

main().catch((e) => {
  process.stderr.write(`${String(e?.stack ?? e)}\n`);
  process.exitCode = 1;
});

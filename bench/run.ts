/**
 * `npm run bench [N]`, everything side by side in one run: documents per second in memory
 * (median of rounds, each engine in a fresh process) for vanthu, docxtemplater and the floors on
 * the same document; a batch of unit files node start to exit (`vanthu render` on all cores and
 * with --jobs 1, the worker pool in memory, a docxtemplater batch script); peak memory at 200 vs
 * 2,000 documents; start-up beside `node -e ""`; and a batch of unit reports with one broken
 * file; the same verdicts whatever --jobs is; and a last table, one row per target of issue 14
 * ("target | measured | met?"). Settings: N (argument or BENCH_N, default 500), BENCH_ROUNDS (3),
 * BENCH_BATCH (1000), BENCH_MEMORY_RUNS (3), BENCH_SHEET_RUNS (3), BENCH_PROFILE=1 (also where
 * vanthu's time goes). The defaults are meant to take about 10 minutes on a quiet 2-core machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runBatchDemo } from "./batch-demo";
import { COLD_SAMPLE, measureColdStart } from "./cold-start";
import { engine, type EngineName } from "./engines";
import { makeFixtures, paragraphTexts } from "./fixtures";
import { measureMemory, SHEET_RUNS, SHEET_SIZES } from "./memory";
import { hotSpots } from "./profile";
import { ROOT, SAMPLE } from "./sample";
import { measureThroughput, ROWS } from "./throughput";
import { BATCH_ROWS, measureBatchRates } from "./batch-rates";
import { measureSameVerdicts } from "./same-verdicts";

const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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
    const ceiling = dps(ROWS.together(CORES)) / single;

    log(
      `\n## Batch of ${BATCH} unit files (ke_thua), side by side (median of ${ROUNDS} rounds; node start to exit)\n`,
    );
    const rates = measureBatchRates(join(dir, "rates"), dir, BATCH, ROUNDS, CORES);
    log("| what | docs/s (median) | min–max | peak RSS MB |");
    log("|---|---:|---:|---:|");
    for (const r of rates.rows)
      log(`| ${r.name} | ${f1(r.docsPerSecond)} | ${f1(r.min)}–${f1(r.max)} | ${r.peakRssMB.toFixed(0)} |`);
    const rate = (name: string) => rates.rows.find((r) => r.name === name)!.docsPerSecond;
    const [cliAll, cliOne, pool, threads, dtBatch] = [
      rate(BATCH_ROWS.cliAll(CORES)),
      rate(BATCH_ROWS.cliOne),
      rate(BATCH_ROWS.pool(CORES)),
      rate(BATCH_ROWS.threads(CORES)),
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
    log(
      `\n## Memory: \`vanthu render _chung.yaml --du-lieu\` over a sheet, all cores (${SHEET_RUNS === 1 ? "one run" : `median of ${SHEET_RUNS}`} each)\n`,
    );
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
    log(
      `| \`vanthu render ${COLD_SAMPLE.replace(ROOT + "/", "")}\` (the issue's công văn) | ${f2(cold.render)} |`,
    );
    log(
      `| \`vanthu render ${SAMPLE.replace(ROOT + "/", "")}\` (the 15-page Báo cáo, for scale) | ${f2(cold.renderLong)} |`,
    );
    log(`(elapsed ${elapsed()})`);

    log(
      `\n## Batch: ${BATCH} unit reports (ke_thua), one broken, \`vanthu render in -o out --json\` on all cores\n`,
    );
    const batch = runBatchDemo(join(dir, "batch"), BATCH);
    const s = batch.summary;
    log(
      `exit code ${batch.exitCode}; --json parsed: ${batch.jsonParsed ? "yes" : "NO"}; rendered ${s?.rendered}, failed ${s?.failed}; ${f1(batch.wallSeconds)} s node start to exit (${f1((s?.rendered ?? 0) / batch.wallSeconds)} docs/s); .docx files written: ${batch.docxWritten}`,
    );
    for (const line of batch.brokenReported) log(`  ${line}`);

    const sameUnits = Math.min(BATCH, 200);
    const same = measureSameVerdicts(join(dir, "same"), sameUnits, CORES);
    log(
      `\n## The same verdicts whatever --jobs is (${sameUnits} units, one broken; --json summaries of --jobs 1 and --jobs ${CORES})\n`,
    );
    log(`- default names: ${same.defaultNames ? "the same" : "DIFFERENT"}`);
    log(
      `- \`--ten-tep "{ngay}"\` (every name after the first clashes; ${same.clashes} refused as DUPLICATE_OUTPUT): ${same.clashingNames ? "the same" : "DIFFERENT"}`,
    );
    log(`(elapsed ${elapsed()})`);

    const check = (ok: boolean) => (ok ? "yes" : "**NO**");
    const batchOk =
      batch.jsonParsed &&
      s?.rendered === BATCH - 1 &&
      s?.failed === 1 &&
      batch.brokenReported.some((l) => /:3(:\d+)? /.test(l) || /:3 \[/.test(l));
    const [engineRss, cliRss] = [mem.engine[1] / mem.engine[0], mem.cli[1] / mem.cli[0]];
    const targets: [string, string, boolean][] = [
      [
        "one document from a cold start ≤ 0.3 s (median, node start to exit)",
        `${f2(cold.render)} s, \`vanthu render ${COLD_SAMPLE.replace(ROOT + "/", "")}\` (Node alone ${f2(cold.node)} s; the 15-page Báo cáo ${f2(cold.renderLong)} s)`,
        cold.render <= 0.3,
      ],
      ["`--help` ≤ 0.15 s", `${f2(cold.help)} s`, cold.help <= 0.15],
      ["`--version` ≤ 0.15 s", `${f2(cold.version)} s`, cold.version <= 0.15],
      [
        `${BATCH.toLocaleString("en")} unit files on all ${CORES} cores ≥ 1.8× \`--jobs 1\``,
        `${f1(cliAll)} / ${f1(cliOne)} docs/s = ${f2(cliAll / cliOne)}× (the machine's ceiling: ${CORES} engine processes sharing nothing make ${f2(ceiling)}× one)`,
        cliAll >= 1.8 * cliOne,
      ],
      [
        "… within 15% of the in-process worker pool's rate (the CLI with its start-up; in memory, warm, the same threads: this thread and the workers)",
        `${f1(cliAll)} / ${f1(threads)} docs/s = ${f2(cliAll / threads)} (≥ 0.85; against ${CORES} workers, ${f1(pool)} docs/s: ${f2(cliAll / pool)})`,
        cliAll >= 0.85 * threads,
      ],
      [
        "≥ 3× the docxtemplater batch script end to end (same YAML files read, same number of .docx written)",
        `${f1(cliAll)} / ${f1(dtBatch)} docs/s = ${f2(cliAll / dtBatch)}×`,
        cliAll >= 3 * dtBatch,
      ],
      [
        "peak RSS at 2,000 documents ≤ 1.2× at 200: engine",
        `${mem.engine[0].toFixed(0)} → ${mem.engine[1].toFixed(0)} MB = ${f2(engineRss)}×`,
        engineRss <= 1.2,
      ],
      [
        "peak RSS at 2,000 documents ≤ 1.2× at 200: CLI (all cores)",
        `${mem.cli[0].toFixed(0)} → ${mem.cli[1].toFixed(0)} MB = ${f2(cliRss)}×`,
        cliRss <= 1.2,
      ],
      [
        "the same outputs, diagnostics and duplicate-name verdicts whatever `--jobs` is",
        `--json summaries of \`--jobs 1\` and \`--jobs ${CORES}\` over ${sameUnits} units: default names ${same.defaultNames ? "the same" : "DIFFERENT"}, clashing names (${same.clashes} refused) ${same.clashingNames ? "the same" : "DIFFERENT"}`,
        same.defaultNames && same.clashingNames && same.clashes > 0,
      ],
      [
        `batch of ${BATCH.toLocaleString("en")} unit reports, one broken (issue 5): every good file rendered, the broken one reported at its line, --json parses`,
        `rendered ${s?.rendered}, failed ${s?.failed}, exit ${batch.exitCode}, ${f1(batch.wallSeconds)} s`,
        Boolean(batchOk),
      ],
      [
        "vanthu in one process within 2.5× of the floor (issue 5)",
        `${f1(floor)} / ${f1(single)} docs/s = ${f2(floor / single)}×`,
        floor / single <= 2.5,
      ],
      [
        "vanthu in one process no slower than docxtemplater (issue 5)",
        `${f1(single)} / ${f1(dt)} docs/s = ${f2(single / dt)}×`,
        single >= dt,
      ],
    ];
    log(`\n## Targets (issue 14), load average now ${loadavg().map(f1).join(" ")}\n`);
    log("| target | measured | met? |");
    log("|---|---|---|");
    for (const [target, measured, ok] of targets) log(`| ${target} | ${measured} | ${check(ok)} |`);

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

/**
 * `npm run bench [N]`: documents per second (median of rounds, each engine in a fresh process)
 * and peak memory for vanthu in one process, vanthu on all cores (the real `vanthu render`),
 * docxtemplater and the floors, all on the same document, with the ratios the issue targets;
 * then memory at 200 vs 2,000 documents, the cold start, and a batch of unit reports with one
 * broken file. Settings: N (argument or BENCH_N, default 500), BENCH_ROUNDS (5), BENCH_BATCH
 * (1000), BENCH_PROFILE=1 (also where vanthu's time goes).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runBatchDemo } from "./batch-demo";
import { measureColdStart } from "./cold-start";
import { engine, type EngineName } from "./engines";
import { makeFixtures, paragraphTexts } from "./fixtures";
import { measureMemory } from "./memory";
import { hotSpots } from "./profile";
import { ROOT, SAMPLE } from "./sample";
import { measureThroughput, ROWS } from "./throughput";

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
    log(
      "\n## Throughput (median of rounds; CLI rows: node start to exit, reading YAML and writing .docx included)\n",
    );
    log("| engine | docs/s (median) | min–max | peak RSS MB |");
    log("|---|---:|---:|---:|");
    for (const r of rows)
      log(`| ${r.name} | ${f1(r.docsPerSecond)} | ${f1(r.min)}–${f1(r.max)} | ${r.peakRssMB.toFixed(0)} |`);
    const dps = (name: string) => rows.find((r) => r.name === name)!.docsPerSecond;
    const [single, all, cli, dt, floor] = [
      dps(ROWS.engine),
      dps(ROWS.pool(CORES)),
      dps(ROWS.cliAll(CORES)),
      dps("docxtemplater"),
      dps("floor"),
    ];

    const mem = measureMemory(dir);
    log("\n## Memory: peak RSS at 200 vs 2,000 documents (median of 3)\n");
    log("| | 200 docs | 2,000 docs | ratio |");
    log("|---|---:|---:|---:|");
    log(
      `| ${ROWS.engine} | ${mem.engine[0].toFixed(0)} MB | ${mem.engine[1].toFixed(0)} MB | ${f2(mem.engine[1] / mem.engine[0])} |`,
    );
    log(
      `| vanthu render, all cores (unit files, ke_thua) | ${mem.cli[0].toFixed(0)} MB | ${mem.cli[1].toFixed(0)} MB | ${f2(mem.cli[1] / mem.cli[0])} |`,
    );

    const cold = measureColdStart(dir);
    log(
      `\n## Cold start: \`vanthu render\` of the sample alone, node start to exit (median of 5): ${f2(cold)} s`,
    );

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
    const flat = Math.max(mem.engine[1] / mem.engine[0], mem.cli[1] / mem.cli[0]);
    const batchOk =
      batch.jsonParsed &&
      s?.rendered === BATCH - 1 &&
      s?.failed === 1 &&
      batch.brokenReported.some((l) => /:3(:\d+)? /.test(l) || /:3 \[/.test(l));
    log("\n## Targets\n");
    log(
      `- vanthu on all cores ≥ 2× docxtemplater: worker pool ${f1(all)} / ${f1(dt)} = ${f2(all / dt)}× — ${check(all >= 2 * dt)}`,
    );
    log(
      `  (end to end, \`vanthu render\` of ${N} files with process and worker start-up: ${f2(cli / dt)}×; batch of ${BATCH} units: ${f2((s?.rendered ?? 0) / batch.wallSeconds / dt)}×)`,
    );
    log(
      `- vanthu in one process within 2.5× of the floor: ${f1(floor)} / ${f1(single)} = ${f2(floor / single)}× — ${check(floor / single <= 2.5)}`,
    );
    log(
      `- vanthu in one process no slower than docxtemplater: ${f1(single)} / ${f1(dt)} = ${f2(single / dt)}× — ${check(single >= dt)}`,
    );
    log(
      `- memory flat, 2,000 vs 200 documents ≤ 1.2×: ${f2(flat)}× (worse of the two) — ${check(flat <= 1.2)}`,
    );
    log(`- cold start of one document < 0.6 s: ${f2(cold)} s — ${check(cold < 0.6)}`);
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

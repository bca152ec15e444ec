/**
 * The batch the issue asks for: N unit reports (each inheriting the sample's shared fields from
 * `_chung.yaml` through `ke_thua`, holding only its number and date), one of them broken, rendered
 * by the real `vanthu render --json` on all cores. On a terminal its progress bar shows live.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SOURCE } from "./sample";

const CLI = join(ROOT, "dist/src/cli/main.js");
export const BROKEN_LINE = 3;

export interface BatchReport {
  units: number;
  exitCode: number | null;
  wallSeconds: number;
  summary?: {
    rendered: number;
    failed: number;
    seconds: number;
    files: {
      input: string;
      output: string | null;
      status: string;
      diagnostics: { code: string; line?: number }[];
    }[];
  };
  jsonParsed: boolean;
  brokenReported: string[];
  docxWritten: number;
}

/** Writes the units into `dir/in` (unit `broken` gets an impossible date on line 3). */
export function writeUnits(dir: string, units: number, broken: number): void {
  const shared = SOURCE.replace(/^so: 143\n/m, "").replace(/^ngay: .*\n/m, "");
  mkdirSync(join(dir, "in/don-vi"), { recursive: true });
  writeFileSync(join(dir, "in/_chung.yaml"), shared);
  for (let i = 1; i <= units; i++) {
    const ngay = i === broken ? "2013-02-30" : "2013-03-12";
    writeFileSync(
      join(dir, `in/don-vi/${String(i).padStart(4, "0")}.yaml`),
      `ke_thua: ../_chung.yaml\nso: ${i}\nngay: ${ngay}\n`,
    );
  }
}

/**
 * The same units as rows of a spreadsheet (`so`, `ngay`), beside the shared base they inherit:
 * `vanthu render <base> --du-lieu <sheet>`.
 */
export async function writeSheet(dir: string, rows: number): Promise<{ base: string; sheet: string }> {
  const { Workbook } = (await import("exceljs")).default;
  const shared = SOURCE.replace(/^so: 143\n/m, "").replace(/^ngay: .*\n/m, "");
  mkdirSync(dir, { recursive: true });
  const base = join(dir, "_chung.yaml");
  writeFileSync(base, shared);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Đơn vị");
  sheet.addRow(["so", "ngay"]);
  for (let i = 1; i <= rows; i++) sheet.addRow([i, "2013-03-12"]);
  const file = join(dir, "don-vi.xlsx");
  await workbook.xlsx.writeFile(file);
  return { base, sheet: file };
}

/** `extra`: more arguments for `vanthu render` (`--jobs 1`, `--ten-tep …`). */
export function runBatchDemo(dir: string, units: number, extra: readonly string[] = []): BatchReport {
  const broken = Math.ceil(units / 2);
  writeUnits(dir, units, broken);
  const live = Boolean(process.stderr.isTTY) && extra.length === 0;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, "render", "in", "-o", "out", "--json", ...extra], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", live ? "inherit" : "pipe"],
    maxBuffer: 256 << 20,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  let summary: BatchReport["summary"];
  try {
    summary = JSON.parse(r.stdout);
  } catch {
    summary = undefined;
  }
  const name = `${String(broken).padStart(4, "0")}.yaml`;
  const brokenReported = (r.stderr ?? "").split("\n").filter((l) => l.includes(name));
  if (live && summary) {
    const file = summary.files.find((f) => f.input.endsWith(name));
    for (const d of file?.diagnostics ?? []) brokenReported.push(`${file!.input}:${d.line} [${d.code}]`);
  }
  const written = readdirSync(join(dir, "out"), { recursive: true }).filter((f) =>
    String(f).endsWith(".docx"),
  ).length;
  return {
    units,
    exitCode: r.status,
    wallSeconds,
    summary,
    jsonParsed: summary !== undefined,
    brokenReported,
    docxWritten: written,
  };
}

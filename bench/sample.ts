/**
 * The bench's document: the Báo cáo sơ kết sample (seed 003, ~8,400 words), copy `i` numbered
 * 143 + i so no two outputs are alike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
export const SAMPLE = join(ROOT, "data/003-bao-cao-143-bc-tu.yaml");
export const SOURCE = readFileSync(SAMPLE, "utf8");

/** The YAML of copy `i`. */
export const sourceOf = (i: number): string => SOURCE.replace(/^so: 143$/m, `so: ${143 + i}`);
/** Its number line as printed. */
export const numberLineOf = (i: number): string => `Số ${143 + i}-BC/TU`;

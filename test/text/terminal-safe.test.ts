/**
 * What the CLI prints can never drive the terminal: escape sequences, carriage returns and
 * direction overrides in a file name or value are shown as their codes, by the one sanitiser
 * every printer goes through (io.ts and formatDiagnostic), both in lines and in JSON.
 */
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDiagnostic } from "../../src/diagnostic";
import { terminalSafe } from "../../src/text/terminal-safe";
import { CONG_VAN, ROOT } from "../support/samples";

/** What a terminal acts on. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "\x1b]0;bị chiếm\x07",
      "\x1b[2J",
      "\x1b[H",
      "\r",
      "\u009b31m",
      "\u202e",
      "\u2066",
      "\x7f",
    ),
    fc.constantFrom("a", "ệ", "/", " ", "\n", "\t", "\\", '"'),
    fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 30,
});

describe("text for a terminal", () => {
  it("has no character a terminal acts on, keeps line breaks and tabs, and is stable", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const safe = terminalSafe(s);
        expect(safe).not.toMatch(UNSAFE);
        expect(safe.split("\n").length).toBe(s.split("\n").length);
        expect(terminalSafe(safe)).toBe(safe);
      }),
    );
  });

  it("keeps a line of JSON valid and meaning the same", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        expect(JSON.parse(terminalSafe(JSON.stringify({ file: s })))).toEqual({ file: s });
      }),
    );
  });

  it("is what formatDiagnostic prints for a file name", () => {
    const line = formatDiagnostic({
      severity: "error",
      code: "INVALID_DATE",
      message: "sai",
      file: "a\x1b]0;x\x07.yaml",
      stage: "validate",
    });
    expect(line).toBe("a\\u001B]0;x\\u0007.yaml sai [INVALID_DATE]");
  });
});

describe("the command line", () => {
  it("never prints a file name's escape sequences raw, in progress lines, diagnostics or --json", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanthu-terminal-"));
    try {
      const names = fc.sample(
        hostileText.map((s) => s.replace(/[/\0\n]/g, "")),
        { numRuns: 8, seed: 19 },
      );
      names.push("\x1b]0;bị chiếm\x07", "\x1b[2J\x1b[H", "tệp\r✓ giả", "\u202eLMXOD.yaml");
      names.forEach((name, i) => {
        const good = i % 2 === 0;
        writeFileSync(
          join(dir, `${i}-${name}.yaml`),
          good ? CONG_VAN : CONG_VAN.replace("ngay: 2020-02-03", 'ngay: "2020-13-01"'),
        );
      });
      for (const args of [
        ["render", dir, "-o", join(dir, "ra")],
        ["validate", dir],
        ["render", dir, "-o", join(dir, "ra2"), "--json"],
      ]) {
        const r = spawnSync(process.execPath, [join(ROOT, "dist/src/cli/main.js"), ...args], {
          encoding: "utf8",
        });
        expect(r.stderr).not.toMatch(UNSAFE);
        expect(r.stdout).not.toMatch(UNSAFE);
        expect(r.stderr).toContain("\\u001B");
        if (args.includes("--json")) expect(JSON.parse(r.stdout)).toBeDefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});

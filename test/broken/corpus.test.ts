/**
 * The corpus of broken input: every `test/fixtures/broken/<case>.yaml` is read as the CLI reads
 * a file (bytes → text: encodings, BOM, binary) and rendered, and must give exactly the
 * diagnostics listed in `<case>.expected.json` beside it — code, severity, line, column, field
 * path and a piece of the message, in order — and write a .docx only when it says so (then with
 * well-formed XML). Adding a case is adding those two files; files starting with "_" are the
 * shared parts some cases use (`ke_thua` bases, broken templates).
 *
 * `<case>.expected.json`:
 *   { "description": "…",
 *     "diagnostics": [{ "code": "YAML_SYNTAX", "severity": "warning", "line": 3, "column": 1,
 *                       "path": "nguoi_ky.ho_ten", "message": "hai lần", "file": "_base.yaml" }],
 *     "writes": false,                       // default: true when no error is expected
 *     "templates": "_mau-loi",               // files laid over a copy of templates/
 *     "profile": { "from": "dang.yaml", "as": "x.yaml", "replace": [["a", "b"]] } }  // an extra profile folder
 * `severity` defaults to "error"; `file` to the case itself; absent `line`/`column`/`path` mean
 * "not checked" unless written as null ("must be absent").
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { readInput } from "../../src/cli/read";
import { CODES, type Code, type Diagnostic } from "../../src/diagnostic";
import { createEngine, type RenderOutcome } from "../../src/engine";
import { DEFAULT_TEMPLATES, loadResources } from "../../src/resources";
import { engine, ROOT, TODAY } from "../support/samples";
import { malformedParts } from "../support/texts";

const DIR = join(ROOT, "test/fixtures/broken");

interface ExpectedDiagnostic {
  code: Code;
  severity?: "error" | "warning";
  line?: number | null;
  column?: number | null;
  path?: string | null;
  message: string;
  file?: string;
}
interface Expected {
  description: string;
  diagnostics: ExpectedDiagnostic[];
  writes?: boolean;
  templates?: string;
  profile?: { from: string; as: string; replace: [string, string][] };
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml") && !f.startsWith("_"))
  .sort();
const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(join(DIR, name.replace(/\.yaml$/, ".expected.json")), "utf8"));

/** Letters only Vietnamese has: every message is in Vietnamese. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const temp = mkdtempSync(join(tmpdir(), "vanthu-corpus-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * The engine a case runs on: the bundled one, or one over its broken templates or extra profile (with their
 * diagnostics).
 */
function engineFor(name: string, expected: Expected): { run?: typeof engine; diagnostics: Diagnostic[] } {
  if (!expected.templates && !expected.profile) return { run: engine, diagnostics: [] };
  const base = join(temp, name);
  let templates = DEFAULT_TEMPLATES;
  if (expected.templates) {
    templates = join(base, "templates");
    cpSync(DEFAULT_TEMPLATES, templates, { recursive: true });
    cpSync(join(DIR, expected.templates), templates, { recursive: true });
  }
  const profiles: string[] = [];
  if (expected.profile) {
    const dir = join(base, "profiles");
    mkdirSync(dir, { recursive: true });
    let text = readFileSync(join(DEFAULT_TEMPLATES, "profiles", expected.profile.from), "utf8");
    for (const [from, to] of expected.profile.replace) {
      if (!text.includes(from)) throw new Error(`${name}: "${from}" is not in ${expected.profile.from}`);
      text = text.replace(from, to);
    }
    writeFileSync(join(dir, expected.profile.as), text);
    profiles.push(dir);
  }
  const resources = loadResources(templates, profiles);
  // As the CLI does: a broken profile stops everything before any document is read.
  if (resources.diagnostics.some((d) => d.severity === "error"))
    return { diagnostics: resources.diagnostics };
  return { run: createEngine(resources), diagnostics: resources.diagnostics };
}

async function outcomeOf(name: string, expected: Expected): Promise<RenderOutcome> {
  const { run, diagnostics } = engineFor(name, expected);
  if (!run) return { diagnostics };
  const file = join(DIR, name);
  const read = readInput(file);
  if (read.diagnostic) return { diagnostics: [read.diagnostic] };
  const outcome = await run.render(read.source!, file, { today: TODAY });
  return { ...outcome, diagnostics: [...diagnostics, ...outcome.diagnostics] };
}

/**
 * A diagnostic as the expected files write it, with the file relative to the corpus (templates: from the
 * copied templates/ folder).
 */
function shown(d: Diagnostic) {
  const file = d.file.includes(`${temp}/`)
    ? relative(temp, d.file).split("/").slice(2).join("/")
    : relative(DIR, d.file);
  return {
    code: d.code,
    severity: d.severity,
    line: d.line ?? null,
    column: d.column ?? null,
    path: d.path ?? null,
    message: d.message,
    file,
  };
}

describe("the corpus of broken input", () => {
  it("has an expected-diagnostics file for every case", () => {
    expect(cases.length).toBeGreaterThan(50);
    const missing = cases.filter((c) => !existsSync(join(DIR, c.replace(/\.yaml$/, ".expected.json"))));
    expect(missing).toEqual([]);
  });

  it("keeps its files byte for byte (line endings, BOMs and encodings are what some cases test)", () => {
    const bytes = (name: string) => readFileSync(join(DIR, name));
    expect(bytes("hop-le-crlf.yaml").includes("\r\n")).toBe(true);
    expect(bytes("crlf-ngay-sai.yaml").includes("\r\n")).toBe(true);
    expect(bytes("hop-le-cr-may-mac-cu.yaml").includes("\n")).toBe(false);
    expect([...bytes("hop-le-utf8-co-bom.yaml").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes("hop-le-utf16-co-bom.yaml").subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });

  it("covers every code that input, a template or a profile can trigger", () => {
    const seen = new Set(cases.flatMap((c) => expectedOf(c).diagnostics.map((d) => d.code)));
    // Written by the CLI when it writes outputs (test/cli/main.test.ts,
    // test/cli/batch/pdf-outputs.test.ts); an internal error is no input's doing.
    // The DOCX_ codes come from reading a .docx, not a YAML file (test/ooxml/).
    const elsewhere: Code[] = [
      "FILE_UNWRITABLE",
      "DUPLICATE_OUTPUT",
      "PDF_FAILED",
      "INTERNAL_ERROR",
      "DOCX_UNREADABLE",
      "DOCX_PROTECTED",
      "DOCX_TOO_LARGE",
      "DOCX_PART_UNREADABLE",
      // Found by `vanthu check` in a .docx (test/check/); the document rules also run on YAML (below).
      "PART_MISSING",
      "PAGE_SETUP",
      "PAGE_NUMBER",
      "FORMAT_FONT",
      "FORMAT_SIZE",
      "FORMAT_EMPHASIS",
      "FORMAT_CAPS",
      "FORMAT_ALIGN",
      "FORMAT_INDENT",
      "FORMAT_SPACING",
      "FORMAT_RULE",
      "TEXT_FORM",
      "NUMBER_FORM",
      "DATE_FORM",
      // vanthu writes "V/v" before a công văn's trích yếu itself: only a .docx can lack it.
      "TRICH_YEU_VV",
      // Written by `vanthu import` about a .docx (test/import/).
      "IMPORT_UNPLACED",
      "IMPORT_FORMAT_LOST",
      // Only with a profile that sets `consistency` (test/compose/consistency.test.ts); the bundled ones do not.
      "TEXT_UNIFIED",
    ];
    expect(CODES.filter((c) => !seen.has(c) && !elsewhere.includes(c))).toEqual([]);
  });

  it.each(cases)("%s", async (name) => {
    const expected = expectedOf(name);
    const outcome = await outcomeOf(name, expected);
    const actual = outcome.diagnostics.map(shown);
    const want = expected.diagnostics.map((e, i) => {
      const a = actual[i];
      // Only what the expected file states is compared; the rest is taken from the actual one.
      const pick = <K extends keyof ReturnType<typeof shown>>(k: K, v: unknown) =>
        v === undefined && a ? a[k] : v;
      return {
        code: e.code,
        severity: e.severity ?? "error",
        line: pick("line", e.line),
        column: pick("column", e.column),
        path: pick("path", e.path),
        message: a && a.message.includes(e.message) ? a.message : `…${e.message}…`,
        file: e.file ?? name,
      };
    });
    expect(actual).toEqual(want);

    const errors = outcome.diagnostics.filter((d) => d.severity === "error");
    const writes = expected.writes ?? errors.length === 0;
    expect(Boolean(outcome.docx)).toBe(writes);
    if (outcome.docx) expect(malformedParts(outcome.docx)).toEqual([]);
    for (const d of outcome.diagnostics) {
      expect(d.message).toMatch(VIETNAMESE);
      expect(d.message).toBe(d.message.normalize("NFC"));
      expect(d.message).not.toMatch(/\n|\bat .+\.[jt]s:\d+/);
      if (d.path !== undefined) expect(d.line).toBeGreaterThan(0);
    }
    expect(outcome.diagnostics.filter((d) => d.code === "INTERNAL_ERROR")).toEqual([]);
  });
});

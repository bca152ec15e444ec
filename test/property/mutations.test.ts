/**
 * Property tests (fast-check) that break the real samples: each case takes a file of data/ and
 * applies one to four random edits of the kind a hurried hand or a broken script makes — a line
 * deleted, doubled, swapped or re-indented (with spaces or a Tab), a stray character typed
 * (":", "-", quotes, brackets, "&", "*", "!", "|", NUL, NBSP…), a stretch cut out, the file cut
 * short, a value replaced by something of another type ("~", "[]", "{}", "-1", "1e400", ".nan",
 * "0x1F", "yes", "2020-13-45", an alias, a tag, a block scalar). Bytes are broken too: a byte
 * flipped, a multi-byte character cut in half.
 *
 * Whatever the edit, vanthu never throws and never reports its own fault (INTERNAL_ERROR,
 * TEMPLATE_ERROR, MARKUP_INVALID: those are about templates, not data); each diagnostic has a
 * known code, a Vietnamese message in NFC, and a line and column inside the file it names; an
 * error means no tree and no .docx, and a .docx that is written is well-formed.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { CODES, hasErrors, type Diagnostic } from "../../src/diagnostic";
import { decodeText } from "../../src/read-file";
import { runs } from "../support/hostile";
import { engine, sampleFiles, TODAY } from "../support/samples";
import { malformedParts } from "../support/texts";

const SAMPLES = sampleFiles().map((file) => ({ file, source: readFileSync(file, "utf8") }));

const TOKENS = [
  ":",
  ": ",
  " #",
  "-",
  "- ",
  '"',
  "'",
  "{",
  "}",
  "[",
  "]",
  "|",
  ">",
  "&",
  "*",
  "!",
  "%",
  "@",
  "`",
  "\t",
  "\0",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\\",
  "\n",
  "  ",
  "{{",
  "}}",
  "<w:p>",
  "\u0301",
];
const VALUES = [
  "~",
  "null",
  "[]",
  "{}",
  "[a, b]",
  "{a: 1}",
  "-1",
  "0",
  "1e400",
  ".nan",
  "0x1F",
  "0o17",
  "yes",
  "2020-13-45",
  "2020-02-30",
  "*x",
  "&x a",
  "!!binary AAAA",
  "!x y",
  '"',
  "|",
  ">-",
  '"\\q"',
  "<<: {a: 1}",
  "? [a]",
  "x".repeat(5000),
];

type Edit =
  | { kind: "delete-line" | "double-line" | "swap-lines"; at: number }
  | { kind: "indent"; at: number; by: number; tab: boolean }
  | { kind: "insert"; at: number; token: string }
  | { kind: "cut"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "replace-value"; at: number; value: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("delete-line" as const, "double-line" as const, "swap-lines" as const),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("indent" as const),
    at: fc.nat(),
    by: fc.integer({ min: -4, max: 4 }),
    tab: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace-value" as const), at: fc.nat(), value: fc.constantFrom(...VALUES) }),
);

function apply(source: string, edit: Edit): string {
  const lines = source.split("\n");
  const i = edit.at % lines.length;
  switch (edit.kind) {
    case "delete-line":
      lines.splice(i, 1);
      return lines.join("\n");
    case "double-line":
      lines.splice(i, 0, lines[i]);
      return lines.join("\n");
    case "swap-lines":
      if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      return lines.join("\n");
    case "indent":
      lines[i] = edit.tab
        ? `\t${lines[i]}`
        : edit.by >= 0
          ? " ".repeat(edit.by) + lines[i]
          : lines[i].replace(new RegExp(`^ {0,${-edit.by}}`), "");
      return lines.join("\n");
    case "replace-value": {
      // The value after the first ": " of a line that has one, from the line picked on.
      const j = [...lines.keys()].map((k) => (i + k) % lines.length).find((k) => lines[k].includes(": "));
      if (j !== undefined) lines[j] = lines[j].slice(0, lines[j].indexOf(": ") + 2) + edit.value;
      return lines.join("\n");
    }
    case "insert": {
      const at = edit.at % (source.length + 1);
      return source.slice(0, at) + edit.token + source.slice(at);
    }
    case "cut": {
      const at = edit.at % (source.length + 1);
      return source.slice(0, at) + source.slice(at + edit.length);
    }
    case "truncate":
      return source.slice(0, edit.at % (source.length + 1));
  }
}

const brokenArb = fc
  .record({ sample: fc.constantFrom(...SAMPLES), edits: fc.array(editArb, { minLength: 1, maxLength: 4 }) })
  .map(({ sample, edits }) => ({
    file: sample.file,
    source: edits.reduce(apply, sample.source),
    edits,
  }));

/** Every path to a value in `data`, parents first. */
function pathsOf(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return [path, ...data.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (data && typeof data === "object")
    return [path, ...Object.entries(data).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return [path];
}

/** A value of any shape: scalars of every type, lists and maps, empty ones too. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, "", " ", "2020-02-30", "Lưu VT", "\u0000"),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom("ten", "ho_ten", "chuc_vu", "loai", "x", "cot", "dong", "noi_dung", "ten_tren"),
      tie("value"),
      { maxKeys: 3 },
    ),
  ),
})).value;

type DataEdit = { at: number; kind: "set"; value: unknown } | { at: number; kind: "delete" | "rename" };
const dataEditArb: fc.Arbitrary<DataEdit> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("set" as const), value: anyValue }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom("delete" as const, "rename" as const) }),
);

/** `data` with the value at one path replaced, removed, or its key misspelt. */
function applyData(data: unknown, edit: DataEdit): unknown {
  const paths = pathsOf(data);
  const path = paths[edit.at % paths.length];
  if (path.length === 0) return edit.kind === "set" ? edit.value : data;
  type Node = Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((node: unknown, k) => (node as Node)[k], data) as Node | unknown[];
  const key = path[path.length - 1];
  if (edit.kind === "set") (parent as Node)[key] = edit.value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else {
    if (edit.kind === "rename") parent[`${String(key).slice(0, -1)}x`] = parent[key];
    delete parent[key];
  }
  return data;
}

const reshapedArb = fc
  .record({
    sample: fc.constantFrom(...SAMPLES),
    edits: fc.array(dataEditArb, { minLength: 1, maxLength: 3 }),
  })
  .map(({ sample, edits }) => ({
    file: sample.file,
    source: stringify(edits.reduce(applyData, parse(sample.source) as unknown)) ?? "",
  }));

/** What every diagnostic of a broken sample must be: known, Vietnamese and NFC, placed inside the file it names. */
function misplaced(diagnostics: Diagnostic[], file: string, source: string): string[] {
  const lines = source.split(/\r\n?|\n/).length;
  const places = new Set<string>();
  return diagnostics.flatMap((d) => {
    const wrong: string[] = [];
    // Two errors at one field are one problem told twice (a table's cells, all in one field, may each have one).
    const place = `${d.file}:${d.line}:${d.column}:${d.path}`;
    const once = d.severity === "error" && d.path !== undefined && d.stage !== "tree";
    if (once && places.has(place)) wrong.push("a second error at the same field");
    if (once) places.add(place);
    if (!CODES.includes(d.code)) wrong.push("unknown code");
    if (["INTERNAL_ERROR", "TEMPLATE_ERROR", "MARKUP_INVALID"].includes(d.code))
      wrong.push("blames vanthu or its templates for the data");
    if (!d.message.trim() || d.message !== d.message.normalize("NFC")) wrong.push("empty or not NFC");
    // Quoted text is the author's own ("… kết thúc bằng \"NaN\""), not a leak.
    const own = d.message.replace(/"[^"]*"/g, '""');
    if (/\[object |undefined|NaN|Invalid input|expected |Too (small|big)|received/.test(own))
      wrong.push("JavaScript or zod leaking into the message");
    if (d.file === file && d.line !== undefined && (d.line < 1 || d.line > lines + 1))
      wrong.push(`line ${d.line} of ${lines}`);
    if (d.path !== undefined && d.line === undefined) wrong.push("a field but no line");
    if (d.line !== undefined && (d.column === undefined || d.column < 1)) wrong.push(`column ${d.column}`);
    return wrong.map((w) => `${w}: ${JSON.stringify(d)}`);
  });
}

describe("samples broken by random edits", () => {
  it("get diagnostics, never an exception, and an error leaves no tree", () => {
    fc.assert(
      fc.property(brokenArb, ({ file, source }) => {
        const outcome = engine.toTree(source, file, { today: TODAY });
        expect(misplaced(outcome.diagnostics, file, source)).toEqual([]);
        if (hasErrors(outcome.diagnostics)) expect(outcome.tree).toBeUndefined();
        else expect(outcome.tree).toBeDefined();
      }),
      runs(1500),
    );
  });

  it("that still render are written as well-formed .docx files; the others write nothing", async () => {
    await fc.assert(
      fc.asyncProperty(brokenArb, async ({ file, source }) => {
        const outcome = await engine.render(source, file, { today: TODAY });
        expect(misplaced(outcome.diagnostics, file, source)).toEqual([]);
        if (hasErrors(outcome.diagnostics)) expect(outcome.docx).toBeUndefined();
        else expect(malformedParts(outcome.docx!)).toEqual([]);
      }),
      runs(150),
    );
  });

  it("with values of the wrong shape, keys missing or misspelt, get diagnostics that name the field", () => {
    fc.assert(
      fc.property(reshapedArb, ({ file, source }) => {
        const outcome = engine.toTree(source, file, { today: TODAY });
        expect(misplaced(outcome.diagnostics, file, source)).toEqual([]);
        if (hasErrors(outcome.diagnostics)) expect(outcome.tree).toBeUndefined();
      }),
      runs(1500),
    );
  });

  it("at the byte level are read as text or refused with a line, never decoded into garbage", () => {
    const byteEdit = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() });
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(byteEdit, { minLength: 1, maxLength: 3 }),
        ({ file, source }, edits) => {
          let bytes = Buffer.from(source, "utf8");
          for (const e of edits) {
            const at = e.at % bytes.length;
            bytes = e.cut
              ? bytes.subarray(0, at)
              : Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at + 1)]);
          }
          const read = decodeText(bytes);
          if ("error" in read) {
            if (read.error.includes("TCVN3")) expect(read.line).toBeGreaterThanOrEqual(1);
            return;
          }
          expect(read.source).not.toContain("\ufffd");
          const outcome = engine.toTree(read.source, file, { today: TODAY });
          expect(misplaced(outcome.diagnostics, file, read.source)).toEqual([]);
        },
      ),
      runs(500),
    );
  });
});

/**
 * Done-when of `vanthu check`: every sample vanthu renders — Party and state, every kind, phụ lục,
 * enclosed documents — checks with no finding at all, as the profile and kind it was written in.
 */
import { readFileSync } from "node:fs";
import { check } from "../../src/check/check";
import { formatDiagnostic } from "../../src/diagnostic";
import type { DocumentInput } from "../../src/schema/kinds";
import { engine, rendered, sampleFiles, sampleName, TODAY } from "../support/samples";

describe.each(sampleFiles().map((f) => [sampleName(f), f]))("%s", (name, file) => {
  it("checks with no finding, as its own profile and kind", async () => {
    const input = engine.toTree(readFileSync(file, "utf8"), file, { today: TODAY }).input as DocumentInput;
    const r = check((await rendered(file)).bytes, engine.resources, { file: `${name}.docx`, today: TODAY });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect([r.the_thuc, r.loai]).toEqual([input.the_thuc, input.loai]);
  });
});

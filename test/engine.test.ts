/** The library's entry points refuse a caller's mistakes at once, naming the argument. */
import { CONG_VAN, engine } from "./support/samples";

describe("the engine", () => {
  it.each([
    ["undefined", undefined, /source must be the YAML text as a string, not undefined/],
    ["null", null, /not null/],
    ["a Buffer", Buffer.from(CONG_VAN), /not a Buffer \(read a file with readFileSync/],
    ["a number", 42, /not number/],
  ])("throws a TypeError for source %s, in toTree and render alike", async (_, source, message) => {
    expect(() => engine.toTree(source as unknown as string, "x.yaml")).toThrow(TypeError);
    expect(() => engine.toTree(source as unknown as string, "x.yaml")).toThrow(message);
    await expect(engine.render(source as unknown as string, "x.yaml")).rejects.toThrow(message);
  });

  it("throws a TypeError for a file name that is not a string", () => {
    expect(() => engine.toTree(CONG_VAN, undefined as unknown as string)).toThrow(
      /file must be the file name as a string, not undefined/,
    );
  });

  it("throws a TypeError for a today that is not a valid Date", () => {
    expect(() => engine.toTree(CONG_VAN, "x.yaml", { today: new Date("x") })).toThrow(
      /options.today must be a valid Date, not an invalid Date/,
    );
    expect(() => engine.toTree(CONG_VAN, "x.yaml", { today: "2020" as unknown as Date })).toThrow(
      /not string/,
    );
  });

  it("throws a TypeError for options that are not an object", async () => {
    expect(() => engine.toTree(CONG_VAN, "x.yaml", null as unknown as undefined)).toThrow(
      /options must be an object such as \{ today \} or left out, not null/,
    );
    await expect(engine.render(CONG_VAN, "x", null as unknown as undefined)).rejects.toThrow(TypeError);
    expect(() => engine.toTree(CONG_VAN, "x.yaml", "2020" as unknown as undefined)).toThrow(/not string/);
  });

  it("works as free functions: destructured, or passed to map", async () => {
    const { render, toTree } = engine;
    expect(toTree(CONG_VAN, "x.yaml").tree).toBeDefined();
    expect((await render(CONG_VAN, "x.yaml")).docx).toBeInstanceOf(Buffer);
    const names = ["a.yaml", "b.yaml"];
    const outcomes = await Promise.all([CONG_VAN, CONG_VAN].map((text, i) => render(text, names[i])));
    expect(outcomes.map((o) => o.docx !== undefined)).toEqual([true, true]);
  });

  it("says how to call it when map passes the index as the file name", () => {
    expect(() => [CONG_VAN].map(engine.toTree as unknown as (s: string) => unknown)).toThrow(
      /file must be the file name as a string, not number \(Array.map passes the index second/,
    );
  });

  it("takes an empty text as a document, and says what is missing", () => {
    expect(engine.toTree("", "x.yaml").diagnostics.map((d) => d.code)).toEqual(["INVALID_TYPE"]);
  });
});

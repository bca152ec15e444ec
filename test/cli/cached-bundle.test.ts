/**
 * A bundle loaded with its code cache: its exports, and its own relative requires, are what a
 * plain require gives; without a cache the plain require is used, and a cache V8 rejects (another
 * Node, another text) only means compiling anew.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { requireBundle } from "../../src/cli/cached-bundle";

describe("a bundle with its code cache", () => {
  let dir: string;
  const bundle = (name: string, text: string, cache?: Buffer | "own") => {
    const file = join(dir, name);
    writeFileSync(file, text);
    if (cache === "own") writeFileSync(`${file}.cache`, new Script(Module.wrap(text)).createCachedData());
    else if (cache) writeFileSync(`${file}.cache`, cache);
    return file;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "vanthu-cache-"));
    writeFileSync(join(dir, "helper.js"), "exports.twice = (n) => 2 * n;");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is loaded from its file, its relative requires resolved beside it", () => {
    const file = bundle(
      "a.js",
      'const { twice } = require("./helper.js"); exports.answer = twice(21);',
      "own",
    );
    const fallback = jest.fn();
    expect(requireBundle<{ answer: number }>(file, fallback).answer).toBe(42);
    expect(fallback).not.toHaveBeenCalled();
  });

  it("is the same module when asked twice", () => {
    const file = bundle("b.js", "exports.made = {};", "own");
    expect(requireBundle<{ made: object }>(file, jest.fn()).made).toBe(
      requireBundle<{ made: object }>(file, jest.fn()).made,
    );
  });

  it("loads as usual with a cache V8 rejects", () => {
    const file = bundle("c.js", "exports.answer = 42;", Buffer.from("không phải mã đã dịch"));
    expect(requireBundle<{ answer: number }>(file, jest.fn()).answer).toBe(42);
  });

  it("reads its text whole, whether written in ASCII alone or not", () => {
    const ascii = bundle("e.js", 'exports.word = "\\u0110\\u1EA3ng"; exports.re = /\\u1EA3/u;', "own");
    const utf8 = bundle("f.js", 'exports.word = "Đảng"; exports.re = /ả/u;', "own");
    for (const file of [ascii, utf8]) {
      const { word, re } = requireBundle<{ word: string; re: RegExp }>(file, jest.fn());
      expect([word, re.test("Đảng")]).toEqual(["Đảng", true]);
    }
  });

  it("is required as usual when it has no cache", () => {
    const file = bundle("d.js", "exports.answer = 1;");
    expect(requireBundle(file, () => ({ answer: 2 }))).toEqual({ answer: 2 });
  });
});

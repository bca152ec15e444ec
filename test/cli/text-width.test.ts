/**
 * The help's text widths, as the bundled command measures them without string-width's tables,
 * are string-width's own for any text: plain and Vietnamese letters by the quick count, the rest
 * (combining marks, wide and zero-width characters, emoji, tabs, colour codes) by string-width.
 * Run in a child process on the built file (string-width is an ES module; `npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { ROOT } from "../support/samples";

const BUILT = join(ROOT, "dist/src/cli/text-width.js");
const CHARS = [
  ..."aZ09 -_.,;:!?()[]{}<>|/\\\"'`~@#$%^&*+=",
  ..."ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ",
  ..."–—‘’“”•…«»©®°±×÷",
  "\u0301",
  "\u0323",
  "\u00ad",
  "\u200b",
  "\u200d",
  "\u2028",
  "\t",
  "\x1b[31m",
  "\x1b[0m",
  "中",
  "文",
  "ｱ",
  "한",
  "😀",
  "👍🏽",
  "🇻🇳",
  "1\u20e3",
  "\u{1f468}\u200d\u{1f469}",
];

function widths(texts: string[]): { ours: number[]; theirs: number[] } {
  const script = `
    const texts = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const ours = require(${JSON.stringify(BUILT)}).default;
    import("string-width").then(({ default: theirs }) =>
      process.stdout.write(JSON.stringify({ ours: texts.map(ours), theirs: texts.map(theirs) })));`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    input: JSON.stringify(texts),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build\` first`);
});

describe("the help's text width", () => {
  it("is string-width's for any mix of letters, marks, wide characters, emoji and codes", () => {
    const texts = fc.sample(
      fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((cs) => cs.join("")),
      400,
    );
    texts.push("", "Hiện hướng dẫn", "tạo tệp .docx từ các tệp YAML, thư mục hoặc mẫu glob");
    const { ours, theirs } = widths(texts);
    const differ = texts.filter((_, i) => ours[i] !== theirs[i]);
    expect(differ).toEqual([]);
  });
});

/**
 * Property (fast-check): any office text in a paragraph, runs of it bold or italic, with the
 * characters Markdown reads as markup (* _ \ # | [ ] > ^ ` ~ < !) and the control characters Word
 * lets through, survives import → YAML → load exactly: the body read back is one paragraph with
 * the same text (NFC, without the characters XML forbids, ends trimmed, as the loader makes any
 * text) and, when the import did not report them lost, the same bold and italic.
 */
import fc from "fast-check";
import { parse } from "yaml";
import { blocksToMarkdown } from "../../src/import/body";
import { writeYaml } from "../../src/import/yaml-writer";
import { load } from "../../src/load";
import { cleanString } from "../../src/text/hygiene";
import { markdownOf } from "../support/reported";
import type { Inline } from "../../src/tree/types";
import { runs } from "../support/hostile";
import { para, text } from "../support/read-nodes";

const HEADINGS = ["muc-1", "muc-2", "muc-3", "muc-4", "muc-5"];
const STYLES = {
  body: "noi-dung",
  footnote: "chu-thich",
  headings: HEADINGS,
  table: { layout: "bang", header: "bang-dau", cell: "bang-o", caption: "bang-tieu-de" },
};
const MARKUP = [
  "*",
  "\\",
  "\\\\",
  "**",
  "_",
  "#",
  "# ",
  "|",
  "[",
  "]",
  "[^1]",
  "^[a]",
  ">",
  "`",
  "```bang",
  "~~~",
  "<br>",
  "!",
  "&amp;",
  "[ngắt trang]",
  "- ",
  "1. ",
  "Điều 1.",
];
const piece = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u0007", "\u000b", "e\u0301", "ắ", "Đ", "“", "…"),
  fc.string({ maxLength: 6 }),
);
const run = fc.record({
  value: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join("").replace(/[\r\n]/g, "")),
  bold: fc.boolean(),
  italic: fc.boolean(),
});

const expected = (s: string) => cleanString(s).text.trim();
const textOf = (xs: Inline[]) => xs.map((x) => (x.type === "text" ? x.value : "")).join("");
/** Each visible character with its marks, so "a**b**" and "**a**b" differ and spaces' marks do not matter. */
const marked = (xs: { value: string; marks?: string[] }[]) =>
  xs
    .flatMap((x) =>
      [...x.value].map((c) =>
        c.trim()
          ? `${c}${(x.marks ?? [])
              .filter((m) => m !== "underline")
              .sort()
              .join("+")}`
          : " ",
      ),
    )
    .join("|")
    .replace(/^[ |]+|[ |]+$/g, "");

describe("office text in a paragraph", () => {
  it("survives import → YAML → load exactly", () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), (rs) => {
        const runsOfText = rs.map((r) =>
          text(
            r.value,
            ...((r.bold ? ["bold"] : []) as "bold"[]),
            ...((r.italic ? ["italic"] : []) as "italic"[]),
          ),
        );
        const body = blocksToMarkdown([para(runsOfText)], { headings: HEADINGS, foreign: false });
        const yaml = writeYaml({ noi_dung: cleanString(body.markdown).text });
        const loaded = load(yaml, "x.yaml");
        expect(loaded.diagnostics).toEqual([]);
        const source = (loaded.data as { noi_dung: string }).noi_dung;
        expect(parse(yaml).noi_dung).toBe(source);
        const read = markdownOf(source, STYLES);
        const want = expected(rs.map((r) => r.value).join(""));
        if (!want) return expect(read.blocks).toEqual([]);
        expect(read.problems).toEqual([]);
        expect(read.blocks).toHaveLength(1);
        const p = read.blocks[0];
        expect(p.type === "paragraph" && p.style).toBe("noi-dung");
        if (p.type !== "paragraph") return;
        expect(textOf(p.children)).toBe(want);
        if (!body.notes.some((n) => n.kind === "marks")) {
          const clean = runsOfText.map((r) => ({ ...r, value: cleanString(r.value).text }));
          expect(marked(p.children as { value: string; marks?: string[] }[])).toBe(marked(clean));
        }
      }),
      runs(300),
    );
  });
});
